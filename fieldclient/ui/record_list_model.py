"""The table behind every record list: ids only, rows fetched lazily (Anki's browser model).

A query asks the DB thread for the first page of rows and the count (the first screen at once),
then for every matching id in display order. `fetchMore` grows the visible row count a page at a
time as the view scrolls, and `data()` asks the DB thread for a missing page and shows blanks until
it arrives. A small LRU cache keeps the rows seen last, so a vault of 100,000 records opens and
scrolls without a pause.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from fieldclient.domain.records import KINDS, summary
from fieldclient.services.station import StationServices
from fieldclient.settings import OVERDUE_DAYS
from fieldclient.ui.bidi import isolate_latin, left_to_right, shown_time
from fieldclient.ui.forms.history_panel import latest_reason
from fieldclient.ui.kind_words import column_titles, status_label
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.repository import RecordQuery

COLUMNS = ("number", "status", "title", "detail", "when")
SORT_KEYS = {"number": "number", "status": "status", "when": "record_time"}
PAGE_SIZE = 200
CACHE_LIMIT = 2_000
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = "#b00020"  # the forms' error red
ALERT_BACKGROUND = QBrush(QColor("#fde0dc"))  # a row whose summary carries an "alert"

AnyIndex = QModelIndex | QPersistentModelIndex
RowSummaries = dict[str, dict[str, str]]


ALERT_STATUSES = frozenset({"flagged", "returned_for_correction"})  # the reason is on the row


def _summaries(services: StationServices, record_ids: list[str], overdue_days: int) -> RowSummaries:
    """The list columns of each record, and `overdue` ("1") for one waiting past the limit."""
    found = services.records.get_many(record_ids)
    now = services.session.now()
    rows = {}
    for record_id, record in found.items():
        row = summary(record)
        overdue = KINDS[record.type].overdue
        if overdue is not None and overdue(record, now, overdue_days):
            row["overdue"] = "1"
        if record.status in ALERT_STATUSES:  # why, shown on the row (a flagged tenant)
            row["alert"] = latest_reason(record, record.status)
        rows[record_id] = row
    return rows


def display_time(value: str) -> str:
    """`2025-03-01T14:05:00+05:00` as `2025-03-01 14:05` (Pakistan time, isolated so it reads
    the same in Urdu); a plain date stays as it is."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return shown_time(moment) if "T" in value else left_to_right(value)


