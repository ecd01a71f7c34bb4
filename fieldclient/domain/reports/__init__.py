"""Reports sent up, computed from the vault's records: the daily situation report, the crime
statement by head and the challan return, each for any period of days the station chooses, in
Pakistan time; and the monthly attendance return, for a month.

``REPORTS`` maps a report's name to its ``ReportKind``: its title, what it reads (``records`` of
its ``record_types``, or ``attendance_return``: the rows of the month's attendance return) and
the function that computes it from them. No Qt, no SQL: the services read the records.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from fieldclient.domain.reports import attendance, challan_return, crime_statement, situation
from fieldclient.domain.reports.period import Period
from fieldclient.domain.reports.table import Cell, Report, Section, Term, cell_text, english

__all__ = [
    "REPORTS",
    "Cell",
    "Period",
    "Report",
    "ReportKind",
    "Section",
    "Term",
    "cell_text",
    "english",
]


@dataclass(frozen=True)
class ReportKind:
    name: str
    title: Term
    record_types: frozenset[str]
    compute: Callable[[Iterable[Any], Period, str], Report]
    reads: str = "records"  # or "attendance_return"


REPORTS: dict[str, ReportKind] = {
    kind.name: kind
    for kind in (
        ReportKind(
            "situation",
            situation.TITLE,
            frozenset({"fir", "challan", "complaint", "diary"}),
            situation.situation_report,
        ),
        ReportKind(
            "crime_statement",
            crime_statement.TITLE,
            frozenset({"fir"}),
            crime_statement.crime_statement,
        ),
        ReportKind(
            "challan_return",
            challan_return.TITLE,
            frozenset({"challan"}),
            challan_return.challan_return,
        ),
        ReportKind(
            "attendance_return",
            attendance.TITLE,
            frozenset(),
            attendance.attendance_return,
            reads="attendance_return",
        ),
    )
}
