"""How one mutation changes one record, with the domain rules applied after merging.

Each function either changes the stored record in place (the caller saves it) or raises
``Rejected`` with a code and a reason for the officer; nothing is written before they return.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.hlc import is_valid as is_valid_hlc
from fieldclient.domain.merge import (
    STATUS_PATH,
    Conflict,
    FieldWrite,
    apply_status_change,
    fill_missing_clocks,
    mark_written,
    merge_writes,
    set_path,
    union_entries,
)
from fieldclient.domain.record import Record
from fieldclient.domain.records import (
    check_transition,
    initial_status,
    kind_of,
    validate_new,
    validate_patch,
    validate_statement,
)
from fieldclient.domain.records.numbering import NumberingScheme
from fieldclient.domain.records.pinning import PIN_KEY, pin_mismatch
from sync.protocol.errors import RejectCode
from sync.protocol.messages import Mutation
from sync.server.core.security import AuthenticatedDevice
from sync.server.services.record_store import StoredRecord

_TRANSITION_KEYS = {"id", "at", "by", "from", "to", "reason", "hlc", "device", PIN_KEY}
_STATEMENT_KEYS = {"id", "at", "by", "text", "given_by", "hlc", "device"}


class Rejected(Exception):
    """A refused mutation; ``conflicts`` are kept for review although the mutation is not."""

    def __init__(self, code: RejectCode, reason: str, conflicts: list[Conflict] | None = None):
        super().__init__(reason)
        self.code = code
        self.reason = reason
        self.conflicts = conflicts or []


def domain_rejection(error: Exception) -> Rejected:
    if isinstance(error, FrozenRecord):
        return Rejected(RejectCode.FROZEN, error.message)
    if isinstance(error, TransitionRefused):
        return Rejected(RejectCode.TRANSITION_REFUSED, str(error))
    return Rejected(RejectCode.INVALID, str(error))


def later_time(stored: object, at: str) -> str:
    """The record's last-changed time after a change made at ``at``: never earlier than it was.

    A change made offline long ago may arrive after newer ones; reports and "changed since"
    reads rely on ``updated_at`` only moving forward. Times are compared as instants (devices
    write them with their own offsets); an unreadable stored time gives way to ``at``.
    """
    if not isinstance(stored, str):
        return at
    try:
        before, made = datetime.fromisoformat(stored), datetime.fromisoformat(at)
        return stored if before.tzinfo and made.tzinfo and before > made else at
    except ValueError:
        return at


def validation_time(mutation: Mutation, server_now: datetime) -> datetime:
    """The moment a change's times are checked against ("not in the future"): the server's clock,
    or the device's when the change was made (``mutation.at``) if that was later.

    The device checked the officer's times against its own clock when they were typed. A device
    clock a few minutes fast (the server corrects only the device's sync clocks, not its wall
    clock) must not turn a time the device rightly accepted into a refusal here, pushed before
    the server's clock caught up: that would strand a valid record on the device. ``at`` itself
    is at most 10 minutes ahead of the server (``clock_checks.check_time``, checked before).
    """
    try:
        made = datetime.fromisoformat(mutation.at)
    except ValueError:
        return server_now
    if made.tzinfo is None:
        return server_now
    return max(server_now, made)


def _check_entry(entry: Any, allowed: set[str], device: AuthenticatedDevice) -> dict[str, Any]:
    if not isinstance(entry, dict):
        raise Rejected(RejectCode.INVALID, "entry must be an object")
    unknown = sorted(set(entry) - allowed)
    if unknown:
        raise Rejected(RejectCode.INVALID, f"entry has unknown fields: {', '.join(unknown)}")
    if not isinstance(entry.get("id"), str) or not entry["id"]:
        raise Rejected(RejectCode.INVALID, "entry.id is missing")
    if not is_valid_hlc(entry.get("hlc")):
        raise Rejected(RejectCode.INVALID, "entry.hlc is not a clock value")
    if entry.get("device") != device.id:
        raise Rejected(RejectCode.WRONG_DEVICE, "entry.device must be the sending device")
    for key in sorted(allowed - {"reason", "given_by"}):
        if key in entry and not isinstance(entry[key], str):
            raise Rejected(RejectCode.INVALID, f"entry.{key} must be text")
    for key in ("reason", "given_by"):
        if entry.get(key) is not None and not isinstance(entry[key], str):
            raise Rejected(RejectCode.INVALID, f"entry.{key} must be text")
    return entry


def _lifecycle_from_history(record_type: str, history: list[Any], data: dict[str, Any]) -> str:
    """Replay a new record's history from the initial status; returns the status it reaches."""
    status = initial_status(record_type)
    pinned_at = kind_of(record_type).pinned_at
    for entry in history:
        if not isinstance(entry, dict) or entry.get("from") != status:
            raise Rejected(RejectCode.INVALID, "history does not start from the initial status")
        if pin_mismatch(pinned_at, entry, data):
            raise Rejected(
                RejectCode.CONTENT_CHANGED,
                "the content hash of the status change is not this data's",
            )
        try:
            check_transition(record_type, status, str(entry.get("to")), entry.get("reason"), data)
        except TransitionRefused as refused:
            raise domain_rejection(refused) from None
        status = str(entry["to"])
    return status


