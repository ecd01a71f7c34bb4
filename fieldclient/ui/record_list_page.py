"""One record type's list: search as you type, status and date filters, sortable table, count."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.records import STATUSES
from fieldclient.ui.forms.pakistan_time import numbers_left_to_right
from fieldclient.ui.kind_words import status_label
from fieldclient.ui.record_list_model import RecordListModel
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.repository import RecordQuery

SEARCH_DELAY_MS = 250
NO_DATE = QDate(2000, 1, 1)  # the minimum of the date boxes, shown as "any"


class AnyDateEdit(QDateEdit):
    """A date box whose lowest date means "any": its calendar then opens at today's month, not
    at that date (January 2000). The calendar is made when first opened, as Qt does."""

    def __init__(self, today: Callable[[], QDate], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today

    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        self._calendar_at_today()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        self._calendar_at_today()

    def _calendar_at_today(self) -> None:
        if self.date() != self.minimumDate():
            return
        calendar = self.findChild(QCalendarWidget)  # only once opened; never made here
        if calendar is not None and calendar.isVisible():
            today = self._today()
            calendar.setCurrentPage(today.year(), today.month())


class RecordListPage(QWidget):
    """Emits `new_requested(type)` and `open_requested(type, record_id)`; the window opens forms."""

    new_requested = Signal(str)
    open_requested = Signal(str, str)

    def __init__(
        self,
        tasks: Tasks,
        record_type: str,
        *,
        can_create: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.record_type = record_type
        self.tasks = tasks
        self.model = RecordListModel(tasks, RecordQuery(record_type=record_type), self)
        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("searchBox")
        self.search_box.setPlaceholderText(self.tr("Search names, CNIC, numbers, places…"))
        self.search_box.setClearButtonEnabled(True)
        self.status_filter = QComboBox(self)
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in STATUSES[record_type]:
            self.status_filter.addItem(status_label(status, record_type), status)
        self.date_from = self._date_box()
        self.date_to = self._date_box()
        self.new_button = QPushButton(self.tr("New"), self)
        self.new_button.setVisible(can_create)
        self.table = self._table()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self._sorted = (4, Qt.SortOrder.DescendingOrder)  # the sort arrow's last sortable place
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._lay_out()
        self._connect()
        self.model.reload()

    # ---- building ------------------------------------------------------------------------

    def _date_box(self) -> QDateEdit:
        box = AnyDateEdit(lambda: _qdate(self.tasks.now().date()), self)
        box.setCalendarPopup(True)
        box.setDisplayFormat("yyyy-MM-dd")
        numbers_left_to_right(box)
        box.setMinimumDate(NO_DATE)
        box.setSpecialValueText(self.tr("any"))
        box.setDate(NO_DATE)
        return box

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setSortIndicator(4, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        for column, width in enumerate((300, 110, 180, 150)):
            table.setColumnWidth(column, width)
        return table

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        filters.addWidget(self.search_box, stretch=3)
        filters.addWidget(self.status_filter, stretch=1)
        filters.addWidget(QLabel(self.tr("From"), self))
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("To"), self))
        filters.addWidget(self.date_to)
        filters.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.count_label)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._search_timer.start)
        self._search_timer.timeout.connect(self.apply_filters)
        self.status_filter.currentIndexChanged.connect(self.apply_filters)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.new_button.clicked.connect(lambda: self.new_requested.emit(self.record_type))
        self.table.activated.connect(self._open_row)
        self.model.loaded.connect(self._show_count)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._keep_sort_arrow)

    # ---- behaviour -----------------------------------------------------------------------

    def apply_filters(self) -> None:
        self._search_timer.stop()
        query = dataclasses.replace(
            self.model.query,
            search=self.search_box.text().strip() or None,
            status=self.status_filter.currentData(),
            date_from=_chosen_day(self.date_from),
            date_to=_chosen_day(self.date_to),
        )
        if query != self.model.query:
            self.model.set_query(query)

    def refresh(self) -> None:
        self.model.reload()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def _filtered(self) -> bool:
        query = self.model.query
        return any((query.search, query.status, query.date_from, query.date_to))

    def _show_count(self, total: int) -> None:
        if self._filtered():
            self.count_label.setText(self.tr("Matches: {count}").format(count=total))
        else:
            self.count_label.setText(self.tr("Records: {count}").format(count=total))

    def _keep_sort_arrow(self, column: int, order: Qt.SortOrder) -> None:
        """The arrow moves only to a column the list can sort by; elsewhere it stays put."""
        if self.model.sortable(column):
            self._sorted = (column, order)
            return
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(*self._sorted)
        header.blockSignals(False)

    def _open_row(self, index: QModelIndex) -> None:
        self.open_requested.emit(self.record_type, self.model.record_id(index.row()))


def _chosen_day(box: QDateEdit) -> date | None:
    chosen = box.date()
    return None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)
