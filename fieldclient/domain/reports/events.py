"""When a record did what a report counts: the moves in its status history, in Pakistan time."""

from __future__ import annotations

from fieldclient.domain.record import Record
from fieldclient.domain.reports.period import Period


def moved_to(record: Record, status: str, period: Period) -> bool:
    """Whether the record moved to ``status`` on a day of the period (by its history entry's
    own time; a move made and later undone still happened that day)."""
    return any(
        entry.get("to") == status and period.holds(entry.get("at")) for entry in record.history
    )


def rupees(record: Record) -> int:
    fine = record.data.get("fine_total")
    return fine if isinstance(fine, int) and not isinstance(fine, bool) else 0
