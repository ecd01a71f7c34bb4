"""Field-level last-writer-wins merge by hybrid logical clock.

A record's ``clocks`` map a dotted path of ``data`` (``"informant.cnic"``, ``"offences"``) and
``"status"`` to the HLC string of the write that set it. Paths address dictionary keys only; a
list is one value. The clock that guards a path is the newest clock on the path itself, on any
ancestor (a write of ``"informant"`` covers ``"informant.cnic"``) and on any descendant. A write
wins when its clock is newer than that; ties cannot happen between different writes because the
clock string ends with the device id.

A *conflict* is a write that lost to a concurrent one. Two writes are known to be concurrent when
the later writer had not seen the earlier value:

* the losing write has the older clock (its writer cannot have received the newer write, since
  receiving a clock moves the local clock past it), or
* the writer supplied ``base_clocks`` (the clock each field had on its replica when the officer
  edited it) and the stored clock differs from that base.

Each conflict keeps both values, both clocks and both officers so a person can review it.
Statements and status history merge as a union, ordered by ``(hlc, device)``.

This module is the whole rule, for the client and the server alike:

* a local edit (``mark_written``) and a created record's missing clocks
  (``fill_missing_clocks``);
* the server applying a field update (``merge_writes``), a status change the lifecycle allowed
  (``apply_status_change``) and a statement (``union_entries``);
* a device merging a pulled version with its own (``merge_records``), and keeping its writes the
  server has not acknowledged yet on top (``merge_pulled`` with ``PendingWrites``).
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

STATUS_PATH = "status"


@dataclass(frozen=True)
class FieldWrite:
    """One side of a conflict: the value, the clock that wrote it and who wrote it."""

    value: Any
    hlc: str | None
    officer: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "hlc": self.hlc, "officer": self.officer}


@dataclass(frozen=True)
class Conflict:
    record_id: str
    field: str
    winner: FieldWrite
    loser: FieldWrite

    def to_dict(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "field": self.field,
            "winner": self.winner.to_dict(),
            "loser": self.loser.to_dict(),
        }


@dataclass
class FieldMerge:
    """Result of applying a set of field writes to a record's data."""

    data: dict[str, Any]
    clocks: dict[str, str]
    won_paths: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass
class RecordMerge:
    record: dict[str, Any]
    conflicts: list[Conflict] = field(default_factory=list)


def get_path(data: Mapping[str, Any], path: str) -> Any:
    """The value at a dotted path, or ``None`` when any key on the way is absent."""
    node: Any = data
    for key in path.split("."):
        if not isinstance(node, Mapping) or key not in node:
            return None
        node = node[key]
    return node


def set_path(data: dict[str, Any], path: str, value: Any) -> None:
    """Set the value at a dotted path, creating intermediate dictionaries."""
    keys = path.split(".")
    node = data
    for key in keys[:-1]:
        child = node.get(key)
        if not isinstance(child, dict):
            child = {}
            node[key] = child
        node = child
    node[keys[-1]] = value


def _related(path: str, other: str) -> bool:
    return other == path or other.startswith(path + ".") or path.startswith(other + ".")


def guarding_clock(clocks: Mapping[str, str], path: str) -> str | None:
    """The newest clock on ``path``, its ancestors or its descendants."""
    related = [clock for key, clock in clocks.items() if _related(path, key)]
    return max(related) if related else None


def _guarding_officer(officers: Mapping[str, str], clocks: Mapping[str, str], path: str) -> Any:
    newest = guarding_clock(clocks, path)
    for key, clock in clocks.items():
        if clock == newest and _related(path, key):
            return officers.get(key)
    return None


def apply_write(
    data: dict[str, Any], clocks: dict[str, str], path: str, value: Any, hlc: str
) -> str:
    """Apply one clocked write in place; returns ``"won"``, ``"partial"``, ``"lost"`` or ``"same"``.

    The write loses when the path or an ancestor carries a newer clock. Otherwise it sets the
    value, but descendants written later than ``hlc`` keep their values and clocks
    (``"partial"``). This makes the result independent of the order writes arrive in.
    """
    covering = [clock for key, clock in clocks.items() if key == path or path.startswith(key + ".")]
    if covering and max(covering) > hlc:
        return "lost"
    if clocks.get(path) == hlc:
        return "same"
    newer = {
        key: copy.deepcopy(get_path(data, key))
        for key, clock in clocks.items()
        if key.startswith(path + ".") and clock > hlc
    }
    set_path(data, path, copy.deepcopy(value))
    for key in [k for k in clocks if k.startswith(path + ".") and k not in newer]:
        del clocks[key]
    for key in sorted(newer, key=len):
        set_path(data, key, newer[key])
    clocks[path] = hlc
    return "partial" if newer else "won"