def create(mutation: Mutation, device: AuthenticatedDevice, now: datetime) -> StoredRecord:
    """A new record, checked; the caller numbers it (``numbering``) and stores it."""
    try:
        # The mutation is parsed for this request only, so its record may be used in place.
        record = Record.from_dict(dict(mutation.record or {}))
    except ValidationFailed as invalid:
        raise domain_rejection(invalid) from None
    if record.id != mutation.record_id or record.type != mutation.record_type:
        raise Rejected(RejectCode.INVALID, "record.id and record.type must match the mutation")
    if record.station != device.station:
        raise Rejected(RejectCode.WRONG_STATION, "record.station is not this device's station")
    if record.device_id != device.id:
        raise Rejected(RejectCode.WRONG_DEVICE, "record.device_id is not the sending device")
    if record.training != device.training:
        raise Rejected(
            RejectCode.TRAINING_RECORD,
            "a practice (training) record is never stored on a production server"
            if record.training
            else "a training server stores only practice (training) records",
        )
    kind = kind_of(record.type)
    if record.number is not None and not kind.numbering.device_sets_number:
        raise Rejected(RejectCode.SERVER_FIELD, "the official number is assigned by the server")
    leased = kind.numbering.scheme is NumberingScheme.LEASED_BLOCK
    if leased and not record.number and not record.provisional_number:
        raise Rejected(RejectCode.INVALID, f"a {kind.label} needs a number from a leased block")
    try:
        record.data = validate_new(record.type, record.data, now=validation_time(mutation, now))
    except ValidationFailed as invalid:
        raise domain_rejection(invalid) from None
    for entry in record.history:
        _check_entry(entry, _TRANSITION_KEYS, device)
    for entry in record.statements:
        _check_entry(entry, _STATEMENT_KEYS, device)
    reached = _lifecycle_from_history(record.type, record.history, record.data)
    if reached != record.status:
        raise Rejected(RejectCode.INVALID, "status does not follow from the history")
    if record.statements and not kind.takes_statements:
        raise Rejected(RejectCode.INVALID, kind.statement_refused(record.status))
    if any(not is_valid_hlc(clock) for clock in record.clocks.values()):
        raise Rejected(RejectCode.INVALID, "clocks hold a value that is not a clock")
    fill_missing_clocks(record.data, record.clocks, mutation.hlc)
    officers = dict.fromkeys(record.clocks, mutation.officer)
    # Record.to_dict() (dataclasses.asdict) deep-copies the data; nothing else holds this record.
    doc = dict(vars(record))
    if not record.training:
        del doc["training"]  # the JSON form of a real record has no such key (Record.to_dict)
    return StoredRecord(doc, officers, device.station, is_new=True)


def _nested_patch(writes: dict[str, Any]) -> dict[str, Any]:
    patch: dict[str, Any] = {}
    for path, value in writes.items():
        set_path(patch, path, value)
    return patch


