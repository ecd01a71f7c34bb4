"""Attendance by fingerprint, PIN and override; the roll-up; drafts kept in the vault."""

from datetime import datetime, time, timedelta

import pytest

from fieldclient.domain.attendance_rollup import PAKISTAN_TIME, Shift
from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.scanner import SimulatedScanner
from fieldclient.services.station import StationServices
from fieldclient.vault.repository import RecordQuery


@pytest.fixture
def station(session):
    return StationServices.for_session(session)


def test_fingerprint_check_in_is_stored(station):
    scanner = SimulatedScanner({"KP-7": 91})
    scanner.place_finger("KP-7")
    event = station.attendance.check_by_fingerprint(scanner, "check_in")
    assert event.data["match_score"] == 91 and event.data["method"] == "fingerprint"
    assert station.records.get(event.id).data["badge_no"] == "KP-7"


def test_rollup_against_the_roster(station):
    yesterday = datetime.now(PAKISTAN_TIME).date() - timedelta(days=1)
    for badge in ("KP-6", "KP-7", "KP-8"):
        station.attendance.set_shift(badge, Shift(time(8), time(16), 10), effective_from=yesterday)

    def check(badge: str, kind: str, hour: int, minute: int) -> None:
        at = datetime.combine(yesterday, time(hour, minute), PAKISTAN_TIME)
        payload = {"badge_no": badge, "kind": kind, "method": "pin", "at": at.isoformat()}
        station.records.create("attendance", payload | {"device": "pc-1"})

    check("KP-6", "check_in", 7, 55)
    check("KP-6", "check_out", 16, 5)
    check("KP-7", "check_in", 8, 25)
    rows = {row.badge: row for row in station.attendance.rollup(yesterday)}
    assert {b: r.status for b, r in rows.items()} == {
        "KP-6": "present",
        "KP-7": "late",
        "KP-8": "absent",
    }
    assert rows["KP-6"].last_out.hour == 16


def test_unrecognised_finger_stores_nothing(station):
    scanner = SimulatedScanner({"KP-7": 30})
    scanner.place_finger("KP-7")
    with pytest.raises(ValidationFailed, match="not recognised"):
        station.attendance.check_by_fingerprint(scanner, "check_in")
    assert station.session.repo.pending_count() == 0


def test_pin_and_supervisor_override(station):
    supervisor = station.session.officer_badge  # an officer of this vault
    station.attendance.set_pin("KP-7", "4321")
    station.attendance.set_pin(supervisor, "9999")
    with pytest.raises(ValidationFailed, match="pin"):
        station.attendance.check_by_pin("KP-7", "0000", "check_in")
    assert station.attendance.check_by_pin("KP-7", "4321", "check_in").data["method"] == "pin"

    def refused_field(by: str, pin: str) -> list[str]:
        with pytest.raises(ValidationFailed) as refused:
            station.attendance.supervisor_override("KP-9", by, pin, "check_in")
        return refused.value.fields

    assert refused_field(supervisor, "9999") == ["supervisor_badge"]  # not marked supervisor
    station.attendance.set_supervisor("KP-7", True)  # marked, has a PIN, not of this vault
    assert refused_field("KP-7", "4321") == ["supervisor_badge"]
    station.attendance.set_supervisor(supervisor, True)
    assert refused_field(supervisor, "1111") == ["supervisor_pin"]
    event = station.attendance.supervisor_override("KP-9", supervisor, "9999", "check_in")
    assert event.data["supervisor_badge"] == supervisor
    station.attendance.set_supervisor(supervisor, False)
    assert refused_field(supervisor, "9999") == ["supervisor_badge"]
    with pytest.raises(ValidationFailed):
        station.attendance.set_pin("KP-7", "12")


def test_a_pin_is_stored_only_as_a_salted_slow_hash_and_never_indexed(station):
    first = station.attendance.set_pin("KP-7", "4321")
    second = station.attendance.set_pin("KP-8", "4321")
    stored = first.data["pin_hash"]
    assert stored.startswith("scrypt$16384$8$1$") and "4321" not in stored
    assert stored != second.data["pin_hash"]  # salted
    assert station.records.find(RecordQuery(search="scrypt")) == []
    assert [r.id for r in station.records.find(RecordQuery(search="KP-7"))] == [first.id]


def test_roster_survives_reopening(station):
    station.attendance.set_shift("KP-7", Shift(time(8), time(16), 15, frozenset({0, 1, 2})))
    assert station.attendance.roster()["KP-7"] == Shift(time(8), time(16), 15, frozenset({0, 1, 2}))


def test_drafts_are_kept_per_form_and_officer(station):
    station.drafts.save("fir:new", {"informant": {"name": "نیم مکمل"}})
    station.drafts.save("fir:new", {"informant": {"name": "Half typed"}})
    draft = station.drafts.load("fir:new")
    assert draft.body == {"informant": {"name": "Half typed"}}
    assert [d.form_key for d in station.drafts.mine()] == ["fir:new"]
    station.drafts.discard("fir:new")
    assert station.drafts.load("fir:new") is None


def test_a_roster_and_pins_an_earlier_version_kept_on_the_device_become_station_records(session):
    import hashlib
    import json

    salt = bytes(range(16))
    old_digest = hashlib.scrypt(b"4321", salt=salt, n=2**14, r=8, p=1)  # as it was stored
    old_roster = {
        "KP-7": {
            "start": "08:00",
            "end": "16:00",
            "grace_minutes": 15,
            "weekdays": [0, 1, 2, 3, 4, 5],
        }
    }
    with session.vault.transaction():
        session.vault.set_meta("attendance_pin:KP-7", f"{salt.hex()}:{old_digest.hex()}")
        session.vault.set_meta("attendance_pin:KP-8", "damaged")
        session.vault.set_meta("duty_roster", json.dumps(old_roster))

    station = StationServices.for_session(session)
    assert station.attendance.check_by_pin("KP-7", "4321", "check_in").data["badge_no"] == "KP-7"
    assert not station.attendance.has_pin("KP-8")  # not well formed: set again
    today = station.session.now().date()
    assert station.attendance.roster(today.replace(day=1))["KP-7"] == Shift(
        time(8), time(16), 15, frozenset(range(6))
    )
    assert session.vault.get_meta("duty_roster") is None
    assert session.vault.get_meta("attendance_pin:KP-7") is None
    assert station.attendance.adopt_device_settings() == 0
    assert len(station.records.find(RecordQuery(record_type="att_enrolment"))) == 1
