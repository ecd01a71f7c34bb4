"""Editors of the FIR form's register fields: an optional time, a choice with translated words,
and the list of property carried off."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldclient.ui.forms.pakistan_time import OptionalTime, PakistanDateTimeEdit

PROPERTY_ROWS = 3


class OptionalMoment(OptionalTime):
    """A time the clerk may leave out: ticked, `iso()` is the time shown; unticked, None."""

    def __init__(self, label: str, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(label, PakistanDateTimeEdit(now), parent)


class ChoiceBox(QComboBox):
    """A choice among the domain's values, each shown in words; the first entry is "not given"."""

    def __init__(self, choices: Sequence[tuple[str, str]], empty: str) -> None:
        super().__init__()
        self.addItem(empty, "")
        for value, words in choices:
            self.addItem(words, value)

    def value(self) -> str:
        return str(self.currentData() or "")

    def set_value(self, value: object) -> None:
        self.setCurrentIndex(max(0, self.findData(value or "")))


class PropertyTable(QWidget):
    """Property carried off: a description and its value in rupees per row; empty rows are left
    out. The value is sent as typed, so the domain names a wrong one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(PROPERTY_ROWS, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Description"), self.tr("Value (Rs)")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMaximumHeight(130)
        self.add_button = QPushButton(self.tr("Add a row"), self)
        self.add_button.clicked.connect(lambda: self.table.insertRow(self.table.rowCount()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.add_button)
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.setFocusProxy(self.table)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def payload(self) -> list[dict[str, Any]]:
        items = []
        for row in range(self.table.rowCount()):
            description, value = self._text(row, 0), self._text(row, 1)
            if description or value:
                items.append(
                    {key: v for key, v in (("description", description), ("value", value)) if v}
                )
        return items

    def fill(self, items: Sequence[dict[str, Any]]) -> None:
        self.table.setRowCount(max(PROPERTY_ROWS, len(items)))
        self.table.clearContents()
        for row, item in enumerate(items):
            self.table.setItem(row, 0, QTableWidgetItem(str(item.get("description", ""))))
            value = item.get("value")
            self.table.setItem(row, 1, QTableWidgetItem("" if value is None else str(value)))
