"""Daily attendance roll-up: present / late / absent per rostered officer, from check-in/out events.

An officer's shift on ``day`` runs from ``start`` to ``end`` (an ``end`` at or before ``start``
means the shift ends the next morning). A check-in counts for the shift from ``EARLY_WINDOW`` before
its start until its end; a check-out counts from the first check-in until ``LATE_WINDOW`` after the
end. First check-in by start + grace is present, later is late, none is absent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from fieldclient.domain.formats import parse_aware_time
from fieldclient.domain.pakistan_time import PAKISTAN_TIME

EARLY_WINDOW = timedelta(hours=2)
LATE_WINDOW = timedelta(hours=6)
EVERY_DAY = frozenset(range(7))


@dataclass(frozen=True)
class Shift:
    start: time
    end: time
    grace_minutes: int = 10
    weekdays: frozenset[int] = EVERY_DAY  # Monday 0 … Sunday 6; other days are off duty


@dataclass(frozen=True)
class RollupRow:
    badge: str
    status: str  # "present" | "late" | "absent"
    first_in: datetime | None
    last_out: datetime | None


DutyRoster = Mapping[str, Shift]  # officer badge -> shift


def _event_data(event: Any) -> Mapping[str, Any]:
    """Accept attendance Records or their ``data`` dicts."""
    return event.data if hasattr(event, "data") else event


def rollup(
    events: Iterable[Any], roster: DutyRoster, day: date, tz: tzinfo = PAKISTAN_TIME
) -> list[RollupRow]:
    """One row per officer on duty that day, sorted by badge. Unrostered badges are ignored."""
    times: dict[tuple[str, str], list[datetime]] = {}
    for event in events:
        data = _event_data(event)
        if data.get("badge_no") in roster:
            moment = parse_aware_time(data["at"])
            times.setdefault((data["badge_no"], data["kind"]), []).append(moment)
    return [
        _row(
            badge,
            shift,
            day,
            tz,
            times.get((badge, "check_in"), []),
            times.get((badge, "check_out"), []),
        )
        for badge, shift in sorted(roster.items())
        if day.weekday() in shift.weekdays
    ]


def _row(
    badge: str,
    shift: Shift,
    day: date,
    tz: tzinfo,
    check_ins: list[datetime],
    check_outs: list[datetime],
) -> RollupRow:
    start = datetime.combine(day, shift.start, tz)
    end = datetime.combine(day, shift.end, tz)
    if end <= start:
        end += timedelta(days=1)
    ins = sorted(moment for moment in check_ins if start - EARLY_WINDOW <= moment <= end)
    if not ins:
        return RollupRow(badge, "absent", None, None)
    first_in = ins[0]
    outs = [moment for moment in check_outs if first_in <= moment <= end + LATE_WINDOW]
    on_time = first_in <= start + timedelta(minutes=shift.grace_minutes)
    return RollupRow(
        badge,
        "present" if on_time else "late",
        first_in.astimezone(tz),
        max(outs).astimezone(tz) if outs else None,
    )
