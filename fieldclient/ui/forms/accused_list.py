"""The FIR's accused: one box per person, added and removed by the officer.

An accused nobody can name is marked "unknown" and described instead (the domain refuses a name,
father's name or CNIC on an unknown accused), so the identity fields are switched off then.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.payloads import compact, typed

_IDENTITY = ("name", "father_name", "cnic")


class AccusedBox(QGroupBox):
    """One accused person's fields; `rows` maps the data key to its FieldRow."""

    edited = Signal()
    remove_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unknown = QCheckBox(self.tr("Unknown accused (describe instead of naming)"), self)
        self.name = QLineEdit(self)
        self.father_name = QLineEdit(self)
        self.cnic = QLineEdit(self)
        self.cnic.setPlaceholderText("12345-1234567-1")
        self.address = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        self.remove_button = QPushButton(self.tr("Remove this accused"), self)
        layout = QFormLayout(self)
        labels = {
            "unknown": "",
            "name": self.tr("Name"),
            "father_name": self.tr("Father's name"),
            "cnic": self.tr("CNIC"),
            "address": self.tr("Address"),
            "description": self.tr("Description"),
        }
        self.rows: dict[str, FieldRow] = {}
        for key, label in labels.items():
            row = FieldRow(getattr(self, key), self, label=label)
            layout.addRow(label, row)
            row.edited.connect(self.edited)
            self.rows[key] = row
        layout.addRow("", self.remove_button)
        self.unknown.toggled.connect(self._show_identity)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def tab_order(self) -> tuple[QWidget, ...]:
        return (
            self.unknown,
            self.name,
            self.father_name,
            self.cnic,
            self.address,
            self.description,
            self.remove_button,
        )

    def _show_identity(self, unknown: bool) -> None:
        for key in _IDENTITY:
            getattr(self, key).setEnabled(not unknown)

    def payload(self) -> dict[str, Any]:
        if self.unknown.isChecked():
            return compact(
                {
                    "unknown": True,
                    "address": typed(self.address),
                    "description": typed(self.description),
                }
            )
        return compact(
            {
                "name": typed(self.name),
                "father_name": typed(self.father_name),
                "cnic": typed(self.cnic),
                "address": typed(self.address),
                "description": typed(self.description),
            }
        )

    def fill(self, person: dict[str, Any]) -> None:
        self.unknown.setChecked(bool(person.get("unknown")))
        for key in ("name", "father_name", "cnic", "address"):
            getattr(self, key).setText(str(person.get(key, "")))
        self.description.setPlainText(str(person.get("description", "")))


class AccusedList(QWidget):
    """Any number of `AccusedBox`es; starts with one. `path` is the data field they fill (an
    FIR's `accused`, a complaint's `against`)."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, path: str = "accused") -> None:
        super().__init__(parent)
        self.path = path
        self.boxes: list[AccusedBox] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button: QPushButton | None = None
        self.add_box()
        # Made after the first box: Tab visits its fields, then "Add another accused".
        self.add_button = QPushButton(self.tr("Add another accused"), self)
        self.add_button.clicked.connect(self.add_and_focus)
        self._layout.addWidget(self.add_button)

    def add_box(self) -> AccusedBox:
        box = AccusedBox(self)
        box.edited.connect(self.changed)
        box.remove_requested.connect(self.remove_box)
        self._layout.insertWidget(len(self.boxes), box)
        self.boxes.append(box)
        if len(self.boxes) > 1 and self.add_button is not None:
            # A later box's widgets join the end of the window's Tab chain: put them back after
            # the box before it, then "Add another accused".
            previous: QWidget = self.boxes[-2].remove_button
            for widget in (*box.tab_order(), self.add_button):
                QWidget.setTabOrder(previous, widget)
                previous = widget
        self._renumber()
        self.changed.emit()
        return box

    def add_and_focus(self) -> AccusedBox:
        """The officer asked for another accused: the cursor goes to its first field."""
        box = self.add_box()
        box.unknown.setFocus()
        return box

    def remove_box(self, box: AccusedBox) -> None:
        self.boxes.remove(box)
        box.deleteLater()
        self._renumber()
        self.changed.emit()

    def _renumber(self) -> None:
        for number, box in enumerate(self.boxes, start=1):
            box.setTitle(self.tr("Accused {number}").format(number=number))

    def payload(self) -> list[dict[str, Any]]:
        return [box.payload() for box in self.boxes]

    def fill(self, people: list[dict[str, Any]]) -> None:
        """One box per person; the boxes already there are reused (the first is never remade,
        so the Tab order built around it holds)."""
        people = people or [{}]
        while len(self.boxes) > len(people):
            self.remove_box(self.boxes[-1])
        while len(self.boxes) < len(people):
            self.add_box()
        for box, person in zip(self.boxes, people, strict=True):
            box.fill(person)

    def error_rows(self) -> dict[str, FieldRow]:
        """`<path>.<index>.<field>` → the row in the box at that index."""
        return {
            f"{self.path}.{index}.{key}": row
            for index, box in enumerate(self.boxes)
            for key, row in box.rows.items()
        }
