"""Sanctioned absence from duty with dates: leave (casual, earned, medical), rest day, deputation.

An officer on a sanctioned absence is not counted absent by the roll call or the monthly return
(``attendance_return``). The leave kinds are named in the leave rules (Punjab and KP Revised
Leave Rules 1981, docs/REGISTERS.md §3: casual leave; leave on full pay, the earned leave; leave
on full pay on medical certificate); rest day and deputation are PRACTICE. A sanction given in
error is cancelled with a reason (the record stays, with its history), never edited.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.schema import Context, Field, choice, person_name, text
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

ABSENCE_KINDS = ("casual", "earned", "medical", "rest_day", "deputation")
LEAVE_KINDS = ("casual", "earned", "medical")
ABSENCE_LABELS = {
    "casual": QT_TRANSLATE_NOOP("RecordKind", "casual leave"),
    "earned": QT_TRANSLATE_NOOP("RecordKind", "earned leave (leave on full pay)"),
    "medical": QT_TRANSLATE_NOOP("RecordKind", "medical leave (on medical certificate)"),
    "rest_day": QT_TRANSLATE_NOOP("RecordKind", "rest day"),
    "deputation": QT_TRANSLATE_NOOP("RecordKind", "deputation"),
}
MAX_DAYS = 366

FIELDS = (
    Field("badge_no", formats.token("the badge number")),
    Field("absence_kind", choice(ABSENCE_KINDS)),
    Field("from_date", formats.calendar_date),
    Field("to_date", formats.calendar_date),
    Field("sanctioned_by", person_name, required=False),
    Field("order_no", formats.token("the order number"), required=False),
    Field("posted_to", text(max_length=200), required=False),
    Field("remarks", text(max_length=500), required=False),
)


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    first, last = date.fromisoformat(data["from_date"]), date.fromisoformat(data["to_date"])
    if last < first:
        ctx.add("to_date", "before_from", "must be on or after the first day")
    elif (last - first).days >= MAX_DAYS:
        ctx.add(
            "to_date",
            "too_long_absence",
            f"an absence is at most {MAX_DAYS} days; enter it in parts",
            {"days": MAX_DAYS},
        )
    if data["absence_kind"] == "deputation" and "posted_to" not in data:
        ctx.add("posted_to", "required", "is required for a deputation: where the officer serves")


def days_of(data: dict[str, Any]) -> tuple[date, date]:
    """First and last day of the absence (both included)."""
    return date.fromisoformat(data["from_date"]), date.fromisoformat(data["to_date"])


def summary(record: Record) -> dict[str, str]:
    data = record.data
    return {
        "number": "",
        "status": record.status,
        "title": data.get("badge_no", ""),
        "detail": " ".join(
            (data.get("absence_kind", ""), f"{data.get('from_date', '')}–{data.get('to_date', '')}")
        ),
        "when": data.get("from_date", ""),
    }


KIND = RecordKind(
    name="absence",
    label=QT_TRANSLATE_NOOP("RecordKind", "leave or absence"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Leave and absences"),
    statuses=("sanctioned", "cancelled"),
    initial="sanctioned",
    fields=FIELDS,
    transitions={"sanctioned": frozenset({"cancelled"})},
    reason_required_for=frozenset({"cancelled"}),
    cross_check=_cross_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Badge"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Leave"),
    ),
    time_field="from_date",
    frozen_message={
        "sanctioned": (
            "a sanctioned absence is not edited; cancel it with a reason and enter it again"
        ),
        "cancelled": "a cancelled absence cannot be changed",
    },
    status_labels={
        "sanctioned": QT_TRANSLATE_NOOP("status", "sanctioned"),
        "cancelled": QT_TRANSLATE_NOOP("status", "cancelled"),
    },
    list_page=False,  # shown on the attendance page's leave tab
)
