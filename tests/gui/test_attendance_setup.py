"""Attendance set-up, check-out with duty, leave, roll call and the monthly return, driven the way
a duty officer would (issue 13, issue 15.1)."""

from __future__ import annotations

import csv
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QDate, Qt, QTime

from fieldclient.domain.scanner import SimulatedScanner
from fieldclient.services.station import StationServices
from fieldclient.ui.attendance import AttendanceScreen
from fieldclient.ui.attendance.leave_screen import LeaveScreen
from fieldclient.ui.attendance.return_screen import ReturnScreen
from fieldclient.ui.attendance.setup_screen import AttendanceSetup
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.repository import RecordQuery

WAIT_MS = 10_000
# Screens stay referenced until the threads stopped: a background job holding the last reference
# to a screen would otherwise delete it on the vault's thread (pytest-qt keeps only weak ones).
KEPT: list[object] = []


@pytest.fixture
def failures() -> list[Exception]:
    return []


@pytest.fixture
def services(session) -> StationServices:
    return StationServices.for_session(session)


@pytest.fixture
def tasks(qtbot, session, failures) -> Iterator[Tasks]:
    running = Tasks(report_failure=failures.append)
    running.open_session(lambda: session)
    qtbot.waitUntil(lambda: running.in_flight == 0, timeout=WAIT_MS)
    yield running
    running.shutdown()
    KEPT.clear()
    assert failures == []


def idle(qtbot, tasks: Tasks) -> None:
    qtbot.waitUntil(lambda: tasks.in_flight == 0, timeout=WAIT_MS)


def shown(qtbot, tasks, widget):
    KEPT.append(widget)
    qtbot.addWidget(widget)
    widget.show()
    idle(qtbot, tasks)
    return widget


def type_into(qtbot, box, text: str) -> None:
    box.clear()
    qtbot.keyClicks(box, text)


