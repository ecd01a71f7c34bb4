"""The record-type registry: validation, lifecycles, search text and list columns of every type."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fieldclient.domain.errors import FieldError, FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.json_input import parse_json_input
from fieldclient.domain.record import Record
from fieldclient.domain.records import attendance, challan, fir, tenant
from fieldclient.domain.records.fir import validate_statement
from fieldclient.domain.records.kind import ANY_FIELD, RecordKind
from fieldclient.domain.records.text_index import search_text
from fieldclient.domain.schema import Context

KINDS: dict[str, RecordKind] = {
    kind.name: kind for kind in (fir.KIND, challan.KIND, tenant.KIND, attendance.KIND)
}
STATUSES: dict[str, tuple[str, ...]] = {name: kind.statuses for name, kind in KINDS.items()}
SERVER_ONLY_TRANSITIONS: dict[str, frozenset[tuple[str, str]]] = {
    name: kind.server_only for name, kind in KINDS.items()
}
ACTORS = ("client", "server")

__all__ = [
    "KINDS",
    "SERVER_ONLY_TRANSITIONS",
    "STATUSES",
    "check_transition",
    "initial_status",
    "payload_from_json",
    "search_text",
    "summary",
    "validate_new",
    "validate_patch",
    "validate_statement",
]


def _kind(record_type: str) -> RecordKind:
    kind = KINDS.get(record_type)
    if kind is None:
        raise ValidationFailed(
            [FieldError("type", f"must be one of {', '.join(KINDS)}", "unknown_record_type")]
        )
    return kind


def payload_from_json(raw: str | bytes) -> Any:
    """Parse typed or uploaded JSON; a syntax error becomes a message with line and column, and
    input no record could hold (nested 10,000 deep, half a character, a 5,000-digit number) a
    message too (see ``json_input``)."""
    return parse_json_input(raw)


def validate_new(record_type: str, payload: Any, *, now: datetime) -> dict[str, Any]:
    """Full validation of a new record's data; returns it normalised or raises ValidationFailed."""
    kind = _kind(record_type)
    ctx = Context(now)
    data = kind.validate(payload, ctx)
    if ctx.errors:
        raise ValidationFailed(ctx.errors)
    return data


def _merged(current: dict[str, Any], patch: dict[str, Any]) -> dict[str, Any]:
    """Nested objects merge key by key; lists and plain values replace; None removes a field."""
    merged = dict(current)
    for key, value in patch.items():
        if value is None:
            merged.pop(key, None)
        elif isinstance(value, dict) and isinstance(current.get(key), dict):
            merged[key] = _merged(current[key], value)
        else:
            merged[key] = value
    return merged


def validate_patch(
    record_type: str,
    status: str,
    current_data: dict[str, Any],
    patch: Any,
    *,
    now: datetime,
    record_id: str | None = None,
) -> dict[str, Any]:
    """The merged, normalised data after a partial update.

    Raises ValidationFailed for bad values, FrozenRecord when the status allows no edits (e.g. a
    registered FIR) or a changed field may not change in it. A no-op patch is allowed.
    """
    kind = _kind(record_type)
    if not isinstance(patch, dict):
        raise ValidationFailed(
            [FieldError("(input)", "must be a group of fields (a JSON object)", "not_object")]
        )
    editable = kind.editable.get(status, frozenset())
    frozen_message = kind.frozen_message.get(
        status, f"a {kind.label} in status {status} cannot be changed"
    )
    merged = _merged(current_data, patch)
    changed = sorted(
        key
        for key in merged.keys() | current_data.keys()
        if merged.get(key) != current_data.get(key)
    )
    refused = [key for key in changed if editable != ANY_FIELD and key not in editable]
    if refused:
        raise FrozenRecord(record_id, f"{', '.join(refused)}: {frozen_message}")
    ctx = Context(now)
    normalised = kind.validate(merged, ctx)
    if ctx.errors:
        raise ValidationFailed(ctx.errors)
    return normalised


def initial_status(record_type: str) -> str:
    return _kind(record_type).initial


def check_transition(
    record_type: str,
    from_s: str,
    to_s: str,
    reason: str | None,
    data: dict[str, Any],
    *,
    actor: str = "client",
) -> None:
    """Raise TransitionRefused unless the lifecycle allows ``from_s → to_s`` here.

    ``actor="server"`` is for the central server; some transitions (tenant verified/flagged) are
    server-only, see SERVER_ONLY_TRANSITIONS.
    """
    kind = _kind(record_type)

    def refuse(why: str) -> TransitionRefused:
        return TransitionRefused(kind.label, from_s, to_s, why)

    if actor not in ACTORS:
        raise refuse(f"unknown actor {actor!r}")
    for status in (from_s, to_s):
        if status not in kind.statuses:
            raise refuse(f"{status!r} is not a {kind.label} status ({', '.join(kind.statuses)})")
    allowed = kind.transitions.get(from_s, frozenset())
    if to_s not in allowed:
        onward = ", ".join(status for status in kind.statuses if status in allowed)
        raise refuse(
            f"from {from_s} it can only go to {onward}" if onward else f"{from_s} is final"
        )
    if (from_s, to_s) in kind.server_only and actor != "server":
        raise refuse("only the central record check sets this status")
    if to_s in kind.reason_required_for and (reason is None or not reason.strip()):
        raise refuse("give a reason for the change")
    problem = kind.transition_check(from_s, to_s, data)
    if problem:
        raise refuse(problem)


def summary(record: Record) -> dict[str, str]:
    """The list columns of a record: number, status, title, detail, when."""
    return _kind(record.type).summary(record)
