"""The record use cases: create, edit, change status, add a statement, find.

Every method validates with `fieldclient.domain`, stamps the hybrid logical clock on what it
changes, and stores the record with its outbox mutation, search entry and audit entry in one vault
transaction. Nothing is written when validation fails.
"""

import uuid
from datetime import UTC, datetime
from typing import Any

from fieldclient.domain import records as kinds
from fieldclient.domain.errors import FieldError, FrozenRecord, ValidationFailed
from fieldclient.domain.pakistan_time import pakistan_now
from fieldclient.domain.record import Record
from fieldclient.services.challan_numbers import take_challan_number
from fieldclient.services.field_paths import changed_paths, leaf_paths
from fieldclient.services.session import Session
from fieldclient.vault.database import translate_errors
from fieldclient.vault.repository import RecordQuery


class RecordService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.repo = session.repo

    # ---- changes -------------------------------------------------------------------------

    def create(self, record_type: str, payload: Any) -> Record:
        now = pakistan_now()
        data = kinds.validate_new(record_type, payload, now=now)
        record_id = uuid.uuid4().hex
        stamp = now.isoformat()
        record = Record(
            id=record_id,
            type=record_type,
            status=kinds.initial_status(record_type),
            data=data,
            station=self.session.station,
            created_by=self.session.officer_badge,
            created_at=stamp,
            updated_at=stamp,
            device_id=self.session.device_id,
        )
        with self._write():
            hlc = self.session.tick()
            record.clocks = {path: hlc for path in leaf_paths(data)} | {"status": hlc}
            kinds.kind_of(record_type).numbering.number_on_device(
                record, now, lambda: take_challan_number(self.session.vault)
            )
            self.repo.write_record(record)
            self._link_photos(record)
            self.repo.add_mutation(self._mutation("create", record, hlc, record=record.to_dict()))
            self.session.vault.audit(
                f"{record_type}.create", record.id, {"type": record_type, "fields": sorted(data)}
            )
        return record

    def edit(self, record_id: str, patch: Any) -> Record:
        record = self.repo.get(record_id)
        kind = kinds.kind_of(record.type)
        if not kind.ever_editable:
            raise FrozenRecord(record_id, kind.frozen_reason(record.status))
        now = pakistan_now()
        merged = kinds.validate_patch(
            record.type, record.status, record.data, patch, now=now, record_id=record_id
        )
        changes = changed_paths(record.data, merged)
        if not changes:
            return record
        base_clocks = {path: _guarding(record.clocks, path) for path in changes}
        with self._write():
            hlc = self.session.tick()
            record.data = merged
            for path in changes:
                for stale in [p for p in record.clocks if p.startswith(path + ".")]:
                    del record.clocks[stale]
                record.clocks[path] = hlc
            record.updated_at = now.isoformat()
            self.repo.write_record(record)
            self._link_photos(record)
            self.repo.add_mutation(
                self._mutation("update", record, hlc, fields=changes, base_clocks=base_clocks)
            )
            self.session.vault.audit(
                f"{record.type}.edit", record.id, {"type": record.type, "fields": sorted(changes)}
            )
        return record

    def transition(self, record_id: str, to_status: str, reason: str | None = None) -> Record:
        record = self.repo.get(record_id)
        kinds.check_transition(record.type, record.status, to_status, reason, record.data)
        now = pakistan_now()
        with self._write():
            hlc = self.session.tick()
            entry = {
                "id": uuid.uuid4().hex,
                "at": now.isoformat(),
                "by": self.session.officer_badge,
                "from": record.status,
                "to": to_status,
                "reason": reason or "",
                "hlc": hlc,
                "device": self.session.device_id,
            }
            record.history.append(entry)
            record.status = to_status
            record.clocks["status"] = hlc
            record.updated_at = now.isoformat()
            self.repo.write_record(record)
            self.repo.add_mutation(self._mutation("transition", record, hlc, entry=entry))
            self.session.vault.audit(
                f"{record.type}.transition",
                record.id,
                {"type": record.type, "from": entry["from"], "to": to_status},
            )
        return record

    def append_statement(self, record_id: str, payload: Any) -> Record:
        record = self.repo.get(record_id)
        now = pakistan_now()
        statement = kinds.validate_statement(record.type, record.status, payload, now=now)
        with self._write():
            hlc = self.session.tick()
            entry = {
                "id": uuid.uuid4().hex,
                "at": now.isoformat(),
                "by": self.session.officer_badge,
                **statement,
                "hlc": hlc,
                "device": self.session.device_id,
            }
            record.statements.append(entry)
            record.updated_at = now.isoformat()
            self.repo.write_record(record)
            self.repo.add_mutation(self._mutation("statement", record, hlc, entry=entry))
            self.session.vault.audit(f"{record.type}.statement", record.id, {"type": record.type})
        return record

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
        with self._write():
            self.repo.put_attachment(attachment_id, None, kind, mime, content)
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

    def _write(self):
        return self.session.vault.transaction()

    def _link_photos(self, record: Record) -> None:
        for attachment_id in (record.data.get("photos") or {}).values():
            self.session.vault.conn.execute(
                "UPDATE attachments SET record_id = ? WHERE id = ?", (record.id, attachment_id)
            )

    def _mutation(self, op: str, target: Record, hlc: str, **body: Any) -> dict:
        return {
            "mutation_id": uuid.uuid4().hex,
            "record_id": target.id,
            "record_type": target.type,
            "op": op,
            "hlc": hlc,
            "officer": self.session.officer_badge,
            "at": datetime.now(UTC).isoformat(),
            **body,
        }


MAX_PHOTO_BYTES = 5 * 1024 * 1024


def _image_mime(content: bytes) -> str | None:
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    return None


def _guarding(clocks: dict[str, str], path: str) -> str | None:
    related = [
        clock
        for key, clock in clocks.items()
        if key == path or path.startswith(key + ".") or key.startswith(path + ".")
    ]
    return max(related) if related else None