def _patch_between(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    patch: dict[str, Any] = {}
    for key in old.keys() | new.keys():
        if key not in new:
            patch[key] = None
        elif old.get(key) != new[key]:
            both_objects = isinstance(old.get(key), dict) and isinstance(new[key], dict)
            patch[key] = _patch_between(old[key], new[key]) if both_objects else new[key]
    return patch


def update_fields(
    stored: StoredRecord, mutation: Mutation, now: datetime
) -> tuple[bool, list[Conflict]]:
    """Merge the clocked field writes; the domain refuses edits the status does not allow.

    Returns whether any write won (the record changed) and the conflicts found."""
    doc = stored.doc
    writes = mutation.fields or {}
    now = validation_time(mutation, now)
    bad = [p for p in writes if p == STATUS_PATH or not all(p.split("."))]
    if not writes or bad:
        raise Rejected(
            RejectCode.INVALID, "fields must name data paths (status changes by transition)"
        )
    try:
        validate_patch(
            doc["type"],
            doc["status"],
            doc["data"],
            _nested_patch(writes),
            now=now,
            record_id=doc["id"],
        )
        merged = merge_writes(
            doc["id"],
            doc["data"],
            doc["clocks"],
            writes,
            mutation.hlc,
            officer=mutation.officer,
            officers=stored.officers,
            base_clocks=mutation.base_clocks,
        )
        if merged.won_paths:
            doc["data"] = validate_patch(
                doc["type"],
                doc["status"],
                doc["data"],
                _patch_between(doc["data"], merged.data),
                now=now,
                record_id=doc["id"],
            )
    except (FrozenRecord, ValidationFailed) as refused:
        raise domain_rejection(refused) from None
    doc["clocks"] = merged.clocks
    mark_written(stored.officers, merged.won_paths, mutation.officer)
    if merged.won_paths:
        doc["updated_at"] = later_time(doc.get("updated_at"), mutation.at)
    return bool(merged.won_paths), merged.conflicts


def transition(
    stored: StoredRecord, mutation: Mutation, device: AuthenticatedDevice, *, actor: str = "client"
) -> bool:
    """Apply a status change; returns False when this entry is already in the history."""
    doc = stored.doc
    entry = _check_entry(mutation.entry, _TRANSITION_KEYS, device)
    if any(existing.get("id") == entry["id"] for existing in doc["history"]):
        return False
    target = entry.get("to")
    if not isinstance(target, str):
        raise Rejected(RejectCode.INVALID, "entry.to must name a status")
    try:
        check_transition(
            doc["type"], doc["status"], target, entry.get("reason"), doc["data"], actor=actor
        )
    except TransitionRefused as refused:
        raise domain_rejection(refused) from None
    kind = kind_of(doc["type"])
    if pin_mismatch(kind.pinned_at, entry, doc["data"]):
        raise Rejected(
            RejectCode.CONTENT_CHANGED,
            f"the {kind.label} changed on another device before this change reached the server; "
            f"it stays {doc['status']}: compare its content and make the change again",
            [_pin_conflict(stored, mutation, target)],
        )
    apply_status_change(doc, entry)
    stored.officers[STATUS_PATH] = mutation.officer
    doc["updated_at"] = later_time(doc.get("updated_at"), mutation.at)
    return True


def add_statement(
    stored: StoredRecord, mutation: Mutation, device: AuthenticatedDevice, now: datetime
) -> bool:
    """Append a supplementary statement (a registered FIR's); False when it is already there."""
    doc = stored.doc
    entry = _check_entry(mutation.entry, _STATEMENT_KEYS, device)
    if any(existing.get("id") == entry["id"] for existing in doc["statements"]):
        return False
    content = {key: entry[key] for key in ("text", "given_by") if key in entry}
    try:
        normalised = validate_statement(doc["type"], doc["status"], content, now=now)
    except ValidationFailed as invalid:
        raise domain_rejection(invalid) from None
    doc["statements"] = union_entries(doc["statements"], [{**entry, **normalised}])
    doc["updated_at"] = later_time(doc.get("updated_at"), mutation.at)
    return True


def _pin_conflict(stored: StoredRecord, mutation: Mutation, target: str) -> Conflict:
    """The refused status change against the status kept, for review on both devices: the kept
    side carries the clock and officer of the newest write to the data (the edit that came
    first), so the device that made it sees the conflict too."""
    doc = stored.doc
    data_clocks = {path: clock for path, clock in doc["clocks"].items() if path != STATUS_PATH}
    newest = max(data_clocks, key=data_clocks.__getitem__, default=None)
    return Conflict(
        record_id=doc["id"],
        field=STATUS_PATH,
        winner=FieldWrite(
            doc["status"],
            data_clocks.get(newest or "") or doc["clocks"].get(STATUS_PATH),
            stored.officers.get(newest or ""),
        ),
        loser=FieldWrite(target, mutation.hlc, mutation.officer),
    )
