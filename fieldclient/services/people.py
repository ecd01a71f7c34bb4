"""A person's records at this station, by CNIC (or passport / PoR number): the person view, the
notice a form shows while a clerk types a CNIC, and the probable-duplicate check.

Read from the vault's person index (`RecordRepository.person_records`), so the answer takes one
indexed lookup and reads only that person's records, however large the vault.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from fieldclient.domain.pakistan_time import in_pakistan
from fieldclient.domain.records import KINDS, summary
from fieldclient.domain.records.people import identity_key
from fieldclient.services.records import RecordService
from fieldclient.vault.database import translate_errors

# What a notice counts apart: records that still want something of the police or the person.
_OPEN = {"challan": {"issued", "overdue", "contested"}}


@dataclass(frozen=True)
class PersonRecord:
    record_id: str
    record_type: str
    role: str
    number: str
    status: str
    when: str  # the record's own time, ISO
    created_on: str  # the day it was made (Pakistan time), for the duplicate check

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class PersonService:
    def __init__(self, records: RecordService) -> None:
        self.records = records

    def lookup(self, typed: str) -> list[PersonRecord]:
        """Every record naming the person, newest first; [] for text that is no identity."""
        identity = identity_key(typed)
        if identity is None:
            return []
        with translate_errors():
            pairs = self.records.repo.person_records(identity)
            found = self.records.repo.get_many(sorted({record_id for record_id, _ in pairs}))
        rows = []
        for record_id, role in pairs:
            record = found.get(record_id)
            if record is None:
                continue
            columns = summary(record)
            rows.append(
                PersonRecord(
                    record_id=record_id,
                    record_type=record.type,
                    role=role,
                    number=columns["number"],
                    status=record.status,
                    when=columns["when"] or record.created_at,
                    created_on=_day(record.created_at),
                )
            )
        return sorted(rows, key=lambda row: row.when, reverse=True)

    def probable_duplicates(
        self, typed: str, record_type: str, exclude: str | None = None
    ) -> list[PersonRecord]:
        """Records of ``record_type`` made today that name the same person: a record being made
        may repeat one (same type, same people, same day)."""
        today = self.records.session.now().date().isoformat()
        return [
            row
            for row in self.lookup(typed)
            if row.record_type == record_type
            and row.created_on == today
            and row.record_id != exclude
        ]


def tally(rows: list[PersonRecord]) -> list[tuple[str, str, int, bool]]:
    """(record type, role, how many, open) groups for a notice: "2 FIRs as accused", "1 unpaid
    challan" — ``open`` for challans still unpaid."""
    counts = Counter(
        (row.record_type, row.role, row.status in _OPEN.get(row.record_type, set())) for row in rows
    )
    order = list(KINDS)
    return sorted(
        ((kind, role, count, is_open) for (kind, role, is_open), count in counts.items()),
        key=lambda item: (order.index(item[0]) if item[0] in order else len(order), item[1]),
    )


def _day(moment: str) -> str:
    try:
        return in_pakistan(datetime.fromisoformat(moment)).date().isoformat()
    except ValueError:
        return date.min.isoformat()