def test_set_up_then_the_finger_is_recognised_and_the_pin_accepted(qtbot, tasks, services):
    scanner = SimulatedScanner()
    setup = shown(qtbot, tasks, AttendanceSetup(tasks, scanner))
    qtbot.mouseClick(setup.save_shift, Qt.MouseButton.LeftButton)
    assert "badge number first" in setup.message.text()

    type_into(qtbot, setup.badge, "KP-3001")
    setup.start.setTime(QTime(0, 0))
    setup.end.setTime(QTime(0, 0))  # round the clock: never off duty in the test
    setup.grace.setValue(1440)
    qtbot.mouseClick(setup.save_shift, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Shift saved" in setup.message.text(), timeout=WAIT_MS)

    qtbot.keyClicks(setup.pin, "2468")
    qtbot.keyClicks(setup.pin_again, "2469")
    qtbot.mouseClick(setup.set_pin_button, Qt.MouseButton.LeftButton)
    assert "differ" in setup.message.text()
    qtbot.keyClicks(setup.pin, "24")
    qtbot.keyClicks(setup.pin_again, "24")
    qtbot.keyClick(setup.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "4 to 12 digits" in setup.message.text(), timeout=WAIT_MS)
    qtbot.keyClicks(setup.pin, "2468")
    qtbot.keyClicks(setup.pin_again, "2468")
    qtbot.keyClick(setup.pin_again, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "PIN set for KP-3001" in setup.message.text(), timeout=WAIT_MS)

    qtbot.mouseClick(setup.enrol_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Finger enrolled" in setup.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert setup.row_of("KP-3001") == ["KP-3001", "00:00–00:00", "", "yes", "yes", ""]

    screen = shown(qtbot, tasks, AttendanceScreen(tasks, scanner))
    qtbot.keyClicks(screen.simulated_badge, "KP-3001")
    qtbot.keyClick(screen.simulated_badge, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Checked in: KP-3001" in screen.message.text(), timeout=WAIT_MS)
    qtbot.keyClicks(screen.pin_badge, "KP-3001")
    qtbot.keyClicks(screen.pin, "2468")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "(PIN)" in screen.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    events = services.records.find(RecordQuery(record_type="attendance"))
    assert sorted(e.data["method"] for e in events) == ["fingerprint", "pin"]


def test_the_supervisor_mark_is_set_on_the_set_up_screen(qtbot, tasks, services):
    me = services.session.officer_badge
    setup = shown(qtbot, tasks, AttendanceSetup(tasks, None))
    assert not setup.enrol_button.isEnabled()  # no scanner on this PC
    qtbot.keyClicks(setup.badge, me)
    setup.supervisor.setChecked(True)
    qtbot.mouseClick(setup.supervisor_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "marked supervisor" in setup.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert services.attendance.may_override(me)
    assert setup.row_of(me)[-1] == "yes"


def test_check_out_records_the_nature_and_place_of_duty(qtbot, tasks, services):
    services.attendance.set_pin("KP-3002", "1357")
    screen = shown(qtbot, tasks, AttendanceScreen(tasks, None))
    assert not screen.duty_group.isEnabled()  # arriving: no duty to give
    qtbot.mouseClick(screen.check_out, Qt.MouseButton.LeftButton)
    assert screen.duty_group.isEnabled()
    screen.duty_nature.setCurrentIndex(1)  # Patrol (gasht)
    qtbot.keyClicks(screen.duty_place, "Saddar bazaar")
    qtbot.keyClicks(screen.pin_badge, "KP-3002")
    qtbot.keyClicks(screen.pin, "1357")
    qtbot.keyClick(screen.pin, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Checked out: KP-3002" in screen.message.text(), timeout=WAIT_MS)
    assert "Saddar bazaar" in screen.message.text()
    idle(qtbot, tasks)
    [event] = services.records.find(RecordQuery(record_type="attendance"))
    assert (event.data["duty_nature"], event.data["duty_place"]) == (
        "Patrol (gasht)",
        "Saddar bazaar",
    )
    [entry] = services.diary.entries(services.session.now().date())
    assert "for Patrol (gasht), Saddar bazaar" in entry.data["text"]


def test_leave_keeps_an_officer_from_absent_in_the_roll_call_and_the_return(
    qtbot, tasks, services, tmp_path
):
    from datetime import time

    from fieldclient.domain.attendance_rollup import Shift

    services.attendance.set_shift("KP-3003", Shift(time(0), time(0), 1440))
    services.attendance.set_shift("KP-3004", Shift(time(0), time(0), 1440))
    leave = shown(qtbot, tasks, LeaveScreen(tasks))
    qtbot.keyClicks(leave.badge, "KP-3003")
    leave.kind.setCurrentIndex(leave.kind.findData("deputation"))
    qtbot.mouseClick(leave.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "posted_to" in leave.message.text(), timeout=WAIT_MS)
    leave.kind.setCurrentIndex(leave.kind.findData("medical"))
    leave.last.setDate(QDate.currentDate().addDays(-1))
    qtbot.mouseClick(leave.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "to_date" in leave.message.text(), timeout=WAIT_MS)
    leave.last.setDate(QDate.currentDate())
    qtbot.keyClicks(leave.sanctioned_by, "DSP Saddar")
    qtbot.mouseClick(leave.save, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Entered: KP-3003" in leave.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert leave.table.rowCount() == 1
    assert leave.table.item(0, 4).text() == "sanctioned"

    returns = shown(qtbot, tasks, ReturnScreen(tasks))
    qtbot.mouseClick(returns.morning, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: returns.roll.rowCount() == 2, timeout=WAIT_MS)
    states = {returns.roll.item(i, 0).text(): returns.roll.item(i, 1).text() for i in range(2)}
    assert states == {
        "KP-3003": "medical leave (on medical certificate)",
        "KP-3004": "absent",
    }
    assert "Morning roll call at" in returns.roll_heading.text()
    qtbot.mouseClick(returns.to_diary, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "entered in the daily diary" in returns.message.text(), timeout=WAIT_MS)
    [entry] = services.diary.entries(services.session.now().date())
    assert entry.data["text"] == "Morning roll call. medical: KP-3003; absent: KP-3004."

    qtbot.mouseClick(returns.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: returns.returns.rowCount() == 2, timeout=WAIT_MS)
    cells = [returns.returns.item(0, c).text() for c in range(returns.returns.columnCount())]
    assert cells == ["KP-3003", "0", "0", "0", "0", "1", "0", "0", "0"]
    target = tmp_path / "return.csv"
    returns.export_csv(target)
    qtbot.waitUntil(lambda: "written to" in returns.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert [(r["badge"], r["leave_medical"], r["absent"]) for r in rows] == [
        ("KP-3003", "1", "0"),
        ("KP-3004", "0", "1"),
    ]


def test_a_leave_entered_in_error_is_cancelled_with_a_reason(qtbot, tasks, services):
    today = services.session.now().date().isoformat()
    leave = {"badge_no": "KP-3005", "absence_kind": "casual", "from_date": today, "to_date": today}
    record = services.attendance.add_absence(leave)
    screen = shown(qtbot, tasks, LeaveScreen(tasks))
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert "Choose the leave" in screen.message.text()
    screen.table.selectRow(0)
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    assert "Reason" in screen.message.text()
    qtbot.keyClicks(screen.cancel_reason, "entered for the wrong officer")
    qtbot.mouseClick(screen.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Cancelled: KP-3005" in screen.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert screen.table.item(0, 4).text() == "cancelled"
    cancelled = services.records.get(record.id)
    assert cancelled.status == "cancelled"
    assert cancelled.history[-1]["reason"] == "entered for the wrong officer"


def test_a_finger_enrolled_after_the_check_in_screen_opened_is_recognised(qtbot, tasks, services):
    scanner = SimulatedScanner()
    screen = shown(qtbot, tasks, AttendanceScreen(tasks, scanner))
    scanner.place_finger("KP-3006")
    services.attendance.enrol_finger("KP-3006", scanner)  # on the set-up tab, meanwhile
    qtbot.keyClicks(screen.simulated_badge, "KP-3006")
    qtbot.keyClick(screen.simulated_badge, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Checked in: KP-3006" in screen.message.text(), timeout=WAIT_MS)
    idle(qtbot, tasks)  # the roll-up refresh after the event, before the vault closes
