"""The supervisor's review inbox (issue 17.4): records waiting for the signed-in officer's
decision (each kind's ``review_statuses`` the officer's role may decide: for the SHO an FIR
refused registration, a cancellation proposed, a challan's void proposed and a tenant
registration; for a Moharrir the tenant registrations), one row each; Approve, or Return with a
reason, through ``ReviewService.decide`` on the DB thread. The decision is an edit of the record
(or the status change its kind names: a void approved voids the challan), so it reaches the
author's device at the next sync. Keyboard: the table takes
the focus, Up/Down choose, Return opens the record, Alt+A approves, the reason box and Alt+R
return it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
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

from fieldclient.domain import records as kinds
from fieldclient.domain import review
from fieldclient.services.station import StationServices
from fieldclient.ui.bidi import isolate_latin, shown_iso
from fieldclient.ui.error_words import officer_message
from fieldclient.ui.errors import is_officers_problem, report_error
from fieldclient.ui.kind_words import kind_label, status_label
from fieldclient.ui.status_bar import ERROR_STYLE
from fieldclient.ui.tasks import Tasks

MAX_COLUMN_WIDTH = 360  # pixels: a long reason is cut here (the record shows it whole)


@dataclass(frozen=True)
class ReviewRow:
    record_id: str
    record_type: str
    number: str
    title: str
    status: str
    author: str
    reason: str  # why the author made the change
    when: str


def load_review_rows(services: StationServices) -> list[ReviewRow]:
    """On the DB thread: what waits for review, with what the supervisor needs to decide."""
    rows = []
    for record in services.review.inbox(services.session.vault.role):
        summary = kinds.summary(record)
        last = record.history[-1] if record.history else {}
        rows.append(
            ReviewRow(
                record_id=record.id,
                record_type=record.type,
                number=summary["number"],
                title=summary["title"],
                status=record.status,
                author=review.author(record),
                reason=str(last.get("reason") or ""),
                when=str(last.get("at") or record.updated_at),
            )
        )
    return rows


class ReviewPage(QWidget):
    open_requested = Signal(str, str)  # kind, record id
    count_changed = Signal(int)
    decided = Signal(str)  # record id

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self.tasks = tasks
        self.rows: list[ReviewRow] = []
        heading = QLabel(self.tr("Waiting for your review"), self)
        heading.setStyleSheet("font-size: 14pt; font-weight: bold")
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("reviewTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Status"),
                self.tr("By"),
                self.tr("When"),
                self.tr("Their reason"),
                self.tr("Title"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setMaximumSectionSize(MAX_COLUMN_WIDTH)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._enable_buttons)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reviewReason")
        self.reason.setPlaceholderText(self.tr("Why it goes back (needed to return it)"))
        self.reason.returnPressed.connect(self.return_selected)
        self.approve_button = QPushButton(self.tr("&Approve"), self)
        self.return_button = QPushButton(self.tr("&Return with reason"), self)
        self.open_button = QPushButton(self.tr("&Open record"), self)
        self.approve_button.clicked.connect(self.approve_selected)
        self.return_button.clicked.connect(self.return_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.message = QLabel(self)
        self.message.setObjectName("reviewMessage")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QHBoxLayout()
        for button in (self.approve_button, self.return_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self._enable_buttons()

    def refresh(self) -> None:
        self.tasks.run_db(load_review_rows, self.show_rows)

    def show_rows(self, rows: list[ReviewRow]) -> None:
        chosen = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                f"{kind_label(row.record_type)} {isolate_latin(row.number)}",
                status_label(row.status, row.record_type),
                row.author,
                shown_iso(row.when),
                row.reason,
                row.title,
            )
            for column, text in enumerate(cells):
                self.table.setItem(index, column, QTableWidgetItem(text))
            if chosen is not None and row.record_id == chosen.record_id:
                self.choose_row(index)
        self.table.resizeColumnsToContents()  # numbers and reasons whole, up to a limit
        if rows and self.selected() is None:
            self.choose_row(0)
        self._enable_buttons()
        self.count_changed.emit(len(rows))

    def choose_row(self, index: int) -> None:
        """Select a row. ``QTableView.selectRow`` selected nothing in the right-to-left (Urdu)
        layout (seen offscreen at 1366×768: no row chosen, the buttons disabled); making the
        row's first cell current selects the whole row in both directions."""
        self.table.setCurrentCell(index, 0)

    def selected(self) -> ReviewRow | None:
        index = self.table.currentRow()
        picked = self.table.selectionModel().selectedRows()
        if not picked or not 0 <= index < len(self.rows):
            return None
        return self.rows[index]

    def _enable_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.approve_button, self.return_button, self.open_button):
            button.setEnabled(chosen)

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.record_type, row.record_id)

    def approve_selected(self) -> None:
        self._decide(review.APPROVED)

    def return_selected(self) -> None:
        if not self.reason.text().strip():
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(self.tr("Reason: say why the record goes back."))
            self.reason.setFocus()
            return
        self._decide(review.RETURNED)

    def _decide(self, decision: str) -> None:
        row = self.selected()
        if row is None:
            return
        record_id, reason = row.record_id, self.reason.text()
        self.tasks.run_db(
            lambda services: services.review.decide(record_id, decision, reason),
            lambda _record: self._done(record_id, decision),
            self._refused,
        )

    def _done(self, record_id: str, decision: str) -> None:
        self.reason.clear()
        self.message.setStyleSheet("")
        self.message.setText(
            self.tr("Approved.")
            if decision == review.APPROVED
            else self.tr("Returned; the reason reaches its author at the next sync.")
        )
        self.decided.emit(record_id)
        self.refresh()

    def _refused(self, problem: Exception) -> None:
        if is_officers_problem(problem):
            self.message.setStyleSheet(ERROR_STYLE)
            self.message.setText(officer_message(problem))
        else:
            report_error(self, problem)

    def focus_table(self) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
