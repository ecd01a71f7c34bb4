"""Reports sent up (`fieldclient.domain.reports`), computed from this vault's records, and
written as CSV (UTF-8 with a byte-order mark, so Excel shows Urdu) in the words the caller
chooses."""

from __future__ import annotations

import csv
import dataclasses
import os
import tempfile
from datetime import timedelta
from pathlib import Path

from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.reports import REPORTS, Period, Report, cell_text
from fieldclient.domain.reports.attendance import month_of
from fieldclient.domain.reports.table import PERIOD, STATION, TRAINING, Translate
from fieldclient.services.attendance import AttendanceService
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session
from fieldclient.vault.database import translate_errors

# updated_at is compared by its written date: a day's margin covers any offset it was written in.
_OFFSET_MARGIN = timedelta(days=2)


class ReportService:
    def __init__(self, session: Session) -> None:
        self.session = session

    def compute(self, kind: str, period: Period) -> Report:
        """The report, marked as training when the vault is a practice vault."""
        report = self._compute(kind, period)
        return dataclasses.replace(report, training=self.session.training)

    def _compute(self, kind: str, period: Period) -> Report:
        report = REPORTS.get(kind)
        if report is None:
            raise ValidationFailed(
                [
                    FieldError(
                        "report",
                        f"must be one of {', '.join(REPORTS)} (you typed {kind!r})",
                        "report_unknown",
                    )
                ]
            )
        if report.reads == "attendance_return":
            year, month = month_of(period)
            rows = AttendanceService(RecordService(self.session)).monthly_return(year, month)
            return report.compute(rows, period, self.session.station)
        with translate_errors():
            records = self.session.repo.changed_since(
                report.record_types, period.start - _OFFSET_MARGIN
            )
        return report.compute(records, period, self.session.station)


def report_lines(report: Report, translate: Translate) -> list[list[str]]:
    """The report as rows of text: its title, station and period, then each section's title,
    headings and rows, a blank row between sections, and its notes."""
    lines = [[translate(TRAINING)]] if report.training else []
    lines += [
        [translate(report.title)],
        [translate(STATION), report.station],
        [translate(PERIOD), report.period.label()],
    ]
    for section in report.sections:
        lines += [[], [translate(section.title)], [translate(column) for column in section.columns]]
        lines += [
            [cell_text(cell, translate, grouped=False) for cell in row] for row in section.rows
        ]
    if report.notes:
        lines.append([])
        lines += [[translate(note)] for note in report.notes]
    return lines


def write_csv(report: Report, path: Path, translate: Translate) -> None:
    """The report as CSV at ``path`` (temp file, then moved into place)."""
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=".report-", suffix=".csv", dir=target.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8-sig", newline="") as out:
            csv.writer(out).writerows(report_lines(report, translate))
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
