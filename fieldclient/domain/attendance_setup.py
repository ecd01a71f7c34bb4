"""The station's attendance set-up, read from its synced records: the duty roster on a day, the
PINs, enrolled fingers and supervisor marks in force, and who may make a supervisor override.

The set-up records are append-only (``records/duty_roster.py``, ``records/enrolment.py``); what is
in force is decided here, the same way on every device: the latest record by the hybrid logical
clock of its creation (causal order: a reset made after syncing a colleague's PIN comes after it,
whatever the two PCs' clocks say), then its ``set_at``, then its id; devices that synced the same
records agree.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from fieldclient.domain import roles
from fieldclient.domain.attendance_rollup import Shift
from fieldclient.domain.formats import parse_aware_time
from fieldclient.domain.records.duty_roster import DEFAULT_GRACE_MINUTES, WEEKDAYS


def _data(record: Any) -> Mapping[str, Any]:
    return record.data if hasattr(record, "data") else record


def _order(record: Any) -> tuple[str, datetime, str]:
    created = max(getattr(record, "clocks", {}).values(), default="")
    return created, parse_aware_time(_data(record)["set_at"]), str(getattr(record, "id", ""))


def shift_of(data: Mapping[str, Any]) -> Shift | None:
    """The shift a roster entry sets; None for an entry taking the officer off the roster."""
    if not data.get("on_roster", True):
        return None
    rest = {WEEKDAYS.index(day) for day in data.get("rest_days", [])}
    return Shift(
        start=time.fromisoformat(data["shift_start"]),
        end=time.fromisoformat(data["shift_end"]),
        grace_minutes=int(data.get("grace_minutes", DEFAULT_GRACE_MINUTES)),
        weekdays=frozenset(range(7)) - rest,
    )


@dataclass(frozen=True)
class RosterHistory:
    """Each officer's roster entries, in force from their ``effective_from`` day."""

    entries: Mapping[str, tuple[tuple[date, Shift | None], ...]]  # badge -> (from, shift), sorted

    def on(self, day: date) -> dict[str, Shift]:
        """The roster on ``day``: badge -> shift, for officers on the roster that day."""
        roster: dict[str, Shift] = {}
        for badge, changes in self.entries.items():
            in_force = [shift for start, shift in changes if start <= day]
            if in_force and in_force[-1] is not None:
                roster[badge] = in_force[-1]
        return roster

    def badges(self) -> list[str]:
        return sorted(self.entries)


def roster_history(records: Iterable[Any]) -> RosterHistory:
    """From ``duty_roster`` records (Records or their data), in any order."""
    ordered = sorted(records, key=lambda r: (_data(r)["effective_from"], *_order(r)))
    entries: dict[str, list[tuple[date, Shift | None]]] = {}
    for record in ordered:
        data = _data(record)
        entries.setdefault(data["badge_no"], []).append(
            (date.fromisoformat(data["effective_from"]), shift_of(data))
        )
    return RosterHistory({badge: tuple(changes) for badge, changes in entries.items()})


@dataclass(frozen=True)
class Enrolment:
    """What is in force now: badge -> PIN hash, badge -> finger template, supervisors."""

    pins: Mapping[str, str]
    fingers: Mapping[str, str]
    supervisors: frozenset[str]


def enrolment(records: Iterable[Any]) -> Enrolment:
    """From ``att_enrolment`` records (Records or their data), in any order."""
    latest: dict[tuple[str, str], Mapping[str, Any]] = {}
    for record in sorted(records, key=_order):
        data = _data(record)
        latest[(data["badge_no"], data["item"])] = data
    return Enrolment(
        pins={badge: d["pin_hash"] for (badge, item), d in latest.items() if item == "pin"},
        fingers={badge: d["template"] for (badge, item), d in latest.items() if item == "finger"},
        supervisors=frozenset(
            badge for (badge, item), d in latest.items() if item == "supervisor" and d["supervisor"]
        ),
    )


def may_override(
    badge: str, *, vault_officers: Mapping[str, str | None], supervisors: Collection[str]
) -> bool:
    """Whether ``badge`` may make a supervisor override of attendance: an officer of this vault
    (who can sign in on this device; ``vault_officers`` maps badge to role) marked supervisor in
    the station's enrolment, whose role may override (``roles.Action.OVERRIDE_ATTENDANCE``).
    The one place the rule lives."""
    return (
        badge in vault_officers
        and badge in supervisors
        and roles.may(vault_officers[badge], roles.Action.OVERRIDE_ATTENDANCE)
    )