def merge_writes(
    record_id: str,
    data: Mapping[str, Any],
    clocks: Mapping[str, str],
    writes: Mapping[str, Any],
    hlc: str,
    *,
    officer: str | None,
    officers: Mapping[str, str] | None = None,
    base_clocks: Mapping[str, str | None] | None = None,
) -> FieldMerge:
    """Apply ``writes`` (dotted path -> value, all made at ``hlc``) to a copy of ``data``.

    ``officers`` maps a path to the badge of whoever last wrote it (for the conflict list).
    Replaying a write that is already stored (same clock) changes nothing.
    """
    result = FieldMerge(data=copy.deepcopy(dict(data)), clocks=dict(clocks))
    known_officers = officers or {}
    for path in sorted(writes):
        incoming = FieldWrite(writes[path], hlc, officer)
        stored_clock = guarding_clock(result.clocks, path)
        stored = FieldWrite(
            copy.deepcopy(get_path(result.data, path)),
            stored_clock,
            _guarding_officer(known_officers, result.clocks, path),
        )
        outcome = apply_write(result.data, result.clocks, path, incoming.value, hlc)
        if outcome == "same":
            continue
        if outcome != "lost":
            result.won_paths.append(path)
        if outcome == "won":
            concurrent = (
                stored_clock is not None
                and base_clocks is not None
                and path in base_clocks
                and base_clocks[path] != stored_clock
            )
            if concurrent and stored.value != incoming.value:
                result.conflicts.append(Conflict(record_id, path, incoming, stored))
            continue
        kept = FieldWrite(get_path(result.data, path), stored_clock, stored.officer)
        if kept.value != incoming.value:
            result.conflicts.append(Conflict(record_id, path, kept, incoming))
    return result


