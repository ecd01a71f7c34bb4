"""The supervisor's review inbox (issue 17.4, ``fieldclient/domain/review.py``): what waits for
a decision, the decision itself (an edit of the record's ``review``, so it syncs), and what was
returned to an officer with its reason."""

from __future__ import annotations

from fieldclient.domain import review, roles
from fieldclient.domain.record import Record
from fieldclient.domain.records import KINDS
from fieldclient.services.records import RecordService
from fieldclient.vault.repository import RecordQuery

INBOX_LIMIT = 2_000  # records of one kind and status read for the inbox (newest first)


class ReviewService:
    def __init__(self, records: RecordService) -> None:
        self.records = records

    def _in_review_statuses(self) -> list[Record]:
        found: list[Record] = []
        for name, kind in KINDS.items():
            for status in sorted(kind.review_statuses):
                query = RecordQuery(record_type=name, status=status)
                found.extend(self.records.find(query, limit=INBOX_LIMIT))
        return found

    def inbox(self) -> list[Record]:
        """Every record waiting for a supervisor's decision, oldest change first."""
        waiting = [record for record in self._in_review_statuses() if review.waiting(record)]
        return sorted(waiting, key=lambda record: record.updated_at)

    def returned_to(self, badge: str) -> list[Record]:
        """Records a supervisor returned to ``badge`` (who made their present status)."""
        return [
            record
            for record in self._in_review_statuses()
            if review.returned(record) is not None and review.author(record) == badge
        ]

    def decide(self, record_id: str, decision: str, reason: str = "") -> Record:
        """Approve or return (with a reason) a waiting record; refused unless the signed-in
        officer's role may review, before anything is written."""
        session = self.records.session
        roles.require(session.vault.role, roles.Action.REVIEW)
        record = self.records.get(record_id)
        patch = review.decision_patch(
            record, decision, reason, by=session.vault.officer.badge, at=session.now()
        )
        merged = self.records.patched(record, patch)
        with self.records.writer.transaction():
            changed = self.records.writer.edit(record, merged)
            session.vault.audit(
                "review.decide",
                record_id,
                {"type": record.type, "decision": decision, "fields": changed},
            )
        return record
