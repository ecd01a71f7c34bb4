"""The record use cases: create, edit, change status, add a statement, send again, find.

Every change is validated with `fieldclient.domain` against the device clock corrected by the
server's (`Session.now`), then stored through the vault's write path (`VaultWriter`), which
stamps the hybrid logical clock and queues the outbox mutation, with its audit entry in the same
transaction. Nothing is written when validation fails.
"""

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from fieldclient.domain import records as kinds
from fieldclient.domain import review, roles
from fieldclient.domain.errors import FieldError, FrozenRecord, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.challan import new_challan_problems
from fieldclient.domain.records.pinning import content_pin
from fieldclient.services.challan_numbers import take_challan_number
from fieldclient.services.session import Session
from fieldclient.vault.database import translate_errors
from fieldclient.vault.repository import RecordQuery


class RecordService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.repo = session.repo
        self.writer = session.writer

    # ---- changes -------------------------------------------------------------------------

    def create(self, record_type: str, payload: Any) -> Record:
        return self.create_many([(record_type, payload)])[0]

    def create_many(self, items: Iterable[tuple[str, Any]]) -> list[Record]:
        """New records of (type, payload), all stored in one transaction or none (an import);
        every payload is validated before anything is written."""
        now = self.session.now()
        new = [self.new_record(record_type, payload, now) for record_type, payload in items]
        with self.writer.transaction():
            for record in new:
                self.store_new(record, now)
        return new

    def store_new(self, record: Record, now: datetime) -> None:
        """Number and write a validated new record (``new_record``), with its audit entry, in
        the caller's transaction."""
        kinds.kind_of(record.type).numbering.number_on_device(
            record, now, lambda: take_challan_number(self.writer), self.writer.take_short_number
        )
        self.writer.create(record)
        self.session.vault.audit(
            f"{record.type}.create", record.id, {"type": record.type, "fields": sorted(record.data)}
        )

    def edit(self, record_id: str, patch: Any) -> Record:
        record = self.repo.get(record_id)
        merged = self.patched(record, patch)
        if merged == record.data:
            return record
        with self.writer.transaction():
            changed = self.writer.edit(record, merged)
            self.session.vault.audit(
                f"{record.type}.edit", record.id, {"type": record.type, "fields": changed}
            )
        return record

    def patched(self, record: Record, patch: Any) -> dict[str, Any]:
        """The record's data after ``patch``, validated now; raises when it may not change so."""
        kind = kinds.kind_of(record.type)
        if isinstance(patch, dict) and review.NAME in patch:
            roles.require(self.session.vault.role, review.action(record.type))
        if not kind.ever_editable:
            raise FrozenRecord(record.id, kind.frozen_reason(record.status))
        return kinds.validate_patch(
            record.type,
            record.status,
            record.data,
            patch,
            now=self.session.now(),
            record_id=record.id,
        )

    def transition(self, record_id: str, to_status: str, reason: str | None = None) -> Record:
        record = self.repo.get(record_id)
        kinds.check_transition(record.type, record.status, to_status, reason, record.data)
        kinds.check_role(record.type, to_status, self.session.vault.role)
        pinned = to_status in kinds.kind_of(record.type).pinned_at
        with self.writer.transaction():
            entry = self.writer.transition(
                record, to_status, reason, pin=content_pin(record.data) if pinned else None
            )
            self.session.vault.audit(
                f"{record.type}.transition",
                record.id,
                {"type": record.type, "from": entry["from"], "to": to_status},
            )
        return record

    def append_statement(self, record_id: str, payload: Any) -> Record:
        record = self.repo.get(record_id)
        statement = kinds.validate_statement(
            record.type, record.status, payload, now=self.session.now()
        )
        with self.writer.transaction():
            self.writer.add_statement(record, statement)
            self.session.vault.audit(f"{record.type}.statement", record.id, {"type": record.type})
        return record

    def resend(self, record_id: str) -> Record:
        """Send again what the server refused of a record, as it is now (after a correction, or
        once the reason has passed, e.g. a time that was ahead of the server's clock)."""
        record = self.repo.get(record_id)
        with self.writer.transaction():
            if not self.writer.resend(record):
                raise ValidationFailed(
                    [FieldError("id", "the server refused no change of this record", "not_refused")]
                )
        return record

    def refusals(self, record_id: str) -> list[str]:
        """Why the server refused changes of this record (code and reason), oldest first."""
        with translate_errors():
            entries = self.repo.outbox_entries("rejected", record_id=record_id)
        return [entry.reject_reason or "" for entry in entries]

    def store_photo(self, content: bytes, kind: str) -> str:
        """Keep a photo (JPEG or PNG) encrypted in the vault; returns the id a record refers to."""
        mime = _image_mime(content)
        if mime is None:
            raise ValidationFailed(
                [FieldError(f"photos.{kind}", "must be a JPEG or PNG picture", "not_image")]
            )
        if len(content) > MAX_PHOTO_BYTES:
            raise ValidationFailed(
                [
                    FieldError(
                        f"photos.{kind}",
                        f"is too large ({len(content) // 1024} KiB); the limit is "
                        f"{MAX_PHOTO_BYTES // (1024 * 1024)} MiB",
                        "too_large",
                    )
                ]
            )
        attachment_id = uuid.uuid4().hex
        with self.writer.transaction():
            self.writer.add_attachment(attachment_id, kind, mime, content)
            self.session.vault.audit("attachment.add", None, {"kind": kind})
        return attachment_id

    def photo(self, attachment_id: str) -> tuple[str, bytes]:
        with translate_errors():
            return self.repo.get_attachment(attachment_id)

    # ---- reading -------------------------------------------------------------------------

    def get(self, record_id: str) -> Record:
        with translate_errors():
            return self.repo.get(record_id)

    def find_ids(self, query: RecordQuery, limit: int | None = None) -> list[str]:
        with translate_errors():
            return self.repo.ids(query, limit)

    def count(self, query: RecordQuery) -> int:
        with translate_errors():
            return self.repo.count(query)

    def get_many(self, record_ids: list[str]) -> dict[str, Record]:
        with translate_errors():
            return self.repo.get_many(record_ids)

    def find(self, query: RecordQuery, limit: int | None = None) -> list[Record]:
        ids = self.find_ids(query, limit)
        found = self.get_many(ids)
        return [found[i] for i in ids if i in found]

    # ---- helpers -------------------------------------------------------------------------

    def new_record(self, record_type: str, payload: Any, now: datetime) -> Record:
        """A validated record not yet stored (``store_new`` stores it); ValidationFailed if the
        payload is not valid."""
        stamp = now.isoformat()
        data = kinds.validate_new(record_type, payload, now=now)
        if record_type == "challan":
            problems = new_challan_problems(data, self.session.station_province)
            if problems:
                raise ValidationFailed(problems)
        return Record(
            id=uuid.uuid4().hex,
            type=record_type,
            status=kinds.initial_status(record_type),
            data=data,
            station=self.session.station,
            created_by=self.session.officer_badge,
            created_at=stamp,
            updated_at=stamp,
            device_id=self.session.device_id,
            training=self.session.training,
        )


MAX_PHOTO_BYTES = 5 * 1024 * 1024


def _image_mime(content: bytes) -> str | None:
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None
