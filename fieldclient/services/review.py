"""The supervisor's review inbox (issue 17.4, ``fieldclient/domain/review.py``): what waits for
a decision, the decision itself (an edit of the record's ``review``, or the status change its
kind names for it, so it syncs), and what was returned to an officer with its reason."""

from __future__ import annotations

from fieldclient.domain import records as kinds
from fieldclient.domain import review, roles
from fieldclient.domain.record import Record
from fieldclient.domain.records import KINDS
from fieldclient.services.records import RecordService
from fieldclient.vault.repository import RecordQuery

INBOX_LIMIT = 2_000  # records of one kind and status read for the inbox (newest first)


class ReviewService:
    def __init__(self, records: RecordService) -> None:
        self.records = records

    def _in_statuses(self, statuses: dict[str, set[str]]) -> list[Record]:
        found: list[Record] = []
        for name, wanted in statuses.items():
            for status in sorted(wanted):
                query = RecordQuery(record_type=name, status=status)
                found.extend(self.records.find(query, limit=INBOX_LIMIT))
        return found

    def inbox(self, role: str | None = None) -> list[Record]:
        """Every record waiting for a supervisor's decision, oldest change first; with
        ``role``, only those of the kinds that role may decide (a Moharrir: tenants)."""
        statuses = {
            name: set(kind.review_statuses)
            for name, kind in KINDS.items()
            if role is None or roles.may(role, kind.review_action)
        }
        waiting = [record for record in self._in_statuses(statuses) if review.waiting(record)]
        return sorted(waiting, key=lambda record: record.updated_at)

    def returned_to(self, badge: str) -> list[Record]:
        """Records a supervisor returned to ``badge`` (who made the change returned): those
        still in a review status, and those a return moved (a tenant back for correction, a
        challan issued again: the newest ``INBOX_LIMIT`` of each status)."""
        statuses = {
            name: set(kind.review_statuses) | set(kind.review_returns_to.values())
            for name, kind in KINDS.items()
        }
        return [
            record
            for record in self._in_statuses(statuses)
            if review.returned(record) is not None and review.author(record) == badge
        ]

    def decide(self, record_id: str, decision: str, reason: str = "") -> Record:
        """Approve or return (with a reason) a waiting record; refused unless the signed-in
        officer's role may decide for its kind, before anything is written. Where the kind names
        a move for the decision, the decision is that status change with the reason (an
        approval without one keeps the author's reason)."""
        session = self.records.session
        record = self.records.get(record_id)
        roles.require(session.vault.role, review.action(record.type))
        patch = review.decision_patch(
            record, decision, reason, by=session.vault.officer.badge, at=session.now()
        )
        move = review.decision_move(record, decision)
        if move is not None:
            why = reason.strip() or _authors_reason(record)
            kinds.check_transition(record.type, record.status, move, why, record.data)
            kinds.check_role(record.type, move, session.vault.role)
        else:
            merged = self.records.patched(record, patch)
        with self.records.writer.transaction():
            if move is not None:
                self.records.writer.transition(record, move, why)
                changed = ["status"]
            else:
                changed = self.records.writer.edit(record, merged)
            session.vault.audit(
                "review.decide",
                record_id,
                {"type": record.type, "decision": decision, "fields": changed},
            )
        return record


def _authors_reason(record: Record) -> str:
    last = record.history[-1] if record.history else {}
    return str(last.get("reason") or "")