def union_entries(*entry_lists: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Union of statement or history entries by ``id``, ordered by ``(hlc, device)``."""
    by_id: dict[str, dict[str, Any]] = {}
    for entries in entry_lists:
        for entry in entries:
            by_id.setdefault(str(entry["id"]), dict(entry))
    return sorted(by_id.values(), key=lambda e: (str(e.get("hlc", "")), str(e.get("device", ""))))


def merge_records(
    local: Mapping[str, Any],
    remote: Mapping[str, Any],
    *,
    pending_base_clocks: Mapping[str, str | None] | None = None,
) -> RecordMerge:
    """Merge two versions (``Record.to_dict()`` form) of one record, field by field.

    ``remote`` is the base: paths without a clock keep its value; each clocked local path is
    then applied as a write (see ``apply_write``). ``status`` is one more clocked path.
    ``pending_base_clocks`` names the local writes not yet acknowledged by the server, each with
    the clock the field had when the officer edited it; a remote write over a different base is
    a concurrent edit and is reported as a conflict.
    """
    merged = copy.deepcopy(dict(remote))
    values: dict[str, Any] = {"data": merged.get("data") or {}, STATUS_PATH: merged.get("status")}
    clocks: dict[str, str] = dict(remote.get("clocks") or {})
    local_clocks: Mapping[str, str] = local.get("clocks") or {}
    pending = pending_base_clocks or {}
    conflicts: list[Conflict] = []
    for path in sorted(local_clocks):
        local_write = FieldWrite(_value_of(local, path), local_clocks[path], None)
        remote_write = FieldWrite(
            copy.deepcopy(_value_of(merged, path)), guarding_clock(clocks, path), None
        )
        target = values if path == STATUS_PATH else values["data"]
        outcome = apply_write(target, clocks, path, local_write.value, local_clocks[path])
        merged["data"], merged["status"] = values["data"], values[STATUS_PATH]
        concurrent = path in pending and remote_write.hlc != pending[path]
        if outcome == "same" or not concurrent or local_write.value == remote_write.value:
            continue
        if outcome == "won":
            conflicts.append(Conflict(str(remote.get("id")), path, local_write, remote_write))
        else:
            conflicts.append(Conflict(str(remote.get("id")), path, remote_write, local_write))
    merged["clocks"] = clocks
    merged["history"] = union_entries(remote.get("history") or [], local.get("history") or [])
    merged["statements"] = union_entries(
        remote.get("statements") or [], local.get("statements") or []
    )
    merged["number"] = remote.get("number") or local.get("number")
    merged["provisional_number"] = remote.get("provisional_number") or local.get(
        "provisional_number"
    )
    merged["updated_at"] = max(str(remote.get("updated_at", "")), str(local.get("updated_at", "")))
    return RecordMerge(record=merged, conflicts=conflicts)


def _value_of(record: Mapping[str, Any], path: str) -> Any:
    if path == STATUS_PATH:
        return record.get("status")
    return get_path(record.get("data") or {}, path)


def mark_written(marks: dict[str, str], paths: Iterable[str], mark: str) -> None:
    """Record a write at each path in a path -> mark map (in place): the clocks of a local edit,
    the officers of writes the server applied. Each path takes ``mark``, and the marks below it
    go, since the new value replaced everything under it."""
    for path in paths:
        for stale in [key for key in marks if key.startswith(path + ".")]:
            del marks[stale]
        marks[path] = mark


def fill_missing_clocks(data: Mapping[str, Any], clocks: dict[str, str], hlc: str) -> None:
    """Give every top-level field (and the status) of a created record that has no clock on or
    under it the creation's clock (in place)."""
    clocked = {path.split(".", 1)[0] for path in clocks}
    for key in [*data, STATUS_PATH]:
        if key not in clocked:
            clocks[key] = hlc


def apply_status_change(doc: dict[str, Any], entry: Mapping[str, Any]) -> None:
    """A status change the lifecycle allowed, applied on the server in arrival order (in place):
    the history grows by the entry (with the status actually left), the status follows, and the
    status clock keeps the newest of its writes."""
    doc["history"] = union_entries(doc["history"], [{**entry, "from": doc["status"]}])
    doc["status"] = entry["to"]
    doc["clocks"][STATUS_PATH] = max(doc["clocks"].get(STATUS_PATH, ""), str(entry["hlc"]))


@dataclass
class PendingWrites:
    """One record's writes made on this device that the server has not acknowledged yet."""

    paths: set[str] = field(default_factory=set)
    base_clocks: dict[str, str | None] = field(default_factory=dict)  # oldest base per path
    officers: dict[str, str] = field(default_factory=dict)  # path -> badge of its newest write

    def add_update(
        self, fields: Iterable[str], base_clocks: Mapping[str, str | None], officer: str
    ) -> None:
        """An update, taken in outbox order."""
        for path, base in base_clocks.items():
            self.base_clocks.setdefault(path, base)
        for path in fields:
            self.officers[path] = officer
            self.paths.add(path)

    def add_status_change(self) -> None:
        self.paths.add(STATUS_PATH)


def merge_pulled(
    local: Mapping[str, Any], remote: Mapping[str, Any], pending: PendingWrites
) -> RecordMerge:
    """What a device keeps when the server's version of a record arrives while its own writes
    are pending: the two merged by clock, then every pending path keeps the local value and
    clock, so the officer's change shows until the server has decided on it (a conflict says
    how it will end)."""
    merged = merge_records(local, remote, pending_base_clocks=pending.base_clocks)
    for path in pending.paths:
        _keep_local(merged.record, local, path)
    return merged


def _keep_local(merged: dict[str, Any], local: Mapping[str, Any], path: str) -> None:
    """Put the local value and clock of ``path`` back into ``merged`` (in place)."""
    clocks = merged["clocks"]
    for key in [k for k in clocks if k == path or k.startswith(path + ".")]:
        del clocks[key]
    local_clocks = local.get("clocks") or {}
    clocks.update({k: v for k, v in local_clocks.items() if k == path or k.startswith(path + ".")})
    if path == STATUS_PATH:
        merged["status"] = local["status"]
        return
    value = get_path(local["data"], path)
    set_path(merged["data"], path, copy.deepcopy(value))
