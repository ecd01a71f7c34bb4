"""Today's attendance roll-up as a table: badge, status, first check-in, last check-out."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from fieldclient.domain.attendance_rollup import RollupRow
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.records.absence import ABSENCE_LABELS

AnyIndex = QModelIndex | QPersistentModelIndex


def _clock(moment: datetime | None) -> str:
    return moment.astimezone(PAKISTAN_TIME).strftime("%H:%M") if moment else "—"


class RollupModel(QAbstractTableModel):
    """A handful of rows (one per rostered officer), replaced whole after every event."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[RollupRow] = []
        self._headers = (
            self.tr("Badge"),
            self.tr("Status"),
            self.tr("First in"),
            self.tr("Last out"),
        )
        self._statuses = {
            "present": self.tr("present"),
            "late": self.tr("late"),
            "absent": self.tr("absent"),
        } | {
            kind: QCoreApplication.translate("RecordKind", words)
            for kind, words in ABSENCE_LABELS.items()
        }

    def set_rows(self, rows: list[RollupRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        values = (
            row.badge,
            self._statuses.get(row.status, row.status),
            _clock(row.first_in),
            _clock(row.last_out),
        )
        return values[index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None
