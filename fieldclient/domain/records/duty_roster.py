"""The duty roster as station data: one record per change of an officer's shift.

Append-only: a change is a new record, and an officer's shift on a day is the one of the latest
record whose ``effective_from`` is on or before that day (ties: the later ``set_at``, then the
record id), so two devices that change the roster offline agree once both have synced
(``attendance_setup.roster_on``). ``on_roster: false`` takes the officer off the roster from
``effective_from``. Rest days are weekdays off duty. Source: PRACTICE (issue 13); no Police Rules
text on duty rosters was read (docs/REGISTERS.md §3).
"""

from __future__ import annotations

import re
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.schema import BadValue, Context, Field, boolean, choice, integer, list_of
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY_LABELS = {
    "monday": QT_TRANSLATE_NOOP("RecordKind", "Monday"),
    "tuesday": QT_TRANSLATE_NOOP("RecordKind", "Tuesday"),
    "wednesday": QT_TRANSLATE_NOOP("RecordKind", "Wednesday"),
    "thursday": QT_TRANSLATE_NOOP("RecordKind", "Thursday"),
    "friday": QT_TRANSLATE_NOOP("RecordKind", "Friday"),
    "saturday": QT_TRANSLATE_NOOP("RecordKind", "Saturday"),
    "sunday": QT_TRANSLATE_NOOP("RecordKind", "Sunday"),
}
DEFAULT_GRACE_MINUTES = 10
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):([0-5][0-9])")


def clock_time(value: Any, path: str, ctx: Context) -> str:
    """A time of day written HH:MM (24 hours), like 08:00 or 20:30."""
    if not isinstance(value, str) or not _CLOCK.fullmatch(value.strip()):
        raise BadValue(
            "clock_format",
            f"must be a time of day written HH:MM, like 08:00 or 20:30 (you typed {value!r:.40})",
        )
    return value.strip()


def _weekdays(value: Any, path: str, ctx: Context) -> list[str]:
    days = list_of(choice(WEEKDAYS), max_items=6, what="weekday")(value, path, ctx)
    return sorted(set(days), key=WEEKDAYS.index)


FIELDS = (
    Field("badge_no", formats.token("the badge number")),
    Field("shift_start", clock_time, required=False, hint="the time the shift begins, like 08:00"),
    Field("shift_end", clock_time, required=False, hint="the time the shift ends, like 16:00"),
    Field("grace_minutes", integer(0, 1440), required=False),
    Field("rest_days", _weekdays, required=False),
    Field("effective_from", formats.calendar_date),
    Field("on_roster", boolean, required=False),
    Field("set_at", formats.past_time),
)


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    if data.get("on_roster", True):
        for name in ("shift_start", "shift_end"):
            if name not in data:
                ctx.add(name, "required", "is required for an officer on the roster")
    elif any(name in data for name in ("shift_start", "shift_end", "rest_days")):
        ctx.add(
            "on_roster",
            "off_roster_with_shift",
            "an officer taken off the roster has no shift; leave the shift empty",
        )


def summary(record: Record) -> dict[str, str]:
    data = record.data
    shift = (
        f"{data.get('shift_start', '')}–{data.get('shift_end', '')}"
        if data.get("on_roster", True)
        else "off the roster"
    )
    return {
        "number": "",
        "status": record.status,
        "title": data.get("badge_no", ""),
        "detail": f"{shift} from {data.get('effective_from', '')}",
        "when": data.get("set_at", ""),
    }


KIND = RecordKind(
    name="duty_roster",
    label=QT_TRANSLATE_NOOP("RecordKind", "duty roster entry"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Duty roster"),
    statuses=("recorded",),
    initial="recorded",
    fields=FIELDS,
    transitions={},
    cross_check=_cross_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Badge"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Shift"),
    ),
    time_field="set_at",
    frozen_message={"recorded": "a roster entry is never changed; set the shift again instead"},
    status_labels={"recorded": QT_TRANSLATE_NOOP("status", "recorded")},
    list_page=False,  # shown on the attendance set-up screen
)
