"""What a report is once computed: a title, the period, and sections of rows, in words that the
screen, the CSV and the PDF translate when they show them (``Term``), numbers, and data shown as
it is (a head of offences, a violation's name from the fine table).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from fieldclient.domain.reports.period import Period
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Term:
    """Words to translate where shown: ``QT_TRANSLATE_NOOP(context, english)`` marked."""

    english: str
    context: str = "Report"


Cell = int | str | Term
STATION = Term(QT_TRANSLATE_NOOP("Report", "Station"))
PERIOD = Term(QT_TRANSLATE_NOOP("Report", "Period"))
TRAINING = Term(QT_TRANSLATE_NOOP("Report", "TRAINING — practice records, not a real report"))
Translate = Callable[[Term], str]


@dataclass(frozen=True)
class Section:
    title: Term
    columns: tuple[Term, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Report:
    kind: str
    title: Term
    station: str
    period: Period
    sections: tuple[Section, ...]
    notes: tuple[Term, ...] = ()
    training: bool = False  # from a practice vault: every print and file says so


def english(term: Term) -> str:
    return term.english


def cell_text(cell: Cell, translate: Translate, *, grouped: bool = True) -> str:
    """A cell as shown: words translated, counts and rupees with thousands separators (none
    when ``grouped`` is false: a spreadsheet reads plain digits as numbers)."""
    if isinstance(cell, Term):
        return translate(cell)
    if isinstance(cell, int):
        return f"{cell:,}" if grouped else str(cell)
    return cell
