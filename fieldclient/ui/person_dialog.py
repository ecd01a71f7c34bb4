"""A person's records at this station, by CNIC (or passport / PoR number), from any screen
(Ctrl+Shift+P or File ▸ Person by CNIC…): every FIR, challan, tenancy and complaint that names
them, with the role, number, status and date; a row opens its record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.records.people import identity_key
from fieldclient.services.people import PersonRecord
from fieldclient.ui.forms import form_for, open_form
from fieldclient.ui.forms.record_form import role_label
from fieldclient.ui.kind_words import kind_label, status_label
from fieldclient.ui.record_list_model import display_time
from fieldclient.ui.tasks import Tasks


class PersonDialog(QDialog):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(self.tr("Person by CNIC"))
        self.identity = QLineEdit(self)
        self.identity.setPlaceholderText(self.tr("CNIC 12345-1234567-1, passport or PoR no."))
        self.identity.returnPressed.connect(self.look_up)
        self.find_button = QPushButton(self.tr("Find"), self)
        self.find_button.clicked.connect(self.look_up)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Record"),
                self.tr("Role"),
                self.tr("Number"),
                self.tr("Status"),
                self.tr("Date"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.cellDoubleClicked.connect(self.open_row)
        self.rows: list[PersonRecord] = []
        search = QHBoxLayout()
        search.addWidget(self.identity, 1)
        search.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.addLayout(search)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.resize(720, 420)

    def look_up(self) -> None:
        typed = self.identity.text()
        if identity_key(typed) is None:
            self.summary.setText(
                self.tr("Type a CNIC like 12345-1234567-1, or a passport or PoR number.")
            )
            return
        self.find_button.setEnabled(False)
        self.tasks.run_db(lambda services: services.people.lookup(typed), self.show_rows)

    def show_rows(self, rows: list[PersonRecord]) -> None:
        self.find_button.setEnabled(True)
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            cells = (
                kind_label(row.record_type),
                role_label(row.role),
                row.number,
                status_label(row.status, row.record_type),
                display_time(row.when),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.record_id)
                self.table.setItem(index, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(self.tr("Records naming this person: {count}").format(count=len(rows)))

    def open_row(self, row: int, _column: int = 0) -> None:
        chosen = self.rows[row]
        if form_for(chosen.record_type) is not None:
            open_form(self.parentWidget() or self, self.tasks, chosen.record_type, chosen.record_id)
