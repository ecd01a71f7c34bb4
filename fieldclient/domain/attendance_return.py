"""The roll call and the monthly attendance return, from check-in/out events, the roster and the
sanctioned absences (leave, rest day, deputation).

A day of an officer counts as exactly one of: the kind of a sanctioned absence covering it (an
absence outranks everything else, a weekly rest day included); a rest day (a weekday off in the
officer's shift); present, late or absent as the daily roll-up says (``attendance_rollup``). Days
before the officer is on the roster, or after ``until`` (today), are not counted. Source:
PRACTICE (issue 13); no prescribed form of the return was read (docs/REGISTERS.md §3).
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain.attendance_rollup import Shift, rollup
from fieldclient.domain.attendance_setup import RosterHistory
from fieldclient.domain.formats import parse_aware_time
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.records.absence import LEAVE_KINDS

ROLL_CALL_SESSIONS = ("morning", "evening")


@dataclass(frozen=True)
class Absence:
    badge: str
    kind: str  # one of records.absence.ABSENCE_KINDS
    first: date
    last: date


def absences_from(records: Iterable[Any]) -> list[Absence]:
    """The sanctioned (not cancelled) absences among ``absence`` records."""
    return [
        Absence(
            r.data["badge_no"],
            r.data["absence_kind"],
            date.fromisoformat(r.data["from_date"]),
            date.fromisoformat(r.data["to_date"]),
        )
        for r in records
        if r.status == "sanctioned"
    ]


def absence_on(absences: Iterable[Absence], badge: str, day: date) -> str | None:
    """The kind of the sanctioned absence of ``badge`` covering ``day``, if any."""
    for absence in absences:
        if absence.badge == badge and absence.first <= day <= absence.last:
            return absence.kind
    return None


# ---- the monthly return ----------------------------------------------------------------------


@dataclass
class ReturnRow:
    badge: str
    present: int = 0  # days attended, late ones included
    late: int = 0  # of which late
    leave: dict[str, int] = field(default_factory=lambda: dict.fromkeys(LEAVE_KINDS, 0))
    rest: int = 0
    deputation: int = 0
    absent: int = 0

    def count(self, state: str) -> None:
        if state in LEAVE_KINDS:
            self.leave[state] += 1
        elif state == "rest_day":
            self.rest += 1
        elif state == "deputation":
            self.deputation += 1
        elif state == "absent":
            self.absent += 1
        else:  # present or late
            self.present += 1
            self.late += state == "late"


def month_days(year: int, month: int, until: date) -> list[date]:
    last = calendar.monthrange(year, month)[1]
    return [date(year, month, d) for d in range(1, last + 1) if date(year, month, d) <= until]


def monthly_return(
    events: Iterable[Any],
    absences: Iterable[Absence],
    history: RosterHistory,
    year: int,
    month: int,
    *,
    until: date,
) -> list[ReturnRow]:
    """One row per officer on the roster on some day of the month up to ``until``, by badge."""
    events = list(events)
    absences = list(absences)
    rows: dict[str, ReturnRow] = {}
    for day in month_days(year, month, until):
        roster = history.on(day)
        attended = {row.badge: row.status for row in rollup(events, roster, day)}
        for badge in roster:
            row = rows.setdefault(badge, ReturnRow(badge))
            row.count(absence_on(absences, badge, day) or attended.get(badge, "rest_day"))
    return [rows[badge] for badge in sorted(rows)]


RETURN_COLUMNS = (
    "badge",
    "present",
    "late",
    *(f"leave_{kind}" for kind in LEAVE_KINDS),
    "rest_days",
    "deputation",
    "absent",
)


def return_table(rows: Iterable[ReturnRow]) -> list[list[str | int]]:
    """The return as rows of cells in ``RETURN_COLUMNS`` order (for CSV and the screen)."""
    return [
        [
            row.badge,
            row.present,
            row.late,
            *(row.leave[kind] for kind in LEAVE_KINDS),
            row.rest,
            row.deputation,
            row.absent,
        ]
        for row in rows
    ]


# ---- the roll call ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RollCallRow:
    badge: str
    state: str  # present | on_duty | absent | rest_day | casual | earned | medical | deputation
    duty: str = ""  # for on_duty: the nature and place given on departure


def roll_call(
    events: Iterable[Any],
    absences: Iterable[Absence],
    roster: Mapping[str, Shift],
    at: datetime,
) -> list[RollCallRow]:
    """Who of the roster is present at ``at`` (checked in and not out since), out on a duty
    they departed for, on a sanctioned absence, on their rest day, or absent; by badge."""
    day = at.astimezone(PAKISTAN_TIME).date()
    absences = list(absences)
    last: dict[str, Mapping[str, Any]] = {}
    since = at - timedelta(hours=24)
    for event in sorted(
        (getattr(e, "data", e) for e in events), key=lambda d: parse_aware_time(d["at"])
    ):
        moment = parse_aware_time(event["at"])
        if since < moment <= at and event.get("badge_no") in roster:
            last[event["badge_no"]] = event
    rows = []
    for badge in sorted(roster):
        away = absence_on(absences, badge, day)
        event = last.get(badge)
        if away:
            rows.append(RollCallRow(badge, away))
        elif event is not None and event["kind"] == "check_in":
            rows.append(RollCallRow(badge, "present"))
        elif event is not None and event.get("duty_nature"):
            duty = ", ".join(filter(None, (event.get("duty_nature"), event.get("duty_place"))))
            rows.append(RollCallRow(badge, "on_duty", duty))
        elif day.weekday() not in roster[badge].weekdays:
            rows.append(RollCallRow(badge, "rest_day"))
        else:
            rows.append(RollCallRow(badge, "absent"))
    return rows
