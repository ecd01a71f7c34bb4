"""The crime statement by head (sent up monthly; any period may be chosen): per head of offences,
the FIRs registered, traced, untraced, cancelled and challaned in the period.

Each is counted by the day of its move in the FIR's history, in Pakistan time: registered (the
registration), untraced, cancelled (the Magistrate's order recorded), challaned (the final report
under s.173 submitted), whenever the FIR itself was registered. The lifecycle has no "traced"
status (no rule defining it was read, docs/REGISTERS.md §7): traced counts the FIRs registered in
the period that name at least one accused. An FIR with offences under several heads is counted
under each; the total counts it once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from fieldclient.domain.record import Record
from fieldclient.domain.reports.events import moved_to
from fieldclient.domain.reports.heads import head_order, heads_of
from fieldclient.domain.reports.period import Period
from fieldclient.domain.reports.table import Report, Section, Term
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

TITLE = Term(QT_TRANSLATE_NOOP("Report", "Crime statement by head"))
COLUMNS = (
    Term(QT_TRANSLATE_NOOP("Report", "Head")),
    Term(QT_TRANSLATE_NOOP("Report", "Registered")),
    Term(QT_TRANSLATE_NOOP("Report", "Traced")),
    Term(QT_TRANSLATE_NOOP("Report", "Untraced")),
    Term(QT_TRANSLATE_NOOP("Report", "Cancelled")),
    Term(QT_TRANSLATE_NOOP("Report", "Challaned")),
)
TOTAL = Term(QT_TRANSLATE_NOOP("Report", "Total (each FIR once)"))
NOTES = (
    Term(
        QT_TRANSLATE_NOOP(
            "Report",
            "Counted by the day of each move in Pakistan time. Traced: FIRs registered in the "
            "period that name an accused. An FIR under several heads is counted under each.",
        )
    ),
)
MOVES = ("untraced", "cancelled", "challan_submitted")


def named_accused(record: Record) -> bool:
    return any(not person.get("unknown") for person in record.data.get("accused", []))


def fir_counts(record: Record, period: Period) -> tuple[int, ...]:
    """(registered, traced, untraced, cancelled, challaned) of one FIR in the period: 0 or 1."""
    registered = moved_to(record, "registered", period)
    return (
        int(registered),
        int(registered and named_accused(record)),
        *(int(moved_to(record, status, period)) for status in MOVES),
    )


def crime_statement(firs: Iterable[Record], period: Period, station: str) -> Report:
    by_head: dict[str, Counter[int]] = {}
    total: Counter[int] = Counter()
    for record in firs:
        if record.type != "fir":
            continue
        counts = fir_counts(record, period)
        if not any(counts):
            continue
        for index, value in enumerate(counts):
            total[index] += value
            for head in heads_of(record.data.get("offences", [])):
                by_head.setdefault(head, Counter())[index] += value
    rows: list[tuple[int | str | Term, ...]] = [
        (head, *(by_head[head][index] for index in range(5)))
        for head in sorted(by_head, key=head_order)
    ]
    rows.append((TOTAL, *(total[index] for index in range(5))))
    return Report(
        kind="crime_statement",
        title=TITLE,
        station=station,
        period=period,
        sections=(
            Section(Term(QT_TRANSLATE_NOOP("Report", "FIRs by head")), COLUMNS, tuple(rows)),
        ),
        notes=NOTES,
    )
