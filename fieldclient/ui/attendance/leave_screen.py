"""Leave, rest days and deputation: enter a sanctioned absence with its dates, see the station's
absences. An officer on a sanctioned absence is not counted absent (roll-up, roll call, return)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.errors import DomainError
from fieldclient.domain.record import Record
from fieldclient.domain.records.absence import ABSENCE_KINDS, ABSENCE_LABELS
from fieldclient.ui.error_words import officer_message
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms.field_row import ERROR_STYLE
from fieldclient.ui.forms.pakistan_time import numbers_left_to_right
from fieldclient.ui.kind_words import status_label
from fieldclient.ui.tasks import Tasks

OK_STYLE = "color: #1b5e20; font-weight: bold;"


def absence_words(kind: str) -> str:
    return QCoreApplication.translate("RecordKind", ABSENCE_LABELS[kind])


class LeaveScreen(QWidget):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        group = QGroupBox(self.tr("Enter leave, a rest day or a deputation"), self)
        form = QFormLayout(group)
        self.badge = QLineEdit(group)
        self.kind = QComboBox(group)
        for kind in ABSENCE_KINDS:
            self.kind.addItem(absence_words(kind), kind)
        self.first = self._date_box(group)
        self.last = self._date_box(group)
        self.sanctioned_by = QLineEdit(group)
        self.order_no = QLineEdit(group)
        self.posted_to = QLineEdit(group)
        self.remarks = QLineEdit(group)
        self.save = QPushButton(self.tr("&Enter leave"), group)
        self.save.clicked.connect(self.enter)
        form.addRow(self.tr("Officer's &badge no."), self.badge)
        form.addRow(self.tr("&Kind"), self.kind)
        form.addRow(self.tr("&From"), self.first)
        form.addRow(self.tr("&To (last day)"), self.last)
        form.addRow(self.tr("Sanctioned by"), self.sanctioned_by)
        form.addRow(self.tr("Order no."), self.order_no)
        form.addRow(self.tr("Posted to (deputation)"), self.posted_to)
        form.addRow(self.tr("Remarks"), self.remarks)
        form.addRow("", self.save)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Badge"), self.tr("Kind"), self.tr("From"), self.tr("To"), self.tr("Status")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.record_ids: list[str] = []
        self.cancel_reason = QLineEdit(self)
        self.cancel_reason.setPlaceholderText(self.tr("Why it is cancelled"))
        self.cancel_button = QPushButton(self.tr("&Cancel the chosen leave"), self)
        self.cancel_button.clicked.connect(self.cancel_chosen)
        cancel_row = QHBoxLayout()
        cancel_row.addWidget(QLabel(self.tr("Reason"), self))
        cancel_row.addWidget(self.cancel_reason, 1)
        cancel_row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(group)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addLayout(cancel_row)
        self.refresh()

    @staticmethod
    def _date_box(parent: QWidget) -> QDateEdit:
        box = QDateEdit(QDate.currentDate(), parent)
        box.setCalendarPopup(True)
        box.setDisplayFormat("yyyy-MM-dd")
        numbers_left_to_right(box)
        return box

    def enter(self) -> None:
        first: date = self.first.date().toPython()  # type: ignore[assignment]
        last: date = self.last.date().toPython()  # type: ignore[assignment]
        payload = {
            "badge_no": self.badge.text().strip(),
            "absence_kind": str(self.kind.currentData()),
            "from_date": first.isoformat(),
            "to_date": last.isoformat(),
            "sanctioned_by": self.sanctioned_by.text().strip(),
            "order_no": self.order_no.text().strip(),
            "posted_to": self.posted_to.text().strip(),
            "remarks": self.remarks.text().strip(),
        }
        payload = {key: value for key, value in payload.items() if value}
        self.tasks.run_db(
            lambda services: services.attendance.add_absence(payload), self._entered, self._refused
        )

    def _entered(self, record: Record) -> None:
        data = record.data
        self._say(
            self.tr("Entered: {badge}, {kind}, {first} to {last}.").format(
                badge=data["badge_no"],
                kind=absence_words(data["absence_kind"]),
                first=data["from_date"],
                last=data["to_date"],
            ),
            OK_STYLE,
        )
        for box in (self.badge, self.sanctioned_by, self.order_no, self.posted_to, self.remarks):
            box.clear()
        self.refresh()

    def cancel_chosen(self) -> None:
        """Cancel the chosen sanctioned absence (one entered in error), with the reason typed."""
        row = self.table.currentRow()
        if row < 0 or row >= len(self.record_ids):
            self._say(self.tr("Choose the leave to cancel in the list first."), ERROR_STYLE)
            return
        reason, record_id = self.cancel_reason.text().strip(), self.record_ids[row]
        if not reason:
            self._say(self.tr("Reason: write why the leave is cancelled."), ERROR_STYLE)
            self.cancel_reason.setFocus()
            return
        self.tasks.run_db(
            lambda services: services.attendance.cancel_absence(record_id, reason),
            self._cancelled,
            self._refused,
        )

    def _cancelled(self, record: Record) -> None:
        self.cancel_reason.clear()
        self._say(
            self.tr("Cancelled: {badge}'s leave.").format(badge=record.data["badge_no"]), OK_STYLE
        )
        self.refresh()

    def _refused(self, failure: Exception) -> None:
        if isinstance(failure, DomainError):
            self._say(officer_message(failure), ERROR_STYLE)
        else:
            report_error(self, failure)

    def _say(self, text: str, style: str) -> None:
        self.message.setStyleSheet(style)
        self.message.setText(text)

    def refresh(self) -> None:
        self.tasks.run_db(lambda services: services.attendance.absences(), self._show)

    def _show(self, records: list[Record]) -> None:
        self.table.setRowCount(len(records))
        self.record_ids = [record.id for record in records]
        for index, record in enumerate(records):
            data = record.data
            cells = [
                data["badge_no"],
                absence_words(data["absence_kind"]),
                data["from_date"],
                data["to_date"],
                status_label(record.status, record.type),
            ]
            for column, value in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(value))
