"""A registered FIR grows only by supplementary statements: those so far, and a box for the next."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fieldclient.domain.pakistan_time import shown
from fieldclient.domain.record import Record
from fieldclient.domain.records import kind_of
from fieldclient.services.station import StationServices
from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.tasks import Tasks


def statements_text(record: Record) -> str:
    return "\n\n".join(
        f"{shown(entry['at'])} — {entry.get('given_by') or entry['by']}:\n{entry['text']}"
        for entry in record.statements
    )


class StatementPanel(QGroupBox):
    """ "Add supplementary statement"; calls `on_added(record)` once it is stored."""

    def __init__(
        self,
        tasks: Tasks,
        on_added: Callable[[Record], None],
        on_failed: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Supplementary statements"))
        self.tasks = tasks
        self._on_added = on_added
        self._on_failed = on_failed
        self._record_id: str | None = None
        self.history = QPlainTextEdit(self)
        self.history.setReadOnly(True)
        self.history.setMaximumHeight(120)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setMaximumHeight(80)
        self.text_row = FieldRow(self.text, self)
        self.given_by = QLineEdit(self)
        self.given_by.setPlaceholderText(self.tr("Optional: who gave the statement"))
        self.add_button = QPushButton(self.tr("Add supplementary statement"), self)
        self.add_button.clicked.connect(self.add)
        layout = QFormLayout(self)
        layout.addRow(self.tr("So far"), self.history)
        layout.addRow(self.tr("New statement"), self.text_row)
        layout.addRow(self.tr("Given by"), self.given_by)
        layout.addRow("", self.add_button)

    def show_for(self, record: Record) -> None:
        self._record_id = record.id
        self.history.setPlainText(statements_text(record))
        self.setVisible(record.status in kind_of(record.type).statement_statuses)

    def add(self) -> None:
        statement = compact({"text": typed(self.text), "given_by": typed(self.given_by)})
        if self._record_id is None:
            return
        if "text" not in statement:
            self.text_row.show_errors([self.tr("is required: write the statement")])
            self.text.setFocus()
            return
        record_id = self._record_id

        def append(services: StationServices) -> Record:
            return services.records.append_statement(record_id, statement)

        self.add_button.setEnabled(False)
        self.tasks.run_db(append, self._added, self._failed)

    def _added(self, record: Record) -> None:
        self.add_button.setEnabled(True)
        self.text.clear()
        self.given_by.clear()
        self.text_row.show_errors([])
        self.show_for(record)
        self._on_added(record)

    def _failed(self, failure: Exception) -> None:
        self.add_button.setEnabled(True)
        self._on_failed(failure)
