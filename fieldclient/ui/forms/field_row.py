"""One editor with its inline error label underneath, and the rule for placing domain errors.

A `FieldRow` wraps any editor (a line edit, a picker, a photo slot) and owns the small red label
that shows what the domain validation said about it. `place_errors` hands each `FieldError` to the
row bound to the longest prefix of its dotted path (`accused.1.name` → the name row of the second
accused; `violations.2` → the violations picker), so every form only declares its paths.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.errors import FieldError
from fieldclient.ui.error_words import problem_words

ERROR_STYLE = "color: #b00020; font-size: small;"
# The form body's style sheet: a field with an error is outlined in red (property `fieldError`),
# and a frozen field looks read-only (no white box to type into).
FORM_STYLE = (
    'QLineEdit[readOnly="true"], QPlainTextEdit[readOnly="true"], '
    'QAbstractSpinBox[readOnly="true"] '
    "{ background: palette(window); border: 1px solid palette(mid); }"
    ' *[fieldError="true"] { border: 2px solid #b00020; }'
)


def restyle(widget: QWidget) -> None:
    """Apply the style sheet again after a property it selects on changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def change_signal(editor: QWidget) -> SignalInstance:
    """The signal a person's edit of `editor` emits; custom widgets provide `changed`."""
    if isinstance(editor, QLineEdit | QPlainTextEdit):
        return editor.textChanged
    if isinstance(editor, QComboBox):
        return editor.currentIndexChanged
    if isinstance(editor, QAbstractButton):
        return editor.toggled
    if isinstance(editor, QDateTimeEdit):
        return editor.dateTimeChanged
    if isinstance(editor, QSpinBox):
        return editor.valueChanged
    return editor.changed  # type: ignore[attr-defined]  # the form's own editors declare it


class FieldRow(QWidget):
    """An editor and its error label; `touched` once the person has changed the editor."""

    edited = Signal()

    def __init__(self, editor: QWidget, parent: QWidget | None = None, label: str = "") -> None:
        super().__init__(parent)
        self.editor = editor
        self.label = label  # the field's name, put before each message
        self.touched = False
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(editor)
        layout.addWidget(self.error_label)
        self.setFocusProxy(editor)
        change_signal(editor).connect(self._on_change)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_message()

    def _fit_message(self) -> None:
        """A wrapped message gets the lines it needs (a form row would give it one: clipped)."""
        if self.error_label.text() and self.width() > 0:
            self.error_label.setMinimumHeight(self.error_label.heightForWidth(self.width()))

    def _on_change(self, *_args: object) -> None:
        self.touched = True
        self.edited.emit()

    def show_errors(self, messages: list[str]) -> None:
        """Each message names the field ("Address: is required"); the editor is marked red."""
        named = [f"{self.label}: {message}" if self.label else message for message in messages]
        self.error_label.setText("\n".join(named))
        self.error_label.setVisible(bool(messages))
        self._fit_message()
        marked = self.marked_widget()
        if marked is not None and bool(marked.property("fieldError")) != bool(messages):
            marked.setProperty("fieldError", bool(messages))
            restyle(marked)

    def marked_widget(self) -> QWidget | None:
        """What gets the red outline: the editor, or the box a composite editor types into."""
        if isinstance(self.editor, QLineEdit | QPlainTextEdit | QComboBox | QAbstractSpinBox):
            return self.editor
        return self.editor.focusProxy()

    @property
    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisible() else ""


def target_for(path: str, rows: Mapping[str, FieldRow]) -> FieldRow | None:
    """The row bound to the longest prefix of `path` (whole dotted segments only)."""
    parts = path.split(".")
    for length in range(len(parts), 0, -1):
        row = rows.get(".".join(parts[:length]))
        if row is not None:
            return row
    return None


def place_errors(
    errors: list[FieldError],
    rows: Mapping[str, FieldRow],
    visible: Callable[[FieldRow], bool],
) -> list[FieldError]:
    """Show each error under its row (if `visible` says so); return those with no row."""
    by_row: dict[int, list[str]] = {}
    unplaced: list[FieldError] = []
    for error in errors:
        row = target_for(error.field, rows)
        if row is None:
            unplaced.append(error)
        elif visible(row):
            by_row.setdefault(id(row), []).append(problem_words(error))
    for row in rows.values():
        row.show_errors(by_row.get(id(row), []))
    return unplaced
