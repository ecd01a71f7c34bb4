"""Daily diary (roznamcha, Register No. II; Police Rules r.22.48): numbered, timed entries.

Each entry begins with the hour it was made (``entered_at``) and, when the information reached
the station at another hour, that hour too (``received_at``); each is numbered within its diary
day (r.22.48(2)). The server numbers it on arrival from the station's counter of that diary day
(``diary/2026-12-01``), so two devices never give one number twice; until then the device shows a
provisional number, which an FIR registered offline cites as its ``diary_no``.

Entries are never edited (a mistake is corrected by a new entry that refers to the wrong one).
The day's closing entry (``day_closed``, the daily copy sent to the Gazetted Officer, r.22.48(1))
closes the day: later entries go to the next diary day (``services/diary.py`` enforces it on
the device). See docs/REGISTERS.md §2.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.records.numbering import DueNumber, by_server
from fieldclient.domain.schema import Context, Field, choice, obj, person_name, text
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

ENTRY_TYPES = (
    "general",
    "arrival",
    "departure",
    "fir",
    "ncr_155",
    "tenant",
    "property_received",
    "day_closed",
)
ENTRY_TYPE_LABELS = {
    "general": QT_TRANSLATE_NOOP("RecordKind", "general"),
    "arrival": QT_TRANSLATE_NOOP("RecordKind", "arrival on duty"),
    "departure": QT_TRANSLATE_NOOP("RecordKind", "departure from duty"),
    "fir": QT_TRANSLATE_NOOP("RecordKind", "FIR registered"),
    "ncr_155": QT_TRANSLATE_NOOP("RecordKind", "non-cognizable report (s.155)"),
    "tenant": QT_TRANSLATE_NOOP("RecordKind", "tenant registered"),
    "property_received": QT_TRANSLATE_NOOP("RecordKind", "property received"),
    "day_closed": QT_TRANSLATE_NOOP("RecordKind", "day closed"),
}
# Entries the officer writes by hand; the others come from what they record (attendance, FIR).
HAND_WRITTEN = ("general", "ncr_155", "property_received")

_REPORTER = (
    Field("name", person_name),
    Field("rank", text(max_length=60), required=False),
    Field("belt_no", formats.token("the belt number"), required=False),
)

FIELDS = (
    Field("entry_type", choice(ENTRY_TYPES)),
    Field("text", text(max_length=10000), hint="write the entry"),
    Field("entered_at", formats.past_time, required=False),
    Field("diary_date", formats.calendar_date, required=False),
    Field("received_at", formats.past_time, required=False),
    Field("reporter", obj(_REPORTER), required=False),
    Field("badge_no", formats.token("the badge number"), required=False),
    Field("record_ref", formats.record_id, required=False),
)

_NEEDS = {
    "arrival": ("badge_no", "is required: whose arrival on duty"),
    "departure": ("badge_no", "is required: whose departure from duty"),
    "fir": ("record_ref", "is required: the FIR this entry records"),
    "tenant": ("record_ref", "is required: the tenant record this entry records"),
}


def day_of(moment: str) -> date:
    return formats.parse_aware_time(moment).astimezone(PAKISTAN_TIME).date()


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    data.setdefault("entered_at", ctx.now.isoformat(timespec="seconds"))
    entered = day_of(data["entered_at"])
    data.setdefault("diary_date", entered.isoformat())
    diary_date = date.fromisoformat(data["diary_date"])
    if diary_date not in (entered, entered + timedelta(days=1)):
        ctx.add(
            "diary_date",
            "not_entry_day",
            "must be the day of the entry, or the next day once the day is closed",
        )
    field_name, why = _NEEDS.get(data["entry_type"], ("", ""))
    if field_name and field_name not in data:
        ctx.add(field_name, "required", why)
    received = data.get("received_at")
    if received and formats.parse_aware_time(received) > formats.parse_aware_time(
        data["entered_at"]
    ):
        ctx.add("received_at", "after_entry", "must be before the hour of the entry")


# ---- numbers -------------------------------------------------------------------------------


def official_number(station: str, day: date, serial: int) -> str:
    """Entry ``serial`` of the station's diary of ``day``: ``DD-PS01-20261201-014``."""
    return f"DD-{station}-{day:%Y%m%d}-{serial:03d}"


def provisional_number(station: str, record_id: str) -> str:
    return f"P-DD-{station}-{record_id[:8].upper()}"


def _diary_day(doc: Mapping[str, Any], now: datetime) -> date:
    """The diary day the server numbers an entry in: the one it names (validated: the entry's
    own day or the next), else the server's own day."""
    data = doc.get("data")
    named = data.get("diary_date") if isinstance(data, Mapping) else None
    try:
        return date.fromisoformat(str(named))
    except ValueError:
        return now.astimezone(PAKISTAN_TIME).date()


def counter_for(station: str, doc: Mapping[str, Any], now: datetime) -> DueNumber:
    day = _diary_day(doc, now)
    return DueNumber(
        f"diary/{day.isoformat()}", lambda serial: official_number(station, day, serial)
    )


def summary(record: Record) -> dict[str, str]:
    return {
        "number": record.number or record.provisional_number or "",
        "status": record.status,
        "title": ENTRY_TYPE_LABELS.get(record.data.get("entry_type", ""), ""),
        "detail": record.data.get("text", "")[:120],
        "when": record.data.get("entered_at", ""),
    }


KIND = RecordKind(
    name="diary",
    label=QT_TRANSLATE_NOOP("RecordKind", "daily diary entry"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Daily diary"),
    statuses=("entered",),
    initial="entered",
    fields=FIELDS,
    transitions={},
    cross_check=_cross_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Entry"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Text"),
    ),
    time_field="diary_date",
    frozen_message={
        "entered": "a daily diary entry is never changed; add an entry that corrects it"
    },
    numbering=by_server(
        lambda station, _time, now: counter_for(station, {}, now),
        due_at=None,
        provisional=(
            lambda station, record_id, now: provisional_number(station, record_id),
            lambda station, record_id: re.escape(provisional_number(station, record_id)),
        ),
        counter_of_doc=counter_for,
    ),
    status_labels={"entered": QT_TRANSLATE_NOOP("status", "entered")},
)
