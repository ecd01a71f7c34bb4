"""The monthly attendance return per officer as a report sent up: the rows the attendance
return computes (`attendance_return.monthly_return`: days present, late, leave by kind, rest,
deputation, absent), for a whole month only."""

from __future__ import annotations

from collections.abc import Iterable

from fieldclient.domain.attendance_return import ReturnRow
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.records.absence import ABSENCE_LABELS, LEAVE_KINDS
from fieldclient.domain.reports.period import Period
from fieldclient.domain.reports.table import Cell, Report, Section, Term
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

TITLE = Term(QT_TRANSLATE_NOOP("Report", "Monthly attendance return"))
COLUMNS = (
    Term(QT_TRANSLATE_NOOP("Report", "Badge no.")),
    Term(QT_TRANSLATE_NOOP("Report", "Days present")),
    Term(QT_TRANSLATE_NOOP("Report", "Of which late")),
    *(Term(ABSENCE_LABELS[kind], "RecordKind") for kind in LEAVE_KINDS),
    Term(ABSENCE_LABELS["rest_day"], "RecordKind"),
    Term(ABSENCE_LABELS["deputation"], "RecordKind"),
    Term(QT_TRANSLATE_NOOP("Report", "Absent")),
)
NOTES = (
    Term(
        QT_TRANSLATE_NOOP(
            "Report", "Days of the month up to today; each day of an officer counted once."
        )
    ),
)


def month_of(period: Period) -> tuple[int, int]:
    """The (year, month) a period is, or `ValidationFailed` naming ``period``: the return is
    made for a whole month."""
    if period != Period.month(period.start.year, period.start.month):
        raise ValidationFailed(
            [
                FieldError(
                    "period",
                    "the attendance return is made for a whole month: choose a month",
                    "month_required",
                )
            ]
        )
    return period.start.year, period.start.month


def attendance_return(rows: Iterable[ReturnRow], period: Period, station: str) -> Report:
    month_of(period)
    table: list[tuple[Cell, ...]] = [
        (
            row.badge,
            row.present,
            row.late,
            *(row.leave[kind] for kind in LEAVE_KINDS),
            row.rest,
            row.deputation,
            row.absent,
        )
        for row in rows
    ]
    return Report(
        kind="attendance_return",
        title=TITLE,
        station=station,
        period=period,
        sections=(Section(Term(QT_TRANSLATE_NOOP("Report", "Officers")), COLUMNS, tuple(table)),),
        notes=NOTES,
    )
