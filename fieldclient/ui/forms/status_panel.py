"""Move a stored record along its lifecycle: the next statuses it may take, and the reason.

The statuses whose move the signed-in officer's role may not make (the kind's
``transition_actions``, ``domain/roles.py``: a warden is offered "void proposed", not "voided")
are taken off the list once the role is read on the DB thread; the service refuses them anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QPushButton, QWidget

from fieldclient.domain import records as kinds
from fieldclient.domain import roles
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
        record_id = record.id
        self.tasks.run_db(
            lambda services: services.session.vault.role,
            lambda role: self._keep_allowed(record_id, role),
        )

    def _keep_allowed(self, record_id: str, role: str | None) -> None:
        """Take off the statuses ``role`` may not move the shown record to."""
        if self._record is None or self._record.id != record_id:
            return
        actions = kinds.KINDS[self._record.type].transition_actions
        for index in reversed(range(self.status.count())):
            action = actions.get(str(self.status.itemData(index)))
            if action is not None and not roles.may(role, action):
                self.status.removeItem(index)
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
