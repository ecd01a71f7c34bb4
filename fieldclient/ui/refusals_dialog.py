"""The changes the sync server refused, each with its code and reason, and the record to open.

A refused change stays on this computer until it is sent again: opening the record shows the
refusal and the way forward (correct and save, or Send again).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain import records as kinds
from fieldclient.services.station import StationServices
from fieldclient.ui.error_words import refusal_words
from fieldclient.ui.kind_words import kind_label
from fieldclient.ui.tasks import Tasks


@dataclass(frozen=True)
class RefusalRow:
    record_id: str
    record_type: str
    record_label: str  # "FIR P-PSH-… — Muhammad Ali": what the officer recognises
    change: str  # create | update | transition | statement
    reason: str  # the server's code and reason


def load_refusal_rows(services: StationServices) -> list[RefusalRow]:
    """On the DB thread: every refused change, with a label for its record."""
    refused = services.session.repo.outbox_entries("rejected")
    stored = services.records.get_many(sorted({entry.record_id for entry in refused}))
    rows = []
    for entry in refused:
        record = stored.get(entry.record_id)
        if record is None:
            continue
        summary = kinds.summary(record)
        label = f"{kind_label(record.type)} {summary['number']} — {summary['title']}"
        change = str(entry.body.get("op", ""))
        rows.append(RefusalRow(record.id, record.type, label, change, entry.reject_reason or ""))
    return rows


REASON_COLUMN = 2


class RefusalsDialog(QDialog):
    open_requested = Signal(str, str)  # record type, record id

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalsDialog")
        self.setWindowTitle(self.tr("Changes the server refused"))
        self.rows: list[RefusalRow] = []
        explanation = QLabel(
            self.tr(
                "These changes are kept on this computer only. Open a record to see why it was "
                "refused, then correct it and save, or send it again as it is."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Change"), self.tr("Why the server refused it")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = buttons.addButton(
            self.tr("Open record"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)
        tasks.run_db(load_refusal_rows, self.show_rows)

    def show_rows(self, rows: list[RefusalRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for number, row in enumerate(rows):
            shown = (row.record_label, self._change_words(row.change), refusal_words(row.reason))
            for column, text in enumerate(shown):
                item = QTableWidgetItem(text)
                item.setToolTip(row.reason if column == REASON_COLUMN else text)
                self.table.setItem(number, column, item)
        if rows:
            self.table.selectRow(0)
        self.open_button.setEnabled(bool(rows))

    def _change_words(self, op: str) -> str:
        """The kind of change refused (create, update, transition, statement) in words."""
        words = {
            "create": self.tr("new record"),
            "update": self.tr("edit"),
            "transition": self.tr("status change"),
            "statement": self.tr("supplementary statement"),
        }
        return words.get(op, op)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.open_requested.emit(self.rows[row].record_type, self.rows[row].record_id)
            self.accept()
