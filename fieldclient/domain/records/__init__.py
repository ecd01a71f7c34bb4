"""The record kinds and what every layer asks of them: validation, lifecycles, statements, search
text and list columns. A kind's policy lives in its ``RecordKind`` (``kind.py``); the registry
(``registry.py``) holds them; the built-in kinds are registered here, one line each.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fieldclient.domain import roles
from fieldclient.domain.errors import FieldError, FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.json_input import parse_json_input
from fieldclient.domain.record import Record
from fieldclient.domain.records import (
    absence,
    attendance,
    challan,
    complaint,
    diary,
    duty_roster,
    enrolment,
    fir,
    tenant,
)
from fieldclient.domain.records.kind import ANY_FIELD, RecordKind
from fieldclient.domain.records.registry import (
    KINDS,
    PerKind,
    kind_of,
    register_kind,
    unregister_kind,
)
from fieldclient.domain.schema import BadValue, Context, Field, obj, person_name, text

for _built_in in (
    fir.KIND,
    challan.KIND,
    tenant.KIND,
    attendance.KIND,
    complaint.KIND,
    diary.KIND,
    duty_roster.KIND,
    enrolment.KIND,
    absence.KIND,
):
    register_kind(_built_in)

STATUSES: PerKind = PerKind("statuses")
SERVER_ONLY_TRANSITIONS: PerKind = PerKind("server_only")
ACTORS = ("client", "server")

__all__ = [
    "KINDS",
    "SERVER_ONLY_TRANSITIONS",
    "STATUSES",
    "RecordKind",
    "check_transition",
    "initial_status",
    "kind_of",
    "payload_from_json",
    "register_kind",
    "search_text",
    "summary",
    "unregister_kind",
    "validate_new",
    "validate_patch",
    "validate_statement",
]


def payload_from_json(raw: str | bytes) -> Any:
    """Parse typed or uploaded JSON; a syntax error becomes a message with line and column, and
    input no record could hold (nested 10,000 deep, half a character, a 5,000-digit number) a
    message too (see ``json_input``)."""
    return parse_json_input(raw)


def validate_new(record_type: str, payload: Any, *, now: datetime) -> dict[str, Any]:
    """Full validation of a new record's data; returns it normalised or raises ValidationFailed."""
    kind = kind_of(record_type)
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
    kind = kind_of(record_type)
    if not isinstance(patch, dict):
        raise ValidationFailed(
            [FieldError("(input)", "must be a group of fields (a JSON object)", "not_object")]
        )
    editable = kind.editable.get(status, frozenset())
    merged = _merged(current_data, patch)
    changed = sorted(
        key
        for key in merged.keys() | current_data.keys()
        if merged.get(key) != current_data.get(key)
    )
    refused = [key for key in changed if editable != ANY_FIELD and key not in editable]
    if refused:
        raise FrozenRecord(record_id, f"{', '.join(refused)}: {kind.frozen_reason(status)}")
    ctx = Context(now)
    normalised = kind.validate(merged, ctx)
    if ctx.errors:
        raise ValidationFailed(ctx.errors)
    return normalised


def initial_status(record_type: str) -> str:
    return kind_of(record_type).initial


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
    kind = kind_of(record_type)

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


def check_role(record_type: str, to_s: str, role: str | None) -> None:
    """Raise ``roles.RoleRefused`` unless an officer of ``role`` may move a record of this kind
    to ``to_s`` (the kind's ``transition_actions``; a move it does not name needs no role)."""
    action = kind_of(record_type).transition_actions.get(to_s)
    if action is not None:
        roles.require(role, action)


_STATEMENT = (Field("text", text(max_length=20000)), Field("given_by", person_name, required=False))


def validate_statement(
    record_type: str, status: str, payload: Any, *, now: datetime
) -> dict[str, Any]:
    """A supplementary statement ``{text, given_by?}`` normalised, if the kind takes one in
    ``status`` (a registered FIR does; a draft is edited instead)."""
    kind = kind_of(record_type)
    if status not in kind.statement_statuses:
        raise ValidationFailed(
            [FieldError("status", kind.statement_refused(status), "statement_not_allowed")]
        )
    ctx = Context(now)
    try:
        statement = obj(_STATEMENT)(payload, "", ctx)
    except BadValue as problem:
        ctx.add("(input)", problem.code, problem.message)
    if ctx.errors:
        raise ValidationFailed(ctx.errors)
    return statement


def summary(record: Record) -> dict[str, str]:
    """The list columns of a record: number, status, title, detail, when."""
    return kind_of(record.type).summary(record)


def search_text(record: Record) -> str:
    """What the full-text index holds for a record."""
    return kind_of(record.type).search_text(record)
