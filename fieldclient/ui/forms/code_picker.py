"""Pick several entries from a long reference list: a filter box, the matches, and the chosen ones.

Used for the FIR's offences ("PPC 379 — Theft") and the challan's violation codes. Keyboard
first: type in the filter, Down and Up move the highlight through the matches (the first is
highlighted as you type), Enter adds the highlighted one, Delete removes the highlighted chosen
entry. Urdu digits match like ASCII ones (۴۱۱ finds 411), and an option may carry more words to
search (its Urdu name, where the reference data has one). A form may also accept a code typed in
full that is not in the list (`accept_typed`: the FIR's "CNSA 9(c)", a clause of a listed
section).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

CODE_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1
_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")


def searchable(text: str) -> str:
    """Case-folded, with Urdu (Extended Arabic-Indic) and Arabic-Indic digits as ASCII."""
    return text.translate(_DIGITS).casefold()


class CodePicker(QWidget):
    """`codes()` are the chosen codes in the order picked; `changed` fires when they change."""

    changed = Signal()

    def __init__(
        self,
        filter_hint: str,
        chosen_title: str,
        parent: QWidget | None = None,
        *,
        no_match_hint: str = "",
    ) -> None:
        super().__init__(parent)
        self._labels: dict[str, str] = {}
        self.accept_typed: Callable[[str], str | None] = lambda _typed: None
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(filter_hint)
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        self.matches = QListWidget(self)
        self.no_match = QLabel(no_match_hint or self.tr("Nothing matches what you typed."), self)
        self.no_match.setObjectName("noMatch")
        self.no_match.setWordWrap(True)
        self.no_match.hide()
        self.chosen = QListWidget(self)
        self.add_button = QPushButton(self.tr("Add ↓"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter, 0, 0, 1, 2)
        layout.addWidget(self.matches, 1, 0, 1, 2)
        layout.addWidget(self.no_match, 2, 0, 1, 2)
        layout.addWidget(self.add_button, 3, 0)
        layout.addWidget(self.remove_button, 3, 1)
        layout.addWidget(QLabel(chosen_title, self), 4, 0, 1, 2)
        layout.addWidget(self.chosen, 5, 0, 1, 2)
        self.matches.setMaximumHeight(140)
        self.chosen.setMaximumHeight(100)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.returnPressed.connect(self.add_highlighted)
        self.matches.itemActivated.connect(lambda _item: self.add_highlighted())
        self.add_button.clicked.connect(self.add_highlighted)
        self.remove_button.clicked.connect(self.remove_highlighted)
        QShortcut(
            QKeySequence(Qt.Key.Key_Delete),
            self.chosen,
            self.remove_highlighted,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.setFocusProxy(self.filter)

    def set_options(
        self, options: Sequence[tuple[str, str]], more_words: Mapping[str, str] | None = None
    ) -> None:
        """`(code, label)` pairs to pick from, and per code more words to search (not shown);
        chosen codes stay chosen."""
        self._labels = dict(options)
        self.matches.clear()
        for code, label in options:
            item = QListWidgetItem(label, self.matches)
            item.setData(CODE_ROLE, code)
            extra = (more_words or {}).get(code, "")
            item.setData(SEARCH_ROLE, searchable(f"{label} {extra}"))
        for index in range(self.chosen.count()):
            item = self.chosen.item(index)
            item.setText(self._labels.get(item.data(CODE_ROLE), item.data(CODE_ROLE)))
        self._apply_filter(self.filter.text())

    def codes(self) -> list[str]:
        return [self.chosen.item(i).data(CODE_ROLE) for i in range(self.chosen.count())]

    def set_codes(self, codes: Sequence[str]) -> None:
        self.chosen.clear()
        for code in codes:
            item = QListWidgetItem(self._labels.get(code, code), self.chosen)
            item.setData(CODE_ROLE, code)
        self.changed.emit()

    @property
    def read_only(self) -> bool:
        """A frozen form makes the filter read-only; the lists then only show what was picked."""
        return self.filter.isReadOnly()

    def add_code(self, code: str) -> None:
        if not self.read_only and code not in self.codes():
            self.set_codes([*self.codes(), code])

    def _shown_rows(self) -> list[int]:
        # Rows, not currentItem(): PySide6 6.12 on Python 3.11 drops a reference to None each
        # time a binding returns None, and enough of those abort the interpreter.
        return [i for i in range(self.matches.count()) if not self.matches.item(i).isHidden()]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down / Up in the filter move through the matches (not the form's scroll area)."""
        if (
            watched is self.filter
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
        ):
            step = {Qt.Key.Key_Down.value: 1, Qt.Key.Key_Up.value: -1}.get(event.key())
            if step is not None:
                self.move_highlight(step)
                return True
        return super().eventFilter(watched, event)

    def move_highlight(self, step: int) -> None:
        shown = self._shown_rows()
        if not shown:
            return
        row = self.matches.currentRow()
        position = shown.index(row) + step if row in shown else 0
        row = shown[max(0, min(len(shown) - 1, position))]
        self.matches.setCurrentRow(row)
        self.matches.scrollToItem(self.matches.item(row))

    def add_highlighted(self) -> None:
        shown = self._shown_rows()
        if not shown:
            typed_code = self.accept_typed(self.filter.text())  # a clause: "CNSA 9(c)"
            if typed_code is not None:
                self.add_code(typed_code)
                self.filter.clear()
            return
        row = self.matches.currentRow()
        item = self.matches.item(row if row in shown else shown[0])
        self.add_code(item.data(CODE_ROLE))
        self.filter.clear()

    def remove_highlighted(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0 and not self.read_only:
            self.chosen.takeItem(row)
            self.changed.emit()

    def _apply_filter(self, text: str) -> None:
        words = searchable(text).split()
        for index in range(self.matches.count()):
            item = self.matches.item(index)
            haystack = item.data(SEARCH_ROLE) or searchable(item.text())
            item.setHidden(not all(word in haystack for word in words))
        shown = self._shown_rows()
        typed_ok = bool(words) and self.accept_typed(text) is not None
        self.no_match.setVisible(bool(words) and not shown and not typed_ok)
        if shown:  # what Enter would add is always the highlighted, visible row
            self.matches.setCurrentRow(shown[0])
            self.matches.scrollToItem(self.matches.item(shown[0]))
