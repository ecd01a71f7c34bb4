"""The challan return (daily; any period may be chosen): the challans issued and their fines, the
same by violation (the fine each violation carries for that vehicle in the province's table), and
the challans that moved to each later status, with their fines, by the day of the move in
Pakistan time. No sourced form of the return was found (docs/REGISTERS.md §7).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from fieldclient.domain.record import Record
from fieldclient.domain.records import KINDS
from fieldclient.domain.reference import traffic_violations
from fieldclient.domain.reports.events import moved_to, rupees
from fieldclient.domain.reports.period import Period
from fieldclient.domain.reports.table import Cell, Report, Section, Term
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

TITLE = Term(QT_TRANSLATE_NOOP("Report", "Challan return"))
CHALLANS = Term(QT_TRANSLATE_NOOP("Report", "Challans"))
FINES = Term(QT_TRANSLATE_NOOP("Report", "Fines (Rs)"))
TOTAL = Term(QT_TRANSLATE_NOOP("Report", "Total"))


def _violation_fine(record: Record, code: str) -> tuple[str, int]:
    entry = traffic_violations(record.data.get("province", "")).get(code)
    if entry is None:
        return "", 0
    return entry.violation, entry.fines.get(record.data.get("vehicle_type", "")) or 0


def _by_violation(issued: list[Record]) -> Section:
    counts: Counter[tuple[str, str]] = Counter()
    fines: Counter[tuple[str, str]] = Counter()
    names: dict[tuple[str, str], str] = {}
    for record in issued:
        for code in record.data.get("violations", []):
            key = (record.data.get("province", ""), code)
            name, fine = _violation_fine(record, code)
            names.setdefault(key, name)
            counts[key] += 1
            fines[key] += fine
    rows: list[tuple[Cell, ...]] = [
        (province, code, names[(province, code)], counts[(province, code)], fines[(province, code)])
        for province, code in sorted(counts, key=lambda key: (key[0], _code_order(key[1])))
    ]
    return Section(
        Term(QT_TRANSLATE_NOOP("Report", "Issued, by violation")),
        (
            Term(QT_TRANSLATE_NOOP("Report", "Province")),
            Term(QT_TRANSLATE_NOOP("Report", "Code")),
            Term(QT_TRANSLATE_NOOP("Report", "Violation")),
            CHALLANS,
            FINES,
        ),
        tuple(rows),
    )


def _code_order(code: str) -> tuple[int, str]:
    return (int(code), "") if code.isdigit() else (10**9, code)


def challan_return(records: Iterable[Record], period: Period, station: str) -> Report:
    challans = [record for record in records if record.type == "challan"]
    issued = [record for record in challans if period.holds(record.data.get("issued_at"))]
    kind = KINDS["challan"]
    moves: list[tuple[Cell, ...]] = []
    for status in kind.statuses:
        if status == kind.initial:
            continue
        moved = [record for record in challans if moved_to(record, status, period)]
        moves.append(
            (
                Term(kind.status_labels.get(status, status), "status"),
                len(moved),
                sum(map(rupees, moved)),
            )
        )
    return Report(
        kind="challan_return",
        title=TITLE,
        station=station,
        period=period,
        sections=(
            Section(
                Term(QT_TRANSLATE_NOOP("Report", "Issued")),
                (CHALLANS, Term(QT_TRANSLATE_NOOP("Report", "Fines imposed (Rs)"))),
                ((len(issued), sum(map(rupees, issued))),),
            ),
            _by_violation(issued),
            Section(
                Term(QT_TRANSLATE_NOOP("Report", "Moved to, in the period")),
                (Term(QT_TRANSLATE_NOOP("Report", "Status")), CHALLANS, FINES),
                tuple(moves),
            ),
        ),
    )
