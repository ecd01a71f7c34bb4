"""The morning and evening roll call (who is present at roll call time) and the monthly
attendance return per officer, shown and exported to CSV."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.attendance_return import ReturnRow, RollCallRow, return_table
from fieldclient.domain.pakistan_time import shown
from fieldclient.domain.records.absence import ABSENCE_LABELS, LEAVE_KINDS
from fieldclient.services.station import StationServices
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms.pakistan_time import numbers_left_to_right
from fieldclient.ui.tasks import Tasks

OK_STYLE = "color: #1b5e20; font-weight: bold;"


def state_words(state: str) -> str:
    if state in ABSENCE_LABELS:
        return QCoreApplication.translate("RecordKind", ABSENCE_LABELS[state])
    words = {
        "present": QCoreApplication.translate("AttendanceReturn", "present"),
        "on_duty": QCoreApplication.translate("AttendanceReturn", "out on duty"),
        "absent": QCoreApplication.translate("AttendanceReturn", "absent"),
    }
    return words.get(state, state)


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for index, cells in enumerate(rows):
        for column, value in enumerate(cells):
            table.setItem(index, column, QTableWidgetItem(value))


def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers), parent)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    return table


class ReturnScreen(QWidget):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._roll_call_group(), 1)
        layout.addWidget(self._return_group(), 2)
        layout.addWidget(self.message)

    # ---- roll call -----------------------------------------------------------------------

    def _roll_call_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Roll call"), self)
        self.morning = QPushButton(self.tr("&Morning roll call"), group)
        self.evening = QPushButton(self.tr("E&vening roll call"), group)
        self.to_diary = QPushButton(self.tr("Enter in the daily &diary"), group)
        self.to_diary.setEnabled(False)
        self.morning.clicked.connect(lambda: self.take_roll_call("morning"))
        self.evening.clicked.connect(lambda: self.take_roll_call("evening"))
        self.to_diary.clicked.connect(self.enter_in_diary)
        buttons = QHBoxLayout()
        for button in (self.morning, self.evening, self.to_diary):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.roll_heading = QLabel(group)
        self.roll = _table(group, [self.tr("Badge"), self.tr("At roll call"), self.tr("Duty")])
        box = QVBoxLayout(group)
        box.addLayout(buttons)
        box.addWidget(self.roll_heading)
        box.addWidget(self.roll, 1)
        self.roll_rows: list[RollCallRow] = []
        self._session = ""
        return group

    def take_roll_call(self, session: str) -> None:
        self._session = session
        self.tasks.run_db(
            lambda services: (services.session.now(), services.attendance.roll_call()),
            self._show_roll_call,
        )

    def _show_roll_call(self, found: tuple[object, list[RollCallRow]]) -> None:
        at, rows = found
        self.roll_rows = rows
        title = (
            self.tr("Morning roll call at {at}")
            if self._session == "morning"
            else self.tr("Evening roll call at {at}")
        )
        self.roll_heading.setText(title.format(at=shown(at)))  # type: ignore[arg-type]
        _fill(self.roll, [[r.badge, state_words(r.state), r.duty] for r in rows])
        self.to_diary.setEnabled(bool(rows))

    def enter_in_diary(self) -> None:
        """The roll call as a general entry of the daily diary (its words stay in English there,
        like the other entries the registers make)."""
        heading = f"{self._session.capitalize()} roll call"
        groups: dict[str, list[str]] = {}
        for row in self.roll_rows:
            groups.setdefault(row.state.replace("_", " "), []).append(row.badge)
        body = "; ".join(f"{state}: {', '.join(badges)}" for state, badges in groups.items())
        entry = {"entry_type": "general", "text": f"{heading}. {body}."}
        self.tasks.run_db(lambda services: services.diary.add(entry), self._entered, self._failed)

    def _entered(self, _entry: object) -> None:
        self.to_diary.setEnabled(False)
        self._say(self.tr("The roll call was entered in the daily diary."))

    # ---- the monthly return --------------------------------------------------------------

    def _return_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Monthly attendance return"), self)
        self.month = QDateEdit(QDate.currentDate(), group)
        self.month.setDisplayFormat("yyyy-MM")
        numbers_left_to_right(self.month)
        self.show_button = QPushButton(self.tr("&Show"), group)
        self.show_button.clicked.connect(self.show_return)
        self.export_button = QPushButton(self.tr("Export &CSV…"), group)
        self.export_button.clicked.connect(self.choose_csv)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Month"), group))
        row.addWidget(self.month)
        row.addWidget(self.show_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        headers = [
            self.tr("Badge"),
            self.tr("Present"),
            self.tr("of which late"),
            *(QCoreApplication.translate("RecordKind", ABSENCE_LABELS[k]) for k in LEAVE_KINDS),
            self.tr("Rest days"),
            self.tr("Deputation"),
            self.tr("Absent"),
        ]
        self.returns = _table(group, headers)
        box = QVBoxLayout(group)
        box.addLayout(row)
        box.addWidget(self.returns, 1)
        return group

    def _chosen_month(self) -> tuple[int, int]:
        chosen: date = self.month.date().toPython()  # type: ignore[assignment]
        return chosen.year, chosen.month

    def show_return(self) -> None:
        year, month = self._chosen_month()
        self.tasks.run_db(
            lambda services: services.attendance.monthly_return(year, month), self._show_return
        )

    def _show_return(self, rows: list[ReturnRow]) -> None:
        _fill(self.returns, [[str(cell) for cell in row] for row in return_table(rows)])

    def choose_csv(self) -> None:
        year, month = self._chosen_month()
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export the monthly return"),
            f"attendance-{year}-{month:02d}.csv",
            self.tr("CSV (*.csv)"),
        )
        if name:
            self.export_csv(Path(name))

    def export_csv(self, target: Path) -> None:
        year, month = self._chosen_month()

        def write(services: StationServices) -> Path:
            target.write_text(services.attendance.return_csv(year, month), encoding="utf-8")
            return target

        self.tasks.run_db(write, self._exported, self._failed)

    def _exported(self, target: Path) -> None:
        self._say(self.tr("The return was written to {file}.").format(file=target))

    def _failed(self, failure: Exception) -> None:
        report_error(self, failure)

    def _say(self, text: str) -> None:
        self.message.setStyleSheet(OK_STYLE)
        self.message.setText(text)
