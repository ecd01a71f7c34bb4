"""Parts of the tenant form: a grid of typed rows (family members, licensed weapons) whose cells
show their own errors, a date the clerk may leave out, and the panel that records the tenant's
leaving."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.record import Record
from fieldclient.services.station import StationServices
from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.pakistan_time import CalendarDateEdit, OptionalTime
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.status_panel import next_statuses
from fieldclient.ui.tasks import Tasks

Column = tuple[str, str, str]  # data key, heading, placeholder


class EntryGrid(QWidget):
    """Rows of line edits, one column per data key; a row left empty is left out. `path` is the
    data field the rows fill; `error_rows()` binds `<path>.<index>.<key>` to the cell of the
    row at that index of the payload."""

    changed = Signal()

    def __init__(
        self,
        columns: Sequence[Column],
        path: str,
        rows: int,
        add_label: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.columns = tuple(columns)
        self.path = path
        self.cells: list[dict[str, FieldRow]] = []
        self.editors: list[dict[str, QLineEdit]] = []
        self._grid = QGridLayout()
        self._grid.setContentsMargins(0, 0, 0, 0)
        for column, (_key, heading, _hint) in enumerate(self.columns):
            self._grid.addWidget(QLabel(heading, self), 0, column)
        self.add_button: QPushButton | None = None
        for _row in range(rows):
            self.add_row()
        # Made after the first rows: Tab visits their cells, then the button.
        self.add_button = QPushButton(add_label, self)
        self.add_button.clicked.connect(self.add_and_focus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._grid)
        layout.addWidget(self.add_button)

    def add_row(self) -> dict[str, QLineEdit]:
        row: dict[str, FieldRow] = {}
        editors: dict[str, QLineEdit] = {}
        number = len(self.cells) + 1
        previous: QWidget | None = self.editors[-1][self.columns[-1][0]] if self.editors else None
        for column, (key, heading, hint) in enumerate(self.columns):
            editor = QLineEdit(self)
            editor.setPlaceholderText(hint)
            cell = FieldRow(editor, self, label=f"{heading} {number}")
            cell.edited.connect(self.changed)
            self._grid.addWidget(cell, number, column)
            row[key] = cell
            editors[key] = editor
            if previous is not None and self.add_button is not None:
                # A later row's cells join the end of the window's Tab chain: put them back
                # after the row above, then the button.
                QWidget.setTabOrder(previous, editor)
            previous = editor
        if previous is not None and self.add_button is not None:
            QWidget.setTabOrder(previous, self.add_button)
        self.cells.append(row)
        self.editors.append(editors)
        return editors

    def add_and_focus(self) -> None:
        self.add_row()[self.columns[0][0]].setFocus()

    def _typed_rows(self) -> list[tuple[int, dict[str, Any]]]:
        filled = []
        for index, row in enumerate(self.editors):
            values = compact({key: typed(editor) for key, editor in row.items()})
            if values:
                filled.append((index, values))
        return filled

    def payload(self) -> list[dict[str, Any]]:
        return [values for _index, values in self._typed_rows()]

    def fill(self, entries: Sequence[dict[str, Any]]) -> None:
        while len(self.editors) < len(entries):
            self.add_row()
        for index, row in enumerate(self.editors):
            entry = entries[index] if index < len(entries) else {}
            for key, editor in row.items():
                value = entry.get(key)
                editor.setText("" if value is None else str(value))

    def error_rows(self) -> dict[str, FieldRow]:
        rows: dict[str, FieldRow] = {}
        for position, (index, _values) in enumerate(self._typed_rows()):
            for key, cell in self.cells[index].items():
                rows[f"{self.path}.{position}.{key}"] = cell
        return rows


class OptionalDate(OptionalTime):
    """A date the clerk may leave out: ticked, `iso()` is the date shown; unticked, None."""

    def __init__(self, label: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(label, CalendarDateEdit(today), parent)


class VacatePanel(QGroupBox):
    """The day the tenant left, stored as `vacated_on`, then the move to vacated."""

    def __init__(
        self,
        tasks: Tasks,
        on_changed: Callable[[Record], None],
        on_failed: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The tenant has left"))
        self.tasks = tasks
        self._on_changed = on_changed
        self._on_failed = on_failed
        self._record_id: str | None = None
        self.left_on = CalendarDateEdit(tasks.now().date(), self)
        self.vacate_button = QPushButton(self.tr("Record as &vacated"), self)
        self.vacate_button.clicked.connect(self.vacate)
        layout = QFormLayout(self)
        layout.addRow(self.tr("Vacated on"), self.left_on)
        layout.addRow("", self.vacate_button)
        self.hide()

    def show_for(self, record: Record) -> None:
        self._record_id = record.id
        self.setVisible("vacated" in next_statuses(record))

    def vacate(self) -> None:
        record_id, day = self._record_id, self.left_on.iso()
        if record_id is None:
            return

        def store(services: StationServices) -> Record:
            services.records.edit(record_id, {"vacated_on": day})
            return services.records.transition(record_id, "vacated")

        self.vacate_button.setEnabled(False)
        self.tasks.run_db(store, self._changed, self._failed)

    def _changed(self, record: Record) -> None:
        self.vacate_button.setEnabled(True)
        self._on_changed(record)

    def _failed(self, failure: Exception) -> None:
        self.vacate_button.setEnabled(True)
        self._on_failed(failure)
