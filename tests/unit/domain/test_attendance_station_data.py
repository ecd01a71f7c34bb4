"""The attendance set-up as station data (roster, PINs, fingers, supervisors), absences, the roll
call and the monthly return: the rules of the Qt-free domain."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from fieldclient.domain.attendance_pins import hash_is_acceptable, hash_pin, pin_matches
from fieldclient.domain.attendance_return import (
    Absence,
    monthly_return,
    return_table,
    roll_call,
)
from fieldclient.domain.attendance_rollup import Shift
from fieldclient.domain.attendance_setup import enrolment, may_override, roster_history
from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.records import check_transition, validate_new
from fieldclient.domain.scanner import SimulatedScanner

PKT = timezone(timedelta(hours=5))
NOW = datetime(2026, 11, 30, 21, 0, tzinfo=PKT)


def refused(kind: str, payload: dict) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as failure:
        validate_new(kind, payload, now=NOW)
    return [(e.field, e.code) for e in failure.value.errors]


def roster_entry(badge: str, start: str, end: str, **more) -> dict:
    return {
        "badge_no": badge,
        "shift_start": start,
        "shift_end": end,
        "effective_from": "2026-11-01",
        "set_at": "2026-11-01T09:00:00+05:00",
        **more,
    }


def test_a_roster_entry_is_checked_and_normalised():
    data = validate_new(
        "duty_roster",
        roster_entry("KP-1", "08:00", "16:00", rest_days=["sunday", "friday", "sunday"]),
        now=NOW,
    )
    assert data["rest_days"] == ["friday", "sunday"]
    assert refused("duty_roster", roster_entry("KP-1", "8am", "16:00")) == [
        ("shift_start", "clock_format")
    ]
    no_shift = {k: v for k, v in roster_entry("KP-1", "08:00", "16:00").items() if k != "shift_end"}
    assert refused("duty_roster", no_shift) == [("shift_end", "required")]
    off = roster_entry("KP-1", "08:00", "16:00", on_roster=False)
    assert refused("duty_roster", off) == [("on_roster", "off_roster_with_shift")]
    seven = roster_entry(
        "KP-1",
        "08:00",
        "16:00",
        rest_days=["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"],
    )
    assert refused("duty_roster", seven) == [("rest_days", "too_many")]


def test_the_roster_on_a_day_is_the_latest_entry_in_force_then():
    history = roster_history(
        [
            roster_entry("KP-1", "08:00", "16:00", rest_days=["sunday"]),
            roster_entry(
                "KP-1",
                "20:00",
                "08:00",
                effective_from="2026-11-15",
                set_at="2026-11-10T09:00:00+05:00",
            ),
            roster_entry("KP-1", "09:00", "17:00", set_at="2026-11-02T09:00:00+05:00"),
            {
                "badge_no": "KP-2",
                "on_roster": False,
                "effective_from": "2026-11-20",
                "set_at": "2026-11-02T09:00:00+05:00",
            },
            roster_entry("KP-2", "08:00", "16:00"),
        ]
    )
    assert history.on(date(2026, 10, 31)) == {}
    assert history.on(date(2026, 11, 5)) == {
        "KP-1": Shift(time(9), time(17)),  # the later of the two set on 1 November
        "KP-2": Shift(time(8), time(16)),
    }
    assert history.on(date(2026, 11, 20)) == {"KP-1": Shift(time(20), time(8))}


def test_enrolment_in_force_is_the_latest_per_officer_and_item():
    old, new = hash_pin("1111"), hash_pin("2222")
    records = [
        {"badge_no": "KP-1", "item": "pin", "pin_hash": new, "set_at": "2026-11-02T09:00:00+05:00"},
        {"badge_no": "KP-1", "item": "pin", "pin_hash": old, "set_at": "2026-11-01T09:00:00+05:00"},
        {
            "badge_no": "KP-1",
            "item": "supervisor",
            "supervisor": True,
            "set_at": "2026-11-01T09:00:00+05:00",
        },
        {
            "badge_no": "KP-2",
            "item": "supervisor",
            "supervisor": True,
            "set_at": "2026-11-01T09:00:00+05:00",
        },
        {
            "badge_no": "KP-2",
            "item": "supervisor",
            "supervisor": False,
            "set_at": "2026-11-03T09:00:00+05:00",
        },
    ]
    for data in records:
        assert validate_new("att_enrolment", data, now=NOW) == data
    state = enrolment(records)
    assert pin_matches(state.pins["KP-1"], "2222") and not pin_matches(state.pins["KP-1"], "1111")
    assert state.supervisors == {"KP-1"}


def test_only_an_officer_of_the_vault_marked_supervisor_with_a_supervisors_role_may_override():
    officers = {"KP-1": "sho", "KP-3": "moharrir", "KP-4": "traffic_warden", "KP-5": None}
    marked = {"KP-1", "KP-2", "KP-4", "KP-5"}
    assert may_override("KP-1", vault_officers=officers, supervisors=marked)
    assert may_override("KP-5", vault_officers=officers, supervisors=marked)  # default: Moharrir
    assert not may_override("KP-2", vault_officers=officers, supervisors=marked)  # not here
    assert not may_override("KP-3", vault_officers=officers, supervisors=marked)  # not marked
    assert not may_override("KP-4", vault_officers=officers, supervisors=marked)  # a warden


def test_pin_hashes_are_salted_slow_and_a_crafted_cost_is_refused():
    stored = hash_pin("4321")
    assert hash_is_acceptable(stored) and pin_matches(stored, "4321")
    assert not pin_matches(stored, "4322") and not pin_matches(stored, "٤٣٢١")
    crafted = stored.replace("$16384$", "$1073741824$")
    assert not hash_is_acceptable(crafted) and not pin_matches(crafted, "4321")
    base = {"badge_no": "KP-1", "item": "pin", "set_at": "2026-11-01T09:00:00+05:00"}
    assert refused("att_enrolment", base | {"pin_hash": crafted}) == [
        ("pin_hash", "pin_hash_format")
    ]
    assert refused("att_enrolment", base | {"pin_hash": "4321"}) == [
        ("pin_hash", "pin_hash_format")
    ]
    assert refused("att_enrolment", base) == [("pin_hash", "required")]
    assert refused("att_enrolment", base | {"pin_hash": stored, "supervisor": True}) == [
        ("supervisor", "not_this_item")
    ]
    with pytest.raises(ValidationFailed):
        hash_pin("12")


def test_a_finger_enrolled_from_the_simulated_scanner_is_recognised_once_loaded():
    scanner = SimulatedScanner()
    scanner.place_finger("finger of KP-5")
    template = scanner.enrol_finger()
    payload = {
        "badge_no": "KP-5",
        "item": "finger",
        "finger": "right_thumb",
        "template": template,
        "set_at": "2026-11-01T09:00:00+05:00",
    }
    assert validate_new("att_enrolment", payload, now=NOW)["template"] == template
    scanner.place_finger("finger of KP-5")
    assert scanner.capture().badge is None  # not loaded yet
    scanner.load_templates({"KP-5": template, "KP-6": "bm90IGEgc2ltdWxhdGVkIG9uZQ=="})
    scanner.place_finger("finger of KP-5")
    scanner.place_finger("finger of KP-6")
    assert scanner.capture().badge == "KP-5"
    assert scanner.capture().badge is None
    assert refused("att_enrolment", payload | {"template": "not base64!"}) == [
        ("template", "template_format")
    ]


def test_an_absence_has_a_kind_and_dates_and_is_cancelled_with_a_reason():
    leave = {
        "badge_no": "KP-1",
        "absence_kind": "casual",
        "from_date": "2026-11-10",
        "to_date": "2026-11-11",
    }
    assert validate_new("absence", leave, now=NOW) == leave
    assert refused("absence", leave | {"to_date": "2026-11-09"}) == [("to_date", "before_from")]
    assert refused("absence", leave | {"absence_kind": "holiday"}) == [
        ("absence_kind", "not_a_choice")
    ]
    assert refused("absence", leave | {"absence_kind": "deputation"}) == [("posted_to", "required")]
    with pytest.raises(Exception, match="reason"):
        check_transition("absence", "sanctioned", "cancelled", "", leave)
    check_transition("absence", "sanctioned", "cancelled", "sanctioned in error", leave)


def test_duty_nature_and_place_are_given_on_departure_only():
    event = {
        "badge_no": "KP-1",
        "kind": "check_out",
        "method": "pin",
        "at": "2026-11-30T10:00:00+05:00",
        "duty_nature": "Patrol",
        "duty_place": "Saddar bazaar",
    }
    assert validate_new("attendance", event, now=NOW)["duty_place"] == "Saddar bazaar"
    assert refused("attendance", event | {"kind": "check_in"}) == [
        ("duty_nature", "not_departure"),
        ("duty_place", "not_departure"),
    ]


def _event(badge: str, kind: str, day: int, hour: int, minute: int = 0, **more) -> dict:
    at = datetime(2026, 11, day, hour, minute, tzinfo=PKT)
    return {"badge_no": badge, "kind": kind, "method": "pin", "at": at.isoformat(), **more}


def test_roll_call_counts_leave_rest_and_duty_apart_from_absence():
    roster = {
        "KP-1": Shift(time(8), time(16)),
        "KP-2": Shift(time(8), time(16)),
        "KP-3": Shift(time(8), time(16)),
        "KP-4": Shift(time(8), time(16), weekdays=frozenset(range(6))),  # Sunday off
        "KP-5": Shift(time(8), time(16)),
    }
    events = [
        _event("KP-1", "check_in", 29, 7, 50),
        _event("KP-2", "check_in", 29, 7, 55),
        _event("KP-2", "check_out", 29, 8, 5, duty_nature="Court", duty_place="Sessions court"),
        _event("KP-1", "check_in", 29, 9),  # after the roll call: not counted
    ]
    leave = [Absence("KP-3", "medical", date(2026, 11, 28), date(2026, 11, 30))]
    at = datetime(2026, 11, 29, 8, 30, tzinfo=PKT)  # a Sunday
    rows = {row.badge: (row.state, row.duty) for row in roll_call(events, leave, roster, at)}
    assert rows == {
        "KP-1": ("present", ""),
        "KP-2": ("on_duty", "Court, Sessions court"),
        "KP-3": ("medical", ""),
        "KP-4": ("rest_day", ""),
        "KP-5": ("absent", ""),
    }


def test_the_monthly_return_per_officer():
    history = roster_history(
        [
            roster_entry("KP-1", "08:00", "16:00", rest_days=["sunday"]),
            roster_entry("KP-2", "08:00", "16:00", effective_from="2026-11-27"),
        ]
    )
    events = [_event("KP-1", "check_in", day, 7, 55) for day in (2, 3, 4)]
    events.append(_event("KP-1", "check_in", 5, 9, 0))  # late
    absences = [
        Absence("KP-1", "casual", date(2026, 11, 6), date(2026, 11, 7)),
        Absence("KP-1", "deputation", date(2026, 11, 9), date(2026, 11, 10)),
        Absence("KP-2", "earned", date(2026, 11, 28), date(2026, 12, 3)),
    ]
    rows = monthly_return(events, absences, history, 2026, 11, until=date(2026, 11, 30))
    one, two = rows
    # November 2026: 30 days, Sundays 1, 8, 15, 22, 29 (rest); 2-5 attended (5th late);
    # 6-7 casual leave; 9-10 deputation; the other 17 days absent.
    assert (one.badge, one.present, one.late, one.rest, one.deputation, one.absent) == (
        "KP-1",
        4,
        1,
        5,
        2,
        17,
    )
    assert one.leave == {"casual": 2, "earned": 0, "medical": 0}
    # KP-2 on the roster from the 27th: absent 27th, earned leave 28-30.
    assert (two.present, two.absent, two.leave["earned"]) == (0, 1, 3)
    assert return_table(rows)[0] == ["KP-1", 4, 1, 2, 0, 0, 5, 2, 17]
    partial = monthly_return(events, absences, history, 2026, 11, until=date(2026, 11, 5))
    assert (partial[0].present, partial[0].absent, partial[0].rest) == (4, 0, 1)
