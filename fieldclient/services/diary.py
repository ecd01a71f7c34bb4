"""The daily diary on the device: entries in the open diary day, closing the day, the day's
entries in order, and the entries other registers make (attendance, FIR registration).

A closed day takes no more entries: once the day's closing entry exists, entries go to the next
diary day (r.22.48(1): the diary closes at the hour the SP fixes and its copy goes away). This is
checked here, on the device that writes; the server numbers what arrives in the day it names.
An entry made together with the record it reports (an attendance event, an FIR's registration)
is stored in the same transaction, so neither exists without the other.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from fieldclient.domain import records as kinds
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records import diary
from fieldclient.domain.records.pinning import content_pin
from fieldclient.services.records import RecordService
from fieldclient.vault.repository import RecordQuery

EntryFor = Callable[[Record], dict[str, Any]]  # the record just made -> its diary entry


class DiaryService:
    def __init__(self, records: RecordService) -> None:
        self.records = records

    # ---- reading -------------------------------------------------------------------------

    def entries(self, day: date) -> list[Record]:
        """The entries of diary day ``day``: those the server numbered in its order, then the
        ones still provisional in the order this device stored them."""
        query = RecordQuery(record_type="diary", date_from=day, date_to=day, descending=False)
        found = self.records.find(query)
        of_day = [r for r in found if r.data.get("diary_date") == day.isoformat()]
        numbered = sorted((r for r in of_day if r.number), key=lambda r: r.number or "")
        return numbered + [r for r in of_day if not r.number]

    def is_closed(self, day: date) -> bool:
        return any(r.data.get("entry_type") == "day_closed" for r in self.entries(day))

    def open_day(self) -> date:
        """The diary day an entry made now belongs to: today, or tomorrow once today is closed."""
        today = self.records.session.now().date()
        if not self.is_closed(today):
            return today
        tomorrow = today + timedelta(days=1)
        if self.is_closed(tomorrow):
            raise ValidationFailed(
                [FieldError("diary_date", "the diaries of today and tomorrow are closed", "closed")]
            )
        return tomorrow

    # ---- writing -------------------------------------------------------------------------

    def add(self, entry: dict[str, Any]) -> Record:
        """A hand-written entry (general, s.155 report, property received) in the open day."""
        return self.records.create("diary", self._in_open_day(entry))

    def close_day(self, text: str) -> Record:
        """Today's closing entry; afterwards today's diary takes no more entries."""
        today = self.records.session.now().date()
        if self.is_closed(today):
            raise ValidationFailed(
                [FieldError("diary_date", "today's diary is already closed", "closed")]
            )
        payload = {"entry_type": "day_closed", "text": text, "diary_date": today.isoformat()}
        return self.records.create("diary", payload)

    def create_with_entry(
        self, record_type: str, payload: Any, entry_for: EntryFor
    ) -> tuple[Record, Record]:
        """Store a new record and the diary entry that reports it, in one transaction."""
        now = self.records.session.now()
        record = self.records.new_record(record_type, payload, now)
        entry = self.records.new_record(
            "diary", self._in_open_day(entry_for(record) | {"record_ref": record.id}), now
        )
        with self.records.writer.transaction():
            self.records.store_new(record, now)
            self.records.store_new(entry, now)
        return record, entry

    def register_fir(self, fir_id: str, reason: str) -> tuple[Record, Record]:
        """Register a draft FIR under a new diary entry: the FIR's ``diary_no`` is the entry's
        number (provisional until the server's) and ``diary_entry_id`` links the entry."""
        records = self.records
        fir = records.get(fir_id)
        now = records.session.now()
        entry = records.new_record("diary", self._in_open_day(fir_entry(fir)), now)
        with records.writer.transaction():  # the entry's number is drawn with it stored
            entry_number = entry_number_on_device(entry, now, records.writer.take_short_number)
            linked = records.patched(fir, {"diary_no": entry_number, "diary_entry_id": entry.id})
            kinds.check_transition("fir", fir.status, "registered", reason, linked)
            kinds.check_role("fir", "registered", records.session.vault.role)
            records.store_new(entry, now)
            changed = records.writer.edit(fir, linked)
            records.session.vault.audit("fir.edit", fir.id, {"type": "fir", "fields": changed})
            step = records.writer.transition(fir, "registered", reason, pin=content_pin(linked))
            records.session.vault.audit(
                "fir.transition", fir.id, {"type": "fir", "from": step["from"], "to": "registered"}
            )
        return fir, entry

    def _in_open_day(self, entry: dict[str, Any]) -> dict[str, Any]:
        return {**entry, "diary_date": self.open_day().isoformat()}


def entry_number_on_device(
    entry: Record, now: Any, take_short_number: Callable[[], str | None]
) -> str:
    """The number the device gives a new entry (the provisional one: the server numbers it)."""
    diary.KIND.numbering.number_on_device(entry, now, lambda: None, take_short_number)
    return entry.number or entry.provisional_number or ""


def fir_entry(fir: Record) -> dict[str, Any]:
    informant = fir.data.get("informant", {}).get("name", "")
    offences = ", ".join(fir.data.get("offences", []))
    number = fir.number or fir.provisional_number or ""
    return {
        "entry_type": "fir",
        "text": f"FIR {number} registered: {offences}; informant {informant}.",
        "record_ref": fir.id,
    }


def tenant_entry(tenancy: Record) -> dict[str, Any]:
    data = tenancy.data
    return {
        "entry_type": "tenant",
        "text": (
            f"Tenant registered: {data.get('tenant', {}).get('name', '')} at "
            f"{data.get('property_address', '')}; landlord "
            f"{data.get('landlord', {}).get('name', '')}."
        ),
    }


def attendance_entry(event: Record) -> dict[str, Any]:
    data = event.data
    arriving = data.get("kind") == "check_in"
    words = "arrived on duty" if arriving else "departed from duty"
    duty = ", ".join(filter(None, (data.get("duty_nature"), data.get("duty_place"))))
    for_duty = f" for {duty}" if duty else ""
    return {
        "entry_type": "arrival" if arriving else "departure",
        "text": f"{data.get('badge_no', '')} {words}{for_duty} ({data.get('method', '')}).",
        "badge_no": data.get("badge_no"),
        "entered_at": data.get("at"),
    }
