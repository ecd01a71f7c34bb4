"""The supervisor's review (issue 17.4): records that wait for a supervisor, and the decision.

A kind declares the statuses in which a record waits for review (``RecordKind.review_statuses``:
an FIR refused registration, an FIR whose cancellation is proposed) and carries the ``review``
field (``FIELD``), editable in those statuses. A record waits while it is in one of them and no
decision names that status. The decision is an ordinary edit of ``review`` (so it syncs, merges
and is audited like any edit): ``{status, decision: approved | returned, reason, by, at}``; a
return needs its reason, which reaches the author's device with the record at the next sync.
Only a role that may ``Action.REVIEW`` (the SHO, docs/REGISTERS.md §8) decides; the server
checks it too (``sync/server/services/envelope_checks``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from fieldclient.domain import formats
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.schema import Field, choice, obj, text

if TYPE_CHECKING:  # the record module imports the kinds, which import this one
    from fieldclient.domain.record import Record

APPROVED, RETURNED = "approved", "returned"
DECISIONS = (APPROVED, RETURNED)
NAME = "review"

FIELD = Field(
    NAME,
    obj(
        (
            Field("status", text(max_length=32)),
            Field("decision", choice(DECISIONS)),
            Field("reason", text(max_length=2000), required=False),
            Field("by", text(max_length=64)),
            Field("at", formats.past_time),
        )
    ),
    required=False,
)


def is_review_path(path: str) -> bool:
    """Does a dotted field path (of an update) write the review decision?"""
    return path == NAME or path.startswith(NAME + ".")


def waiting(record: Record) -> bool:
    """Is the record waiting for a supervisor's decision in its present status?"""
    from fieldclient.domain.records.registry import KINDS  # the kinds import this module

    kind = KINDS.get(record.type)
    if kind is None or record.status not in kind.review_statuses:
        return False
    decision = record.data.get(NAME)
    return not isinstance(decision, dict) or decision.get("status") != record.status


def returned(record: Record) -> dict[str, Any] | None:
    """The decision returning the record in its present status (with the reason), or None."""
    decision = record.data.get(NAME)
    if (
        isinstance(decision, dict)
        and decision.get("decision") == RETURNED
        and decision.get("status") == record.status
    ):
        return decision
    return None


def author(record: Record) -> str:
    """Who moved the record into its present status (the officer the review answers)."""
    for entry in reversed(record.history):
        if entry.get("to") == record.status:
            return str(entry.get("by", ""))
    return record.created_by


def decision_patch(
    record: Record, decision: str, reason: str, *, by: str, at: datetime
) -> dict[str, Any]:
    """The edit that records a decision; refused unless the record waits for one."""
    if not waiting(record):
        raise ValidationFailed(
            [FieldError("status", "this record is not waiting for a review", "not_waiting")]
        )
    reason = reason.strip()
    if decision == RETURNED and not reason:
        raise ValidationFailed(
            [FieldError("review.reason", "say why the record is returned", "required")]
        )
    value: dict[str, Any] = {"status": record.status, "decision": decision, "by": by}
    value["at"] = at.isoformat(timespec="seconds")
    if reason:
        value["reason"] = reason
    return {NAME: value}
