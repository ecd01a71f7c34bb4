"""The attendance set-up is station data: a PIN, a finger, a shift and a supervisor mark set on
one device are known to a second device of the station after a sync through the real server."""

from __future__ import annotations

from datetime import time

import pytest

from fieldclient.domain.attendance_rollup import Shift
from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.scanner import SimulatedScanner
from fieldclient.services.station import StationServices


def test_a_second_device_recognises_the_pin_finger_roster_and_supervisor(new_device):
    first = new_device(badge="KP-1")
    desk = StationServices.for_session(first.session)
    desk.attendance.set_pin("KP-7", "4321")
    desk.attendance.set_shift("KP-7", Shift(time(8), time(16), 10, frozenset(range(6))))
    scanner = SimulatedScanner()
    scanner.place_finger("KP-7's thumb")
    desk.attendance.enrol_finger("KP-7", scanner)
    desk.attendance.set_pin("KP-2", "8642")
    desk.attendance.set_supervisor("KP-2", True)
    desk.attendance.set_pin("KP-1", "1357")
    desk.attendance.set_supervisor("KP-1", True)
    assert first.sync_ok().rejected == 0

    second = new_device(badge="KP-2")
    other = StationServices.for_session(second.session)
    with pytest.raises(ValidationFailed):
        other.attendance.check_by_pin("KP-7", "4321", "check_in")  # nothing pulled yet
    second.sync_ok()
    assert other.attendance.check_by_pin("KP-7", "4321", "check_in").data["method"] == "pin"
    assert other.attendance.roster()["KP-7"] == Shift(time(8), time(16), 10, frozenset(range(6)))
    second_scanner = SimulatedScanner()
    second_scanner.place_finger("KP-7's thumb")
    event = other.attendance.check_by_fingerprint(second_scanner, "check_out")
    assert event.data["badge_no"] == "KP-7"
    # KP-2 is an officer of the second device and marked supervisor: may override there.
    override = other.attendance.supervisor_override("KP-9", "KP-2", "8642", "check_in")
    assert override.data["supervisor_badge"] == "KP-2"
    # KP-1 is marked supervisor too, but is no officer of the second device's vault.
    with pytest.raises(ValidationFailed) as refused:
        other.attendance.supervisor_override("KP-9", "KP-1", "1357", "check_in")
    assert refused.value.fields == ["supervisor_badge"]

    # A reset on the second device reaches the first.
    other.attendance.set_pin("KP-7", "9753")
    assert second.sync_ok().rejected == 0
    first.sync_ok()
    with pytest.raises(ValidationFailed):
        desk.attendance.check_by_pin("KP-7", "4321", "check_in")
    assert desk.attendance.check_by_pin("KP-7", "9753", "check_in").data["badge_no"] == "KP-7"
