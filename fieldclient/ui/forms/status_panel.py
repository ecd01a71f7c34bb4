"""Move a stored record along its lifecycle: the next statuses it may take, and the reason."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from fieldclient.domain import records as kinds
from fieldclient.domain.record import Record
from fieldclient.services.station import StationServices
from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.payloads import typed
from fieldclient.ui.kind_words import status_label
from fieldclient.ui.tasks import Tasks


def next_statuses(record: Record, leave_out: frozenset[str] = frozenset()) -> list[str]:
    """Statuses an officer may move `record` to here (server-only steps left out)."""
    kind = kinds.KINDS[record.type]
    allowed = kind.transitions.get(record.status, frozenset())
    return [
        status
        for status in kind.statuses
        if status in allowed
        and (record.status, status) not in kind.server_only
        and status not in leave_out
    ]


class StatusChangePanel(QGroupBox):
    """ "Change status" with a reason; calls `on_changed(record)` after the change is stored."""

    def __init__(
        self,
        tasks: Tasks,
        on_changed: Callable[[Record], None],
        on_failed: Callable[[Exception], None],
        leave_out: frozenset[str] = frozenset(),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Change status"))
        self.tasks = tasks
        self._on_changed = on_changed
        self._on_failed = on_failed
        self._leave_out = leave_out
        self._record: Record | None = None
        self.status = QComboBox(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Why the status changes"))
        self.reason_row = FieldRow(self.reason, self)
        self.change_button = QPushButton(self.tr("Change status"), self)
        self.change_button.clicked.connect(self.change)
        layout = QFormLayout(self)
        layout.addRow(self.tr("New status"), self.status)
        layout.addRow(self.tr("Reason"), self.reason_row)
        layout.addRow("", self.change_button)

    def show_for(self, record: Record) -> None:
        self._record = record
        self.status.clear()
        for status in next_statuses(record, self._leave_out):
            self.status.addItem(status_label(status), status)
        self.reason.clear()
        self.reason_row.show_errors([])
        self.setVisible(self.status.count() > 0)

    def change(self) -> None:
        if self._record is None or self.status.currentIndex() < 0:
            return
        record_id, to_status, reason = (
            self._record.id,
            self.status.currentData(),
            typed(self.reason),
        )
        if to_status in kinds.KINDS[self._record.type].reason_required_for and not reason:
            self.reason_row.show_errors([self.tr("is required: say why the status changes")])
            self.reason.setFocus()
            return

        def transition(services: StationServices) -> Record:
            return services.records.transition(record_id, to_status, reason)

        self.change_button.setEnabled(False)
        self.tasks.run_db(transition, self._changed, self._failed)

    def _changed(self, record: Record) -> None:
        self.change_button.setEnabled(True)
        self._on_changed(record)

    def _failed(self, failure: Exception) -> None:
        self.change_button.setEnabled(True)
        self._on_failed(failure)
