"""The supervisor's review (issue 17.4): records that wait for a supervisor, and the decision.

A kind declares the statuses in which a record waits for review (``RecordKind.review_statuses``:
an FIR refused registration, an FIR whose cancellation is proposed, a challan whose void is
proposed, a tenant registration submitted) and carries the ``review`` field (``FIELD``), editable
in those statuses. A record waits while it is in one of them and no decision names that status
and the history entry that moved it there (``entry``; "created" for a record made in it). A
decision is an ordinary edit of ``review`` (so it syncs, merges and is audited like any edit):
``{status, decision: approved | returned, reason, by, at, entry}``; a return needs its reason,
which reaches the author's device with the record at the next sync.

Where a kind names a move for the decision (``review_approves_to`` / ``review_returns_to``: a
challan's void proposal approved is voided, returned is issued again; a tenant registration
returned goes to ``returned_for_correction``), the decision is that status change instead, with
the reason in its history entry (by the supervisor), and ``returned`` reads it from there.
Only a role that may the kind's ``review_action`` decides (``Action.REVIEW``: the SHO; a tenant
registration ``Action.REVIEW_TENANT``: the SHO or the Moharrir; docs/REGISTERS.md §8); the server
checks it too (``sync/server/services/envelope_checks``).
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from fieldclient.domain import formats, roles
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.schema import Field, choice, obj, text

if TYPE_CHECKING:  # the record module imports the kinds, which import this one
    from fieldclient.domain.record import Record
    from fieldclient.domain.records.kind import RecordKind

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
            Field("entry", text(max_length=64), required=False),
        )
    ),
    required=False,
)


def is_review_path(path: str) -> bool:
    """Does a dotted field path (of an update) write the review decision?"""
    return path == NAME or path.startswith(NAME + ".")


CREATED = "created"  # ``entry`` of a decision on a record still in the status it was made in


def _kind(record: Record) -> RecordKind | None:
    from fieldclient.domain.records.registry import KINDS  # the kinds import this module

    return KINDS.get(record.type)


def action(record_type: str) -> str:
    """The action (``domain/roles.py``) an officer's role must allow to decide for this kind."""
    from fieldclient.domain.records.registry import KINDS  # the kinds import this module

    kind = KINDS.get(record_type)
    return roles.Action.REVIEW if kind is None else kind.review_action


def entry_into(record: Record, status: str, history: list[dict[str, Any]] | None = None) -> str:
    """The id of the history entry that last moved the record into ``status`` (``CREATED``
    when none did: it was made in it)."""
    for entry in reversed(record.history if history is None else history):
        if entry.get("to") == status:
            return str(entry.get("id", ""))
    return CREATED


def _decides_present(record: Record, decision: Any) -> bool:
    """Does ``decision`` (the ``review`` field) decide the record's present stay in its status?"""
    if not isinstance(decision, dict) or decision.get("status") != record.status:
        return False
    if "entry" not in decision:  # decided before entries were named: by the status alone
        return True
    return decision["entry"] == entry_into(record, record.status)


def waiting(record: Record) -> bool:
    """Is the record waiting for a supervisor's decision in its present status?"""
    kind = _kind(record)
    if kind is None or record.status not in kind.review_statuses:
        return False
    return not _decides_present(record, record.data.get(NAME))


def _returned_by_move(record: Record) -> dict[str, Any] | None:
    """The return its last status change made (a kind's ``review_returns_to``), or None."""
    kind = _kind(record)
    if kind is None or not record.history:
        return None
    last = record.history[-1]
    source = str(last.get("from", ""))
    if last.get("to") != record.status or kind.review_returns_to.get(source) != record.status:
        return None
    return {
        "status": source,
        "decision": RETURNED,
        "reason": str(last.get("reason") or ""),
        "by": str(last.get("by", "")),
        "at": str(last.get("at", "")),
    }


def returned(record: Record) -> dict[str, Any] | None:
    """The decision returning the record in its present status (with the reason), or None."""
    decision = record.data.get(NAME)
    if (
        isinstance(decision, dict)
        and decision.get("decision") == RETURNED
        and _decides_present(record, decision)
    ):
        return decision
    return _returned_by_move(record)


def author(record: Record) -> str:
    """Who made the change the review answers: who moved the record into its present status,
    or, once a return moved it back, into the status that was returned."""
    moved_back = _returned_by_move(record)
    status = record.status if moved_back is None else moved_back["status"]
    history = record.history if moved_back is None else record.history[:-1]
    for entry in reversed(history):
        if entry.get("to") == status:
            return str(entry.get("by", ""))
    return record.created_by


def decision_move(record: Record, decision: str) -> str | None:
    """The status the decision moves a waiting record to (its kind's ``review_approves_to`` /
    ``review_returns_to``), or None: the decision is only the ``review`` field."""
    kind = _kind(record)
    if kind is None:
        return None
    moves = kind.review_approves_to if decision == APPROVED else kind.review_returns_to
    return moves.get(record.status)


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
    value["entry"] = entry_into(record, record.status)
    if reason:
        value["reason"] = reason
    return {NAME: value}
