"""The daily situation report (any period may be chosen; a day is usual): the FIRs registered by
head with the accused they name, the FIRs' later moves, the challans, the complaints and the
daily diary, each counted by the day of its move in Pakistan time.

No sourced form of the report was found (docs/REGISTERS.md §7): its contents are the station's
choice from what the registers hold. Arrests are not recorded in an FIR, so the report counts the
accused named in the FIRs registered, not arrests.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from fieldclient.domain.record import Record
from fieldclient.domain.records import KINDS
from fieldclient.domain.records.diary import ENTRY_TYPE_LABELS, ENTRY_TYPES
from fieldclient.domain.reports.events import moved_to, rupees
from fieldclient.domain.reports.heads import head_order, heads_of
from fieldclient.domain.reports.period import Period
from fieldclient.domain.reports.table import Cell, Report, Section, Term
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

TITLE = Term(QT_TRANSLATE_NOOP("Report", "Daily situation report"))
TOTAL = Term(QT_TRANSLATE_NOOP("Report", "Total"))
COUNT = Term(QT_TRANSLATE_NOOP("Report", "Count"))
FIR_MOVES = (
    "challan_submitted",
    "untraced",
    "cancellation_proposed",
    "cancelled",
    "transferred",
    "refused",
    "non_cognizable",
)
NOTES = (
    Term(
        QT_TRANSLATE_NOOP(
            "Report",
            "Arrests are not recorded in an FIR: the accused named in the FIRs registered are "
            "counted instead.",
        )
    ),
)


def _status(kind: str, status: str) -> Term:
    return Term(KINDS[kind].status_labels.get(status, status), "status")


def _firs(firs: list[Record], period: Period) -> tuple[Section, Section]:
    registered = [record for record in firs if moved_to(record, "registered", period)]
    by_head: dict[str, Counter[str]] = {}
    for record in registered:
        accused = record.data.get("accused", [])
        named = sum(1 for person in accused if not person.get("unknown"))
        for head in heads_of(record.data.get("offences", [])):
            counts = by_head.setdefault(head, Counter())
            counts["firs"] += 1
            counts["named"] += named
            counts["unknown"] += len(accused) - named
    rows: list[tuple[Cell, ...]] = [
        (head, by_head[head]["firs"], by_head[head]["named"], by_head[head]["unknown"])
        for head in sorted(by_head, key=head_order)
    ]
    named_total = sum(
        sum(1 for person in record.data.get("accused", []) if not person.get("unknown"))
        for record in registered
    )
    unknown_total = sum(len(record.data.get("accused", [])) for record in registered) - named_total
    rows.append((TOTAL, len(registered), named_total, unknown_total))
    registered_section = Section(
        Term(QT_TRANSLATE_NOOP("Report", "FIRs registered, by head")),
        (
            Term(QT_TRANSLATE_NOOP("Report", "Head")),
            Term(QT_TRANSLATE_NOOP("Report", "FIRs")),
            Term(QT_TRANSLATE_NOOP("Report", "Accused named")),
            Term(QT_TRANSLATE_NOOP("Report", "Accused not known")),
        ),
        tuple(rows),
    )
    moves = Section(
        Term(QT_TRANSLATE_NOOP("Report", "FIRs moved to")),
        (Term(QT_TRANSLATE_NOOP("Report", "Status")), COUNT),
        tuple(
            (_status("fir", status), sum(moved_to(record, status, period) for record in firs))
            for status in FIR_MOVES
        ),
    )
    return registered_section, moves


def _challans(challans: list[Record], period: Period) -> Section:
    issued = [record for record in challans if period.holds(record.data.get("issued_at"))]
    paid = [record for record in challans if moved_to(record, "paid", period)]
    return Section(
        Term(QT_TRANSLATE_NOOP("Report", "Traffic challans")),
        (
            Term(QT_TRANSLATE_NOOP("Report", "Issued")),
            Term(QT_TRANSLATE_NOOP("Report", "Fines imposed (Rs)")),
            Term(QT_TRANSLATE_NOOP("Report", "Paid")),
            Term(QT_TRANSLATE_NOOP("Report", "Fines paid (Rs)")),
        ),
        ((len(issued), sum(map(rupees, issued)), len(paid), sum(map(rupees, paid))),),
    )


def _complaints(complaints: list[Record], period: Period) -> Section:
    received = sum(period.holds(record.data.get("received_at")) for record in complaints)
    moves = ("inquiry", "converted", "filed", "referred")
    return Section(
        Term(QT_TRANSLATE_NOOP("Report", "Complaints")),
        (
            Term(QT_TRANSLATE_NOOP("Report", "Received")),
            *(_status("complaint", status) for status in moves),
        ),
        (
            (
                received,
                *(
                    sum(moved_to(record, status, period) for record in complaints)
                    for status in moves
                ),
            ),
        ),
    )


def _diary(entries: list[Record], period: Period) -> Section:
    counts = Counter(
        record.data.get("entry_type", "")
        for record in entries
        if record.data.get("diary_date") and period.holds_day_text(record.data["diary_date"])
    )
    rows: list[tuple[Cell, ...]] = [
        (Term(ENTRY_TYPE_LABELS[kind], "RecordKind"), counts[kind]) for kind in ENTRY_TYPES
    ]
    rows.append((TOTAL, sum(counts.values())))
    return Section(
        Term(QT_TRANSLATE_NOOP("Report", "Daily diary entries")),
        (Term(QT_TRANSLATE_NOOP("Report", "Kind of entry")), COUNT),
        tuple(rows),
    )


def situation_report(records: Iterable[Record], period: Period, station: str) -> Report:
    by_type: dict[str, list[Record]] = {}
    for record in records:
        by_type.setdefault(record.type, []).append(record)
    registered, moves = _firs(by_type.get("fir", []), period)
    return Report(
        kind="situation",
        title=TITLE,
        station=station,
        period=period,
        sections=(
            registered,
            moves,
            _challans(by_type.get("challan", []), period),
            _complaints(by_type.get("complaint", []), period),
            _diary(by_type.get("diary", []), period),
        ),
        notes=NOTES,
    )
