"""Attendance events, the simulated fingerprint scanner, and the daily roll-up against a roster."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

import pytest

from fieldclient.domain.attendance_rollup import RollupRow, Shift, rollup
from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.records import (
    STATUSES,
    check_transition,
    initial_status,
    validate_new,
    validate_patch,
)
from fieldclient.domain.records.attendance import event_from_scan
from fieldclient.domain.scanner import (
    FingerprintScanner,
    ScannerError,
    ScanResult,
    SimulatedScanner,
)

PKT = timezone(timedelta(hours=5))
DAY = date(2026, 11, 23)  # a Monday


def codes(payload, now) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as refused:
        validate_new("attendance", payload, now=now)
    return [(e.field, e.code) for e in refused.value.errors]


def test_fingerprint_event_with_score(attendance_payload, now):
    data = validate_new("attendance", attendance_payload, now=now)
    assert data["match_score"] == 87
    assert initial_status("attendance") == "recorded"
    assert STATUSES["attendance"] == ("recorded",)


def test_pin_event_without_score(attendance_payload, now):
    del attendance_payload["match_score"]
    attendance_payload.update(method="pin", kind="check_out")
    assert validate_new("attendance", attendance_payload, now=now)["method"] == "pin"


def test_override_needs_another_officers_badge(attendance_payload, now):
    del attendance_payload["match_score"]
    attendance_payload["method"] = "supervisor_override"
    assert codes(attendance_payload, now) == [("supervisor_badge", "required")]
    attendance_payload["supervisor_badge"] = attendance_payload["badge_no"]
    assert codes(attendance_payload, now) == [("supervisor_badge", "self_override")]
    attendance_payload["supervisor_badge"] = "PSH-0007"
    assert validate_new("attendance", attendance_payload, now=now)["supervisor_badge"] == "PSH-0007"


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"match_score": 101}, [("match_score", "out_of_range")]),
        ({"method": "pin"}, [("match_score", "not_fingerprint")]),
        ({"supervisor_badge": "PSH-0007"}, [("supervisor_badge", "not_override")]),
        ({"kind": "checkin"}, [("kind", "not_a_choice")]),
        ({"method": "face"}, [("method", "not_a_choice")]),
        ({"at": "2026-11-22T18:00:00+05:00"}, [("at", "time_in_future")]),
    ],
)
def test_bad_attendance_fields_are_named(attendance_payload, now, changes, expected):
    attendance_payload.update(changes)
    assert codes(attendance_payload, now) == expected


def test_events_are_append_only(attendance_payload, now):
    data = validate_new("attendance", attendance_payload, now=now)
    with pytest.raises(FrozenRecord, match="record a new event"):
        validate_patch("attendance", "recorded", data, {"at": "2026-11-22T08:00:00+05:00"}, now=now)
    with pytest.raises(TransitionRefused, match="final"):
        check_transition("attendance", "recorded", "recorded", "x", data)


def test_simulated_scanner_matches_enrolled_fingers_above_threshold():
    scanner: FingerprintScanner = SimulatedScanner({"PSH-1021": 87, "PSH-2000": 25}, threshold=40)
    scanner.place_finger("PSH-1021")
    scanner.place_finger("PSH-2000")
    scanner.place_finger("VISITOR")
    assert scanner.capture() == ScanResult("PSH-1021", 87)
    assert scanner.capture() == ScanResult(None, 25)
    assert scanner.capture() == ScanResult(None, 0)
    with pytest.raises(ScannerError):
        scanner.capture()


def test_scan_becomes_a_valid_attendance_event(now):
    scanner = SimulatedScanner()
    scanner.enrol("PSH-1021", 92)
    scanner.place_finger("PSH-1021")
    payload = event_from_scan(scanner.capture(), kind="check_in", at=now, device="scanner-sim")
    data = validate_new("attendance", payload, now=now)
    assert (data["badge_no"], data["method"], data["match_score"]) == (
        "PSH-1021",
        "fingerprint",
        92,
    )
    with pytest.raises(ValidationFailed, match="not recognised"):
        event_from_scan(ScanResult(None, 12), kind="check_in", at=now, device="scanner-sim")


def event(badge: str, kind: str, hour: int, minute: int = 0, day: date = DAY) -> dict[str, str]:
    at = datetime(day.year, day.month, day.day, hour, minute, tzinfo=PKT)
    return {"badge_no": badge, "kind": kind, "method": "pin", "at": at.isoformat()}


ROSTER = {
    "A-1": Shift(time(9, 0), time(17, 0), grace_minutes=10),
    "B-2": Shift(time(9, 0), time(17, 0), grace_minutes=10),
    "C-3": Shift(time(9, 0), time(17, 0)),
    "N-4": Shift(time(22, 0), time(6, 0), grace_minutes=15),
    "W-5": Shift(time(9, 0), time(17, 0), weekdays=frozenset({5, 6})),
}


def test_rollup_present_late_absent_against_roster():
    events = [
        event("A-1", "check_in", 9, 8),
        event("A-1", "check_out", 13, 0),
        event("A-1", "check_out", 17, 5),
        event("B-2", "check_in", 9, 11),
        event("N-4", "check_in", 22, 10),
        event("N-4", "check_out", 6, 2, day=DAY + timedelta(days=1)),
        event("C-3", "check_in", 9, 0, day=DAY - timedelta(days=1)),
        event("Z-9", "check_in", 9, 0),
    ]
    rows = rollup(events, ROSTER, DAY)
    assert rows == [
        RollupRow(
            "A-1",
            "present",
            datetime(2026, 11, 23, 9, 8, tzinfo=PKT),
            datetime(2026, 11, 23, 17, 5, tzinfo=PKT),
        ),
        RollupRow("B-2", "late", datetime(2026, 11, 23, 9, 11, tzinfo=PKT), None),
        RollupRow("C-3", "absent", None, None),
        RollupRow(
            "N-4",
            "present",
            datetime(2026, 11, 23, 22, 10, tzinfo=PKT),
            datetime(2026, 11, 24, 6, 2, tzinfo=PKT),
        ),
    ]


def test_rollup_uses_the_earliest_check_in_and_reads_other_offsets():
    events = [
        event("A-1", "check_in", 10, 0),
        {"badge_no": "A-1", "kind": "check_in", "method": "pin", "at": "2026-11-23T04:05:00+00:00"},
    ]
    [row] = [r for r in rollup(events, ROSTER, DAY) if r.badge == "A-1"]
    assert row.status == "present"
    assert row.first_in == datetime(2026, 11, 23, 9, 5, tzinfo=PKT)


def test_check_in_long_before_the_shift_does_not_count():
    rows = rollup([event("A-1", "check_in", 5, 0)], {"A-1": ROSTER["A-1"]}, DAY)
    assert rows[0].status == "absent"


def test_officer_off_duty_that_weekday_is_not_listed():
    assert [row.badge for row in rollup([], ROSTER, DAY)] == ["A-1", "B-2", "C-3", "N-4"]
    assert "W-5" in [row.badge for row in rollup([], ROSTER, date(2026, 11, 28))]
