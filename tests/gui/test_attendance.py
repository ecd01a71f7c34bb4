"""The attendance screen: simulated fingerprint, PIN fallback, supervisor override, the roll-up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fieldclient.domain.attendance_rollup import Shift
from fieldclient.domain.scanner import ScanResult, SimulatedScanner
from fieldclient.services.station import StationServices
from fieldclient.ui.attendance import AttendanceScreen
from fieldclient.ui.forms import open_form
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.repository import RecordQuery

WAIT_MS = 10_000
ALL_DAY = Shift(start=time(0, 0), end=time(0, 0), grace_minutes=24 * 60)  # never late, never off


class UnpluggedScanner:
    """Stands in for a real device driver (hardware is the one thing tests may fake)."""

    def capture(self) -> ScanResult:
        return ScanResult(None, 0)

    def enrol_finger(self) -> str:
        raise AssertionError("not used here")

    def load_templates(self, templates) -> None:
        self.templates = dict(templates)


@pytest.fixture
def unexpected_failures() -> list[Exception]:
    return []


@pytest.fixture
def services(session) -> StationServices:
    """For setting up rosters and PINs and reading back, only while the DB thread is idle."""
    return StationServices.for_session(session)


@pytest.fixture
def tasks(qtbot, session, unexpected_failures) -> Iterator[Tasks]:
    running = Tasks(report_failure=unexpected_failures.append)
    running.open_session(lambda: session)
    qtbot.waitUntil(lambda: running.in_flight == 0, timeout=WAIT_MS)
    yield running
    running.shutdown()
    assert unexpected_failures == []


def open_screen(qtbot, tasks: Tasks, scanner) -> AttendanceScreen:
    screen = AttendanceScreen(tasks, scanner)
    qtbot.addWidget(screen)
    screen.show()
    idle(qtbot, tasks)
    return screen


def idle(qtbot, tasks: Tasks) -> None:
    qtbot.waitUntil(lambda: tasks.in_flight == 0, timeout=WAIT_MS)


def row_of(screen: AttendanceScreen, badge: str):
    return next((row for row in screen.model.rows if row.badge == badge), None)


def events(services: StationServices):
    return services.records.find(RecordQuery(record_type="attendance"))


def test_check_in_and_out_with_the_simulated_scanner(qtbot, qtmodeltester, tasks, services):
    services.attendance.set_shift("KP-1001", ALL_DAY)
    scanner = SimulatedScanner({"KP-1001": 87, "KP-1002": 20})
    screen = open_screen(qtbot, tasks, scanner)
    assert row_of(screen, "KP-1001").status == "absent"

    qtbot.keyClicks(screen.simulated_badge, "KP-1001")
    qtbot.keyClick(screen.simulated_badge, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row_of(screen, "KP-1001").first_in is not None, timeout=WAIT_MS)
    assert row_of(screen, "KP-1001").status == "present"
    assert "Checked in: KP-1001" in screen.message.text()
    assert "match 87" in screen.message.text()
    qtmodeltester.check(screen.model)
    [event] = events(services)
    assert (event.data["method"], event.data["match_score"]) == ("fingerprint", 87)

    screen.simulated_badge.clear()
    qtbot.keyClicks(screen.simulated_badge, "KP-1002")  # enrolled, but matches too weakly
    qtbot.mouseClick(screen.simulate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not recognised" in screen.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert len(events(services)) == 1

    qtbot.mouseClick(screen.scan_button, Qt.MouseButton.LeftButton)  # nobody on the scanner
    qtbot.waitUntil(lambda: "No finger" in screen.message.text(), timeout=WAIT_MS)

    qtbot.mouseClick(screen.check_out, Qt.MouseButton.LeftButton)
    screen.simulated_badge.clear()
    qtbot.keyClicks(screen.simulated_badge, "KP-1001")
    qtbot.mouseClick(screen.simulate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_of(screen, "KP-1001").last_out is not None, timeout=WAIT_MS)
    assert "Checked out: KP-1001" in screen.message.text()
    assert screen.model.data(screen.model.index(0, 3)) != "—"


def test_pin_fallback_and_a_wrong_pin(qtbot, tasks, services):
    services.attendance.set_shift("KP-1003", ALL_DAY)
    services.attendance.set_pin("KP-1003", "4321")
    screen = open_screen(qtbot, tasks, UnpluggedScanner())
    assert screen.simulate_button.isHidden()  # a real scanner gets no training control

    qtbot.keyClicks(screen.pin_badge, "KP-1003")
    qtbot.keyClicks(screen.pin, "1111")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong PIN" in screen.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert events(services) == []
    assert screen.pin.text() == ""

    qtbot.keyClicks(screen.pin, "4321")
    qtbot.mouseClick(screen.pin_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_of(screen, "KP-1003").first_in is not None, timeout=WAIT_MS)
    assert "Checked in: KP-1003" in screen.message.text()
    assert [event.data["method"] for event in events(services)] == ["pin"]


def test_supervisor_override(qtbot, tasks, services):
    supervisor = services.session.officer_badge  # an officer of this vault
    services.attendance.set_pin("KP-2000", "9999")  # a PIN, but not an officer of the vault
    services.attendance.set_supervisor("KP-2000", True)
    services.attendance.set_pin(supervisor, "9999")
    screen = open_screen(qtbot, tasks, None)
    qtbot.keyClicks(screen.override_badge, "KP-1004")
    qtbot.keyClicks(screen.supervisor_badge, "KP-2000")
    qtbot.keyClicks(screen.supervisor_pin, "9999")
    qtbot.mouseClick(screen.override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a supervisor" in screen.message.text(), timeout=WAIT_MS)
    screen.supervisor_badge.clear()
    qtbot.keyClicks(screen.supervisor_badge, supervisor)
    qtbot.keyClicks(screen.supervisor_pin, "9999")
    qtbot.mouseClick(screen.override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not a supervisor" in screen.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert events(services) == []
    services.attendance.set_supervisor(supervisor, True)
    qtbot.keyClicks(screen.supervisor_pin, "0000")
    qtbot.mouseClick(screen.override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrong supervisor PIN" in screen.message.text(), timeout=WAIT_MS)

    qtbot.keyClicks(screen.supervisor_pin, "9999")
    qtbot.mouseClick(screen.override_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: f"override by {supervisor}" in screen.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)  # the roll-up refresh after the event
    assert "not on today's duty roster" in screen.message.text()
    [event] = events(services)
    assert (event.data["badge_no"], event.data["supervisor_badge"]) == ("KP-1004", supervisor)


def test_open_form_shows_a_stored_event_and_records_a_new_one_by_pin(qtbot, tasks, services):
    services.attendance.set_pin("KP-1005", "2468")
    event = services.attendance.check_by_pin("KP-1005", "2468", "check_in")
    parent = QWidget()
    qtbot.addWidget(parent)

    shown = open_form(parent, tasks, "attendance", event.id)
    idle(qtbot, tasks)
    assert shown.details["badge_no"].text() == "KP-1005"
    assert shown.details["method"].text() == "PIN"

    new = open_form(parent, tasks, "attendance")
    idle(qtbot, tasks)
    qtbot.keyClicks(new.screen.pin_badge, "KP-1005")
    qtbot.keyClicks(new.screen.pin, "2468")
    qtbot.mouseClick(new.screen.check_out, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(new.saved, timeout=WAIT_MS) as saved:
        qtbot.mouseClick(new.screen.pin_button, Qt.MouseButton.LeftButton)
    idle(qtbot, tasks)
    assert services.records.get(saved.args[0]).data["kind"] == "check_out"
