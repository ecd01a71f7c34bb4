"""The attendance screen: check in/out by fingerprint, PIN or supervisor override; the roll-up.

Waiting for a finger runs on the network pool (a real scanner blocks until a finger arrives), so the
vault's single thread is never held by it; only the matched result goes to the DB thread. With the
simulated scanner (development and training) a "Simulate finger" row places a badge's finger.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.attendance_rollup import RollupRow
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.record import Record
from fieldclient.domain.scanner import FingerprintScanner, ScanResult, SimulatedScanner
from fieldclient.services.station import StationServices
from fieldclient.ui.attendance.messages import refusal_text
from fieldclient.ui.attendance.rollup_model import RollupModel
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms.field_row import ERROR_STYLE
from fieldclient.ui.tasks import Tasks

OK_STYLE = "color: #1b5e20; font-weight: bold;"


class AttendanceScreen(QWidget):
    """`recorded(record_id)` after each stored event. `scanner` None: PIN and override only."""

    recorded = Signal(str)

    def __init__(
        self,
        tasks: Tasks,
        scanner: FingerprintScanner | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.scanner = scanner
        self._pending_badge = ""  # whose event is on its way, for the messages
        self._just_recorded = ""
        self.check_in = QRadioButton(self.tr("Check &in"), self)
        self.check_out = QRadioButton(self.tr("Check &out"), self)
        self.check_in.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.check_in)
        kinds.addButton(self.check_out)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.check_in)
        kind_row.addWidget(self.check_out)
        kind_row.addStretch(1)
        self.duty_group = self._duty_group()
        self.check_out.toggled.connect(self.duty_group.setEnabled)
        self.duty_group.setEnabled(False)
        self.message = QLabel(self)
        self.message.setObjectName("attendanceMessage")
        self.message.setWordWrap(True)
        self.model = RollupModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addLayout(kind_row)
        layout.addWidget(self.duty_group)
        if scanner is not None:
            layout.addWidget(self._fingerprint_group(scanner))
        layout.addWidget(self._pin_group())
        layout.addWidget(self._override_group())
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("<b>Today</b>"), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.refresh_button)
        self.refresh()

    # ---- the three ways in ---------------------------------------------------------------

    def _fingerprint_group(self, scanner: FingerprintScanner) -> QGroupBox:
        group = QGroupBox(self.tr("Fingerprint"), self)
        form = QFormLayout(group)
        self.scan_button = QPushButton(self.tr("&Scan finger"), group)
        self.scan_button.clicked.connect(self.scan)
        form.addRow(self.scan_button)
        self.simulated_badge = QLineEdit(group)
        self.simulate_button = QPushButton(self.tr("Place finger"), group)
        self.simulate_button.clicked.connect(self.simulate_finger)
        self.simulated_badge.returnPressed.connect(self.simulate_finger)
        if isinstance(scanner, SimulatedScanner):
            row = QHBoxLayout()
            row.addWidget(self.simulated_badge)
            row.addWidget(self.simulate_button)
            form.addRow(self.tr("Simulate finger (training):"), row)
        else:
            self.simulated_badge.hide()
            self.simulate_button.hide()
        return group

    def _duty_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("On departure: duty"), self)
        form = QFormLayout(group)
        self.duty_nature = QComboBox(group)
        self.duty_nature.setEditable(True)
        self.duty_nature.addItems(
            [
                "",
                self.tr("Patrol (gasht)"),
                self.tr("Court"),
                self.tr("Raid"),
                self.tr("Escort"),
                self.tr("Investigation"),
                self.tr("Picket"),
                self.tr("Off duty"),
            ]
        )
        self.duty_place = QLineEdit(group)
        form.addRow(self.tr("Nature of &duty"), self.duty_nature)
        form.addRow(self.tr("Place of duty"), self.duty_place)
        return group

    def duty(self) -> dict[str, str]:
        """Nature and place of duty, given on a check-out only."""
        if self.kind != "check_out":
            return {}
        return {
            "duty_nature": self.duty_nature.currentText().strip(),
            "duty_place": self.duty_place.text().strip(),
        }

    def _pin_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("No fingerprint? Badge and PIN"), self)
        form = QFormLayout(group)
        self.pin_badge = QLineEdit(group)
        self.pin = QLineEdit(group)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin_button = QPushButton(self.tr("Record with PIN"), group)
        self.pin_button.clicked.connect(self.check_with_pin)
        self.pin.returnPressed.connect(self.check_with_pin)
        form.addRow(self.tr("Badge no."), self.pin_badge)
        form.addRow(self.tr("PIN"), self.pin)
        form.addRow("", self.pin_button)
        return group

    def _override_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Supervisor override"), self)
        form = QFormLayout(group)
        self.override_badge = QLineEdit(group)
        self.supervisor_badge = QLineEdit(group)
        self.supervisor_pin = QLineEdit(group)
        self.supervisor_pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.override_button = QPushButton(self.tr("Record by supervisor"), group)
        self.override_button.clicked.connect(self.override)
        form.addRow(self.tr("Officer's badge no."), self.override_badge)
        form.addRow(self.tr("Supervisor's badge no."), self.supervisor_badge)
        form.addRow(self.tr("Supervisor's PIN"), self.supervisor_pin)
        form.addRow("", self.override_button)
        return group

    @property
    def kind(self) -> str:
        return "check_in" if self.check_in.isChecked() else "check_out"

    def simulate_finger(self) -> None:
        badge = self.simulated_badge.text().strip()
        if isinstance(self.scanner, SimulatedScanner) and badge:
            self.scanner.place_finger(badge)
            self.scan()

    def scan(self) -> None:
        if self.scanner is None:
            return
        self.scan_button.setEnabled(False)
        self._say(self.tr("Waiting for a finger on the scanner…"), "")
        # The station's fingers as enrolled now (set-up may have enrolled one since the last
        # refresh, here or on another device), then the wait for a finger off the DB thread.
        self.tasks.run_db(
            lambda services: dict(services.attendance.enrolment().fingers),
            self._capture_against,
            self._scan_failed,
        )

    def _capture_against(self, fingers: dict[str, str]) -> None:
        if self.scanner is None:
            return
        self.scanner.load_templates(fingers)
        self.tasks.run_network(self.scanner.capture, self._scanned, self._scan_failed)

    def _scanned(self, result: ScanResult) -> None:
        self.scan_button.setEnabled(True)
        kind, duty = self.kind, self.duty()
        self._pending_badge = result.badge or ""
        self.tasks.run_db(
            lambda services: services.attendance.check_by_scan(result, kind, duty),
            self._recorded,
            self._refused,
        )

    def _scan_failed(self, failure: Exception) -> None:
        self.scan_button.setEnabled(True)
        self._refused(failure)

    def check_with_pin(self) -> None:
        badge, pin, kind, duty = (
            self.pin_badge.text().strip(),
            self.pin.text(),
            self.kind,
            self.duty(),
        )
        if not badge or not pin:
            self._say(self.tr("Enter the badge number and the PIN."), ERROR_STYLE)
            return
        self.pin.clear()
        self._pending_badge = badge
        self.tasks.run_db(
            lambda services: services.attendance.check_by_pin(badge, pin, kind, duty),
            self._recorded,
            self._refused,
        )

    def override(self) -> None:
        badge = self.override_badge.text().strip()
        supervisor, pin = self.supervisor_badge.text().strip(), self.supervisor_pin.text()
        kind, duty = self.kind, self.duty()
        if not badge or not supervisor or not pin:
            self._say(
                self.tr("Enter the officer's badge, the supervisor's badge and PIN."), ERROR_STYLE
            )
            return
        self.supervisor_pin.clear()
        self._pending_badge = badge
        self.tasks.run_db(
            lambda services: services.attendance.supervisor_override(
                badge, supervisor, pin, kind, duty
            ),
            self._recorded,
            self._refused,
        )

    # ---- results -------------------------------------------------------------------------

    def _recorded(self, record: Record) -> None:
        data = record.data
        at = datetime.fromisoformat(data["at"]).astimezone(PAKISTAN_TIME).strftime("%H:%M")
        what = self.tr("Checked in") if data["kind"] == "check_in" else self.tr("Checked out")
        how = {
            "fingerprint": self.tr("fingerprint, match {score}").format(
                score=data.get("match_score", "")
            ),
            "pin": self.tr("PIN"),
            "supervisor_override": self.tr("override by {supervisor}").format(
                supervisor=data.get("supervisor_badge", "")
            ),
        }[data["method"]]
        said = self.tr("{what}: {badge} at {at} ({how})").format(
            what=what, badge=data["badge_no"], at=at, how=how
        )
        if data.get("duty_nature") or data.get("duty_place"):
            duty = ", ".join(filter(None, (data.get("duty_nature"), data.get("duty_place"))))
            said += " — " + self.tr("duty: {duty}").format(duty=duty)
            self.duty_nature.setCurrentIndex(0)
            self.duty_place.clear()
        self._say(said, OK_STYLE)
        self._just_recorded = data["badge_no"]
        self.recorded.emit(record.id)
        self.refresh()

    def _refused(self, failure: Exception) -> None:
        text = refusal_text(failure, self._pending_badge)
        if text is None:
            report_error(self, failure)
        else:
            self._say(text, ERROR_STYLE)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    # ---- the roll-up ---------------------------------------------------------------------

    def refresh(self) -> None:
        self.tasks.run_db(self._rollup_today, self._show_rollup)

    @staticmethod
    def _rollup_today(services: StationServices) -> tuple[list[RollupRow], dict[str, str]]:
        return services.attendance.rollup(), dict(services.attendance.enrolment().fingers)

    def _show_rollup(self, found: tuple[list[RollupRow], dict[str, str]]) -> None:
        rows, fingers = found
        if self.scanner is not None:
            self.scanner.load_templates(fingers)  # the station's enrolled fingers, synced
        self.model.set_rows(rows)
        badge, self._just_recorded = self._just_recorded, ""
        if badge and badge not in {row.badge for row in rows}:
            note = self.tr(
                "{badge} is not on today's duty roster, so the table does not list them."
            )
            self.message.setText(f"{self.message.text()}\n{note.format(badge=badge)}")
