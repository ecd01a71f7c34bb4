"""Attendance set-up (issue 15.1): shifts and rest days, an officer's PIN, an enrolled finger and
the supervisor mark. What is saved here is station data (synced records), so every device of the
station knows it after a sync. Enrolling waits for the finger on the network pool (a real
scanner blocks), then stores the template on the DB thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.attendance_rollup import Shift
from fieldclient.domain.records.duty_roster import DEFAULT_GRACE_MINUTES, WEEKDAY_LABELS, WEEKDAYS
from fieldclient.domain.records.enrolment import FINGERS
from fieldclient.domain.scanner import FingerprintScanner, SimulatedScanner
from fieldclient.services.attendance import SetupRow
from fieldclient.ui.attendance.messages import refusal_text
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms.field_row import ERROR_STYLE
from fieldclient.ui.forms.pakistan_time import numbers_left_to_right
from fieldclient.ui.tasks import Tasks

OK_STYLE = "color: #1b5e20; font-weight: bold;"


class AttendanceSetup(QWidget):
    def __init__(
        self, tasks: Tasks, scanner: FingerprintScanner | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.scanner = scanner
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 6, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Badge"),
                self.tr("Shift"),
                self.tr("Rest days"),
                self.tr("PIN"),
                self.tr("Finger"),
                self.tr("Supervisor"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(140)
        self.badge = QLineEdit(self)
        self.badge.setPlaceholderText(self.tr("e.g. KP-1001"))
        badge_row = QFormLayout()
        badge_row.addRow(self.tr("Officer's &badge no."), self.badge)
        grid = QGridLayout()
        grid.addWidget(self._shift_group(), 0, 0, 2, 1)
        grid.addWidget(self._pin_group(), 0, 1)
        grid.addWidget(self._finger_group(), 1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(badge_row)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("<b>The station's roster and enrolment</b>"), self))
        layout.addWidget(self.table, 1)
        self.refresh()

    # ---- the groups ----------------------------------------------------------------------

    def _shift_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Shift and rest days"), self)
        form = QFormLayout(group)
        self.start = QTimeEdit(QTime(8, 0), group)
        self.end = QTimeEdit(QTime(16, 0), group)
        for clock in (self.start, self.end):
            clock.setDisplayFormat("HH:mm")
            numbers_left_to_right(clock)
        self.grace = QSpinBox(group)
        self.grace.setRange(0, 1440)
        self.grace.setValue(DEFAULT_GRACE_MINUTES)
        self.grace.setSuffix(self.tr(" min"))
        days = QGridLayout()
        self.rest_days: dict[str, QCheckBox] = {}
        for index, name in enumerate(WEEKDAYS):
            box = QCheckBox(QCoreApplication.translate("RecordKind", WEEKDAY_LABELS[name]), group)
            self.rest_days[name] = box
            days.addWidget(box, index // 4, index % 4)
        self.effective_from = QDateEdit(QDate.currentDate(), group)
        self.effective_from.setCalendarPopup(True)
        self.effective_from.setDisplayFormat("yyyy-MM-dd")
        numbers_left_to_right(self.effective_from)
        self.save_shift = QPushButton(self.tr("&Save shift"), group)
        self.save_shift.clicked.connect(self.set_shift)
        self.off_roster = QPushButton(self.tr("Take off the roster"), group)
        self.off_roster.clicked.connect(self.take_off_roster)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_shift)
        buttons.addWidget(self.off_roster)
        form.addRow(self.tr("Shift begins"), self.start)
        form.addRow(self.tr("Shift ends"), self.end)
        form.addRow(self.tr("Late after"), self.grace)
        form.addRow(self.tr("Rest days"), days)
        form.addRow(self.tr("From"), self.effective_from)
        form.addRow(buttons)
        return group

    def _pin_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Attendance PIN"), self)
        form = QFormLayout(group)
        self.pin = QLineEdit(group)
        self.pin_again = QLineEdit(group)
        for box in (self.pin, self.pin_again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.set_pin_button = QPushButton(self.tr("Set / reset &PIN"), group)
        self.set_pin_button.clicked.connect(self.set_pin)
        self.pin_again.returnPressed.connect(self.set_pin)
        self.supervisor = QCheckBox(self.tr("Supervisor: may vouch for an override"), group)
        self.supervisor_button = QPushButton(self.tr("Save supervisor mark"), group)
        self.supervisor_button.clicked.connect(self.set_supervisor)
        form.addRow(self.tr("New PIN"), self.pin)
        form.addRow(self.tr("PIN again"), self.pin_again)
        form.addRow("", self.set_pin_button)
        form.addRow(self.supervisor)
        form.addRow("", self.supervisor_button)
        return group

    def _finger_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Fingerprint"), self)
        form = QFormLayout(group)
        self.finger = QComboBox(group)
        for name in FINGERS:
            self.finger.addItem(finger_words(name), name)
        self.enrol_button = QPushButton(self.tr("&Enrol finger"), group)
        self.enrol_button.clicked.connect(self.enrol_finger)
        self.enrol_button.setEnabled(self.scanner is not None)
        form.addRow(self.tr("Finger"), self.finger)
        form.addRow("", self.enrol_button)
        if isinstance(self.scanner, SimulatedScanner):
            form.addRow(
                QLabel(self.tr("Simulated scanner (training): the badge is the finger."), group)
            )
        return group

    # ---- actions -------------------------------------------------------------------------

    def _badge(self) -> str | None:
        badge = self.badge.text().strip()
        if not badge:
            self._say(self.tr("Enter the officer's badge number first."), ERROR_STYLE)
            self.badge.setFocus()
            return None
        return badge

    def set_shift(self) -> None:
        badge = self._badge()
        if badge is None:
            return
        rest = {i for i, name in enumerate(WEEKDAYS) if self.rest_days[name].isChecked()}
        if len(rest) == 7:
            self._say(self.tr("Rest days: leave at least one working day."), ERROR_STYLE)
            return
        shift = Shift(
            self.start.time().toPython(),  # type: ignore[arg-type]
            self.end.time().toPython(),  # type: ignore[arg-type]
            self.grace.value(),
            frozenset(range(7)) - rest,
        )
        first: date = self.effective_from.date().toPython()  # type: ignore[assignment]
        self._save(
            lambda services: services.attendance.set_shift(badge, shift, first),
            self.tr("Shift saved for {badge}.").format(badge=badge),
            badge,
        )

    def take_off_roster(self) -> None:
        badge = self._badge()
        if badge is None:
            return
        first: date = self.effective_from.date().toPython()  # type: ignore[assignment]
        self._save(
            lambda services: services.attendance.remove_from_roster(badge, first),
            self.tr("{badge} is off the roster from {day}.").format(badge=badge, day=first),
            badge,
        )

    def set_pin(self) -> None:
        badge = self._badge()
        if badge is None:
            return
        pin, again = self.pin.text(), self.pin_again.text()
        self.pin.clear()
        self.pin_again.clear()
        if pin != again:
            self._say(self.tr("The two PINs differ; type the same PIN twice."), ERROR_STYLE)
            self.pin.setFocus()
            return
        self._save(
            lambda services: services.attendance.set_pin(badge, pin),
            self.tr("PIN set for {badge}.").format(badge=badge),
            badge,
        )

    def set_supervisor(self) -> None:
        badge = self._badge()
        if badge is None:
            return
        mark = self.supervisor.isChecked()
        said = (
            self.tr("{badge} is marked supervisor.")
            if mark
            else self.tr("{badge} is no longer a supervisor.")
        )
        self._save(
            lambda services: services.attendance.set_supervisor(badge, mark),
            said.format(badge=badge),
            badge,
        )

    def enrol_finger(self) -> None:
        badge, scanner = self._badge(), self.scanner
        if badge is None or scanner is None:
            return
        finger = str(self.finger.currentData())
        if isinstance(scanner, SimulatedScanner):
            scanner.place_finger(badge)
        self.enrol_button.setEnabled(False)
        self._say(self.tr("Place {badge}'s finger on the scanner…").format(badge=badge), "")

        def captured(template: str) -> None:
            self.enrol_button.setEnabled(True)
            self._save(
                lambda services: services.attendance.store_finger(badge, template, finger),
                self.tr("Finger enrolled for {badge}.").format(badge=badge),
                badge,
            )

        def failed(failure: Exception) -> None:
            self.enrol_button.setEnabled(True)
            self._refused(failure)

        self.tasks.run_network(scanner.enrol_finger, captured, failed)

    def _save(self, action, said: str, badge: str) -> None:  # type: ignore[no-untyped-def]
        def done(_record: object) -> None:
            self._say(said, OK_STYLE)
            self.refresh()

        self.tasks.run_db(action, done, self._refused)

    def _refused(self, failure: Exception) -> None:
        text = refusal_text(failure)
        if text is None:
            report_error(self, failure)
        else:
            self._say(text, ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    # ---- the table -----------------------------------------------------------------------

    def refresh(self) -> None:
        self.tasks.run_db(lambda services: services.attendance.setup_overview(), self._show)

    def _show(self, rows: list[SetupRow]) -> None:
        self.table.setRowCount(len(rows))
        yes, no = self.tr("yes"), self.tr("no")
        for index, row in enumerate(rows):
            shift = row.shift
            cells = [
                row.badge,
                f"{shift.start:%H:%M}–{shift.end:%H:%M}" if shift else self.tr("off the roster"),
                ", ".join(
                    QCoreApplication.translate("RecordKind", WEEKDAY_LABELS[name])
                    for i, name in enumerate(WEEKDAYS)
                    if shift and i not in shift.weekdays
                ),
                yes if row.has_pin else no,
                yes if row.has_finger else no,
                yes if row.supervisor else "",
            ]
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))

    def row_of(self, badge: str) -> list[str] | None:
        """The table's cells for ``badge`` (for tests and screen readers)."""
        for index in range(self.table.rowCount()):
            item = self.table.item(index, 0)
            if item is not None and item.text() == badge:
                return [
                    cell.text() if (cell := self.table.item(index, c)) else ""
                    for c in range(self.table.columnCount())
                ]
        return None


def finger_words(name: str) -> str:
    words = {
        "right_thumb": QCoreApplication.translate("AttendanceSetup", "right thumb"),
        "right_index": QCoreApplication.translate("AttendanceSetup", "right index finger"),
        "right_middle": QCoreApplication.translate("AttendanceSetup", "right middle finger"),
        "right_ring": QCoreApplication.translate("AttendanceSetup", "right ring finger"),
        "right_little": QCoreApplication.translate("AttendanceSetup", "right little finger"),
        "left_thumb": QCoreApplication.translate("AttendanceSetup", "left thumb"),
        "left_index": QCoreApplication.translate("AttendanceSetup", "left index finger"),
        "left_middle": QCoreApplication.translate("AttendanceSetup", "left middle finger"),
        "left_ring": QCoreApplication.translate("AttendanceSetup", "left ring finger"),
        "left_little": QCoreApplication.translate("AttendanceSetup", "left little finger"),
    }
    return words[name]
