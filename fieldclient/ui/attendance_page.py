"""The attendance page: the check-in/out screen and the list of recorded events."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QWidget

from fieldclient.domain.scanner import FingerprintScanner
from fieldclient.ui.attendance.leave_screen import LeaveScreen
from fieldclient.ui.attendance.return_screen import ReturnScreen
from fieldclient.ui.attendance.setup_screen import AttendanceSetup
from fieldclient.ui.record_list_page import RecordListPage
from fieldclient.ui.tasks import Tasks


class AttendancePage(QTabWidget):
    def __init__(self, tasks: Tasks, scanner: FingerprintScanner, parent=None) -> None:
        super().__init__(parent)
        self.screen = _attendance_screen(tasks, scanner, self)
        self.events = RecordListPage(tasks, "attendance", can_create=False, parent=self)
        # Scrolls rather than making the main window taller than a 1366×768 screen at 125 %.
        self.screen_tab = QScrollArea(self)
        self.screen_tab.setWidgetResizable(True)
        self.screen_tab.setWidget(self.screen)
        self.addTab(self.screen_tab, self.tr("Check in / out"))
        self.addTab(self.events, self.tr("Events"))
        self.setup = AttendanceSetup(tasks, scanner, self)
        self.leave = LeaveScreen(tasks, self)
        self.returns = ReturnScreen(tasks, self)
        for widget, title in (
            (self.setup, self.tr("Set-up")),
            (self.leave, self.tr("Leave")),
            (self.returns, self.tr("Roll call and return")),
        ):
            self.addTab(_scrolling(widget, self), title)

    def refresh(self) -> None:
        self.events.refresh()
        self.setup.refresh()
        self.leave.refresh()


def _scrolling(widget: QWidget, parent: QWidget) -> QScrollArea:
    """Scrolls rather than making the main window taller than a 1366×768 screen at 125 %."""
    area = QScrollArea(parent)
    area.setWidgetResizable(True)
    area.setWidget(widget)
    return area


def _attendance_screen(tasks: Tasks, scanner: FingerprintScanner, parent: QWidget) -> QWidget:
    """The forms engineer's screen; a note while it is not in this build yet."""
    try:
        from fieldclient.ui.attendance import AttendanceScreen
    except ImportError:
        return QLabel(
            QCoreApplication.translate(
                "AttendancePage", "The attendance screen is not in this build yet."
            ),
            parent,
        )
    return AttendanceScreen(tasks, scanner, parent)
