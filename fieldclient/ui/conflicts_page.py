"""The conflicts inbox: concurrent edits of one field, side by side, settled by a person.

The sync engine keeps the value that lost (by hybrid logical clock) in a conflict record; the
record itself already shows the winner. "Keep mine" / "Keep theirs" calls
`ConflictService.resolve` on the DB thread, which writes the choice as an ordinary change that
syncs like any other. The page is refreshed after every sync and every resolution.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain import records as kinds
from fieldclient.domain.errors import DomainError
from fieldclient.services.conflicts import ConflictService, ConflictView
from fieldclient.services.station import StationServices
from fieldclient.ui.bidi import shown_time
from fieldclient.ui.error_words import field_words, officer_message
from fieldclient.ui.errors import report_error
from fieldclient.ui.kind_words import kind_label
from fieldclient.ui.status_bar import ERROR_STYLE
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.errors import VaultError

ModelIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ConflictRow:
    conflict: ConflictView
    record_label: str  # "FIR PS-2024-0001 — Gul Zaman": what the officer recognises


def load_conflict_rows(services: StationServices) -> list[ConflictRow]:
    """On the DB thread: open conflicts with a label for each one's record."""
    conflicts = ConflictService(services.session).list_conflicts()
    stored = services.records.get_many(sorted({c.record_id for c in conflicts}))
    rows = []
    for conflict in conflicts:
        record = stored.get(conflict.record_id)
        label = conflict.record_id[:8]
        if record is not None:
            summary = kinds.summary(record)
            label = f"{kind_label(record.type)} {summary['number']} — {summary['title']}"
        rows.append(ConflictRow(conflict, label))
    return rows


def value_text(value: Any) -> str:
    if value is None:
        return "—"
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, indent=1)


def when_text(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return shown_time(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class ConflictTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[ConflictRow] = []
        self.headers = (
            self.tr("Record"),
            self.tr("Field"),
            self.tr("Mine"),
            self.tr("Theirs"),
            self.tr("My officer"),
            self.tr("Their officer"),
            self.tr("Found"),
        )

    def set_rows(self, rows: list[ConflictRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        row = self.rows[index.row()]
        conflict = row.conflict
        cells = (
            row.record_label,
            field_words(conflict.field),
            value_text(conflict.mine).replace("\n", " "),
            value_text(conflict.theirs).replace("\n", " "),
            conflict.mine_officer or "",
            conflict.theirs_officer or "",
            when_text(conflict.created_at),
        )
        return cells[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return section + 1 if orientation == Qt.Orientation.Vertical else None


class ConflictSide(QGroupBox):
    """One side of the comparison: whose value, and the value in full."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = QPlainTextEdit(self)
        self.value.setReadOnly(True)
        self.keep_button = QPushButton(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.keep_button)

    def show_value(self, title: str, value: Any, kept_for_now: bool) -> None:
        suffix = self.tr(" — shown now") if kept_for_now else ""
        self.setTitle(title + suffix)
        self.value.setPlainText(value_text(value))


class ConflictsPage(QWidget):
    """`count_changed(open)` after each load; `resolved(record_id)` after a resolution."""

    count_changed = Signal(int)
    resolved = Signal(str)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.setObjectName("conflictsPage")
        self.summary = QLabel(self)
        self.model = ConflictTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self.field_label = QLabel(self)
        self.mine = ConflictSide(self)
        self.mine.keep_button.setText(self.tr("Keep mine"))
        self.mine.keep_button.setObjectName("keepMineButton")
        self.mine.keep_button.clicked.connect(lambda: self.resolve_current("mine"))
        self.theirs = ConflictSide(self)
        self.theirs.keep_button.setText(self.tr("Keep theirs"))
        self.theirs.keep_button.setObjectName("keepTheirsButton")
        self.theirs.keep_button.clicked.connect(lambda: self.resolve_current("theirs"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.detail = QWidget(self)
        sides = QHBoxLayout()
        sides.addWidget(self.mine)
        sides.addWidget(self.theirs)
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.addWidget(self.field_label)
        detail_layout.addLayout(sides)
        detail_layout.addWidget(self.problem)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, stretch=1)
        self.show_rows([])

    def refresh(self) -> None:
        self.tasks.run_db(load_conflict_rows, self.show_rows)

    def current_row(self) -> ConflictRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def resolve_current(self, keep: str) -> None:
        row = self.current_row()
        if row is None:
            return
        conflict_id = row.conflict.id
        self._enable_buttons(False)
        self.tasks.run_db(
            lambda services: ConflictService(services.session).resolve(conflict_id, keep),
            self._resolved,
            self._refused,
        )

    def _resolved(self, record: Any) -> None:
        self.problem.clear()
        self.refresh()
        self.resolved.emit(record.id)

    def _refused(self, problem: Exception) -> None:
        self._enable_buttons(True)
        if isinstance(problem, DomainError | VaultError):
            self.problem.setText(officer_message(problem))
        else:
            report_error(self, problem)

    def show_rows(self, rows: list[ConflictRow]) -> None:
        chosen = self.current_row()
        self.model.set_rows(rows)
        self.summary.setText(
            self.tr("{count} conflict(s) to review. Choose a row, then keep one value.").format(
                count=len(rows)
            )
            if rows
            else self.tr("No conflicts: nothing to review.")
        )
        self.detail.setVisible(bool(rows))
        if rows:
            ids = [row.conflict.id for row in rows]
            keep_at = ids.index(chosen.conflict.id) if chosen and chosen.conflict.id in ids else 0
            self.table.selectRow(keep_at)
            self.table.resizeColumnsToContents()
        self.count_changed.emit(len(rows))

    def _show_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        conflict = self.model.rows[current.row()].conflict
        self.field_label.setText(
            self.tr("<b>{record}</b> — field <b>{field}</b>, changed on two devices").format(
                record=html.escape(self.model.rows[current.row()].record_label),
                field=html.escape(field_words(conflict.field)),
            )
        )
        self.mine.show_value(
            self.tr("Mine ({officer})").format(officer=conflict.mine_officer or "?"),
            conflict.mine,
            conflict.winner == "mine",
        )
        self.theirs.show_value(
            self.tr("Theirs ({officer})").format(officer=conflict.theirs_officer or "?"),
            conflict.theirs,
            conflict.winner == "theirs",
        )
        self.problem.clear()
        self._enable_buttons(True)

    def _enable_buttons(self, enabled: bool) -> None:
        self.mine.keep_button.setEnabled(enabled)
        self.theirs.keep_button.setEnabled(enabled)