class RecordListModel(QAbstractTableModel):
    """Rows of one `RecordQuery`; `loaded(total)` fires when a query's ids have arrived."""

    loaded = Signal(int)

    def __init__(self, tasks: Tasks, query: RecordQuery, parent: Any = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._query = query
        self._ids: list[str] = []
        self._shown = 0
        self._total = 0
        self._rows: OrderedDict[str, dict[str, str]] = OrderedDict()
        self._requested: set[str] = set()
        self._generation = 0
        self.overdue_days = OVERDUE_DAYS.default  # the main window keeps it to the setting

    # ---- queries -------------------------------------------------------------------------

    @property
    def query(self) -> RecordQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: RecordQuery) -> None:
        self._query = query
        self.reload()

    def reload(self) -> None:
        """Two DB jobs: the first screen and the count at once, then every matching id."""
        self._generation += 1
        generation, query, days = self._generation, self._query, self.overdue_days

        def first_screen(services: StationServices) -> tuple[list[str], RowSummaries, int]:
            record_ids = services.records.find_ids(query, PAGE_SIZE)
            rows = _summaries(services, record_ids, days)
            return record_ids, rows, services.records.count(query)

        self._tasks.run_db(first_screen, lambda result: self._first_screen(generation, *result))
        self._tasks.run_db(
            lambda services: services.records.find_ids(query),
            lambda record_ids: self._all_ids(generation, record_ids),
        )

    def record_id(self, row: int) -> str:
        return self._ids[row]

    def _first_screen(
        self, generation: int, record_ids: list[str], first: RowSummaries, total: int
    ) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.beginResetModel()
        self._ids = record_ids
        self._shown = len(record_ids)
        self._total = total
        self._rows = OrderedDict(first)  # fresh rows: a sync may have renumbered records
        self._requested.clear()
        self.endResetModel()
        self.loaded.emit(total)

    def _all_ids(self, generation: int, record_ids: list[str]) -> None:
        if generation != self._generation:
            return
        if record_ids[: self._shown] == self._ids[: self._shown]:
            self._ids = record_ids  # the rows on screen stay; more can be fetched now
            return
        self.beginResetModel()  # records changed between the two jobs: start over
        self._ids = record_ids
        self._shown = min(PAGE_SIZE, len(record_ids))
        self.endResetModel()

    # ---- the Qt model --------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def canFetchMore(self, parent: AnyIndex) -> bool:
        return not parent.isValid() and self._shown < len(self._ids)

    def fetchMore(self, parent: AnyIndex) -> None:
        if not self.canFetchMore(parent):
            return
        extra = min(PAGE_SIZE, len(self._ids) - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + extra - 1)
        self._shown += extra
        self.endInsertRows()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self._shown:
            return None
        record_id = self._ids[index.row()]
        if role == RECORD_ID_ROLE:
            return record_id
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self._rows.get(record_id)
            overdue = row is not None and column == "status" and row.get("overdue")
            return QColor(OVERDUE_COLOUR) if overdue else None
        if role == Qt.ItemDataRole.BackgroundRole:
            row = self._rows.get(record_id)
            return ALERT_BACKGROUND if row and row.get("alert") else None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self._rows.get(record_id)
        if row is None:
            self._request_page(index.row())
            return ""
        self._rows.move_to_end(record_id)
        if column == "status" and row.get("alert"):  # a flag's reason, on the row itself
            return f"{status_label(row[column], self._query.record_type)}: {row['alert']}"
        if column == "when":
            return display_time(row[column])
        if column == "status":
            words = status_label(row[column], self._query.record_type)
            return self.tr("{status} — overdue").format(status=words) if "overdue" in row else words
        return isolate_latin(row[column])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(COLUMNS):
            return None
        return self.column_titles()[section]

    def column_titles(self) -> tuple[str, ...]:
        """Headers naming what `summary()` puts in title and detail for this record type."""
        title, detail = column_titles(self._query.record_type)
        return (self.tr("Number"), self.tr("Status"), title, detail, self.tr("When"))

    @staticmethod
    def sortable(column: int) -> bool:
        """Whether the vault can sort by this column (names and details are not indexed)."""
        return 0 <= column < len(COLUMNS) and SORT_KEYS.get(COLUMNS[column]) is not None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(COLUMNS[column]) if 0 <= column < len(COLUMNS) else None
        if key is None:
            return  # names and details are not indexed for sorting
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) != (self._query.order_by, self._query.descending):
            self.set_query(dataclasses.replace(self._query, order_by=key, descending=descending))

    # ---- lazy rows -----------------------------------------------------------------------

    def _request_page(self, row: int) -> None:
        start = row - row % PAGE_SIZE
        wanted = [
            record_id
            for record_id in self._ids[start : start + PAGE_SIZE]
            if record_id not in self._rows and record_id not in self._requested
        ]
        if not wanted:
            return
        self._requested.update(wanted)
        generation, days = self._generation, self.overdue_days
        self._tasks.run_db(
            lambda services: _summaries(services, wanted, days),
            lambda found: self._page_arrived(generation, start, wanted, found),
        )

    def _page_arrived(
        self, generation: int, start: int, wanted: list[str], found: RowSummaries
    ) -> None:
        if generation != self._generation:
            return
        self._requested.difference_update(wanted)
        self._rows.update(found)
        while len(self._rows) > CACHE_LIMIT:
            self._rows.popitem(last=False)
        last = min(start + PAGE_SIZE, self._shown) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(COLUMNS) - 1))
