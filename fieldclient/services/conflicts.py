"""Reviewing and resolving sync conflicts: when two officers changed one field concurrently, the
losing value is kept here until a person decides which to keep.

Resolving writes the chosen value as an ordinary edit (the same one `RecordService.edit` makes:
clocked now, so it wins everywhere once synced), its outbox mutation, its audit entry and the
conflict's resolution in one transaction.
"""

from __future__ import annotations

from typing import Any

from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.merge import STATUS_PATH, get_path, set_path
from fieldclient.domain.record import Record
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session
from fieldclient.vault.repository import ConflictView

KEEP_CHOICES = ("mine", "theirs")

__all__ = ["KEEP_CHOICES", "ConflictService", "ConflictView"]


class ConflictService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.records = RecordService(session)

    def list_conflicts(self, *, include_resolved: bool = False) -> list[ConflictView]:
        return self.session.repo.conflicts(include_resolved=include_resolved)

    def unresolved_count(self) -> int:
        return self.session.repo.open_conflict_count()

    def resolve(self, conflict_id: str, keep: str) -> Record:
        """Keep ``mine`` or ``theirs``; returns the record as it is now."""
        if keep not in KEEP_CHOICES:
            raise ValidationFailed([FieldError("keep", "must be mine or theirs")])
        conflict = self._get(conflict_id)
        chosen = conflict.mine if keep == "mine" else conflict.theirs
        record = self.session.repo.get(conflict.record_id)
        current = (
            record.status
            if conflict.field == STATUS_PATH
            else get_path(record.data, conflict.field)
        )
        writer = self.session.writer
        with writer.transaction():
            if chosen != current:
                writer.edit(record, self._chosen_data(record, conflict.field, chosen))
            writer.resolve_conflict(conflict.id, keep)
            self.session.vault.audit(
                "conflict.resolve",
                record.id,
                {"type": record.type, "fields": [conflict.field], "kept": keep},
            )
        return record

    def _get(self, conflict_id: str) -> ConflictView:
        conflict = self.session.repo.conflict(conflict_id)
        if conflict is None:
            raise ValidationFailed([FieldError("id", "there is no conflict with this id")])
        if conflict.resolved_at is not None:
            raise ValidationFailed(
                [FieldError("id", f"this conflict was already resolved ({conflict.resolution})")]
            )
        return conflict

    def _chosen_data(self, record: Record, path: str, value: Any) -> dict[str, Any]:
        """The record's data with the chosen value, validated like an officer's edit."""
        if path == STATUS_PATH:
            raise ValidationFailed(
                [FieldError("status", "a status conflict is settled by a status change")]
            )
        patch: dict[str, Any] = {}
        set_path(patch, path, value)
        return self.records.patched(record, patch)
