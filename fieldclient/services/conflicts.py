"""Reviewing and resolving sync conflicts: when two officers changed one field concurrently, the
losing value is kept here until a person decides which to keep.

Resolving writes the chosen value as an ordinary update (clocked now, so it wins everywhere once
synced), its outbox mutation, its audit entry and the conflict's resolution in one transaction.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fieldclient.domain import records as kinds
from fieldclient.domain.errors import FieldError, FrozenRecord, ValidationFailed
from fieldclient.domain.merge import STATUS_PATH, get_path, guarding_clock, set_path
from fieldclient.domain.pakistan_time import pakistan_now
from fieldclient.domain.record import Record
from fieldclient.services.field_paths import changed_paths
from fieldclient.services.session import Session

KEEP_CHOICES = ("mine", "theirs")
_COLUMNS = (
    "id, record_id, field, mine, theirs, mine_officer, theirs_officer, winner, created_at,"
    " resolved_at, resolution"
)


@dataclass(frozen=True)
class ConflictView:
    id: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    mine_officer: str | None
    theirs_officer: str | None
    winner: str
    created_at: str
    resolved_at: str | None
    resolution: str | None


class ConflictService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.conn = session.vault.conn

    def list_conflicts(self, *, include_resolved: bool = False) -> list[ConflictView]:
        where = "" if include_resolved else " WHERE resolved_at IS NULL"
        rows = self.conn.execute(f"SELECT {_COLUMNS} FROM conflicts{where} ORDER BY created_at")
        return [_view(row) for row in rows]

    def unresolved_count(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")
        return int(row.fetchone()[0])

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
        with self.session.vault.transaction():
            if chosen != current:
                self._write_choice(record, conflict.field, chosen)
            self.conn.execute(
                "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
                (datetime.now(UTC).isoformat(), keep, conflict.id),
            )
            self.session.vault.audit(
                "conflict.resolve",
                record.id,
                {"type": record.type, "fields": [conflict.field], "kept": keep},
            )
        return record

    def _get(self, conflict_id: str) -> ConflictView:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM conflicts WHERE id = ?", (conflict_id,)
        ).fetchone()
        if row is None:
            raise ValidationFailed([FieldError("id", "there is no conflict with this id")])
        conflict = _view(row)
        if conflict.resolved_at is not None:
            raise ValidationFailed(
                [FieldError("id", f"this conflict was already resolved ({conflict.resolution})")]
            )
        return conflict

    def _write_choice(self, record: Record, path: str, value: Any) -> None:
        """The chosen value as an update with its outbox mutation (inside the transaction)."""
        if path == STATUS_PATH:
            raise ValidationFailed(
                [FieldError("status", "a status conflict is settled by a status change")]
            )
        kind = kinds.kind_of(record.type)
        if not kind.ever_editable:
            raise FrozenRecord(record.id, kind.frozen_reason(record.status))
        patch: dict[str, Any] = {}
        set_path(patch, path, value)
        now = pakistan_now()
        merged = kinds.validate_patch(
            record.type, record.status, record.data, patch, now=now, record_id=record.id
        )
        changes = changed_paths(record.data, merged)
        base_clocks = {p: guarding_clock(record.clocks, p) for p in changes}
        hlc = self.session.tick()
        record.data = merged
        for changed in changes:
            for stale in [p for p in record.clocks if p.startswith(changed + ".")]:
                del record.clocks[stale]
            record.clocks[changed] = hlc
        record.updated_at = now.isoformat()
        self.session.repo.write_record(record)
        self.session.repo.add_mutation(
            {
                "mutation_id": uuid.uuid4().hex,
                "record_id": record.id,
                "record_type": record.type,
                "op": "update",
                "hlc": hlc,
                "officer": self.session.officer_badge,
                "at": datetime.now(UTC).isoformat(),
                "fields": changes,
                "base_clocks": base_clocks,
            }
        )


def _view(row: tuple) -> ConflictView:
    (cid, record_id, field, mine, theirs, mine_by, theirs_by, winner, created, resolved, how) = row
    return ConflictView(
        id=cid,
        record_id=record_id,
        field=field,
        mine=json.loads(mine) if mine is not None else None,
        theirs=json.loads(theirs) if theirs is not None else None,
        mine_officer=mine_by,
        theirs_officer=theirs_by,
        winner=winner,
        created_at=created,
        resolved_at=resolved,
        resolution=how,
    )
