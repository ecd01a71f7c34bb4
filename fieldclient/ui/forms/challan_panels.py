"""What is recorded on a challan after issue, below its frozen fields: the return of the seized
document once the fine is paid, and the court's decision that ends a contested challan (court,
date of the order, the amount the court set). Each is stored through the record service, which
the domain checks (docs/REGISTERS.md, section 4)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.pakistan_time import shown
from fieldclient.domain.record import Record
from fieldclient.services.station import StationServices
from fieldclient.ui.forms.pakistan_time import numbers_left_to_right
from fieldclient.ui.tasks import Tasks

MAX_COURT_AMOUNT = 10_000_000


class ChallanAfterIssuePanel(QWidget):
    """Shown for a stored challan; `on_changed(record)` after each change is stored."""

    def __init__(
        self,
        tasks: Tasks,
        on_changed: Callable[[Record], None],
        on_failed: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.on_changed = on_changed
        self.on_failed = on_failed
        self.record: Record | None = None
        self.returned = QLabel(self)
        self.returned.setObjectName("documentReturned")
        self.return_button = QPushButton(self.tr("Seized document &returned to the driver"), self)
        self.return_button.clicked.connect(self.record_return)
        self.court_box = QGroupBox(self.tr("Court's decision on the contested challan"), self)
        self.court = QLineEdit(self.court_box)
        self.court.setPlaceholderText(self.tr("e.g. Civil Judge, Lahore"))
        self.order_date = QDateEdit(self.court_box)
        self.order_date.setCalendarPopup(True)
        self.order_date.setDisplayFormat("yyyy-MM-dd")
        numbers_left_to_right(self.order_date)
        self.amount = QSpinBox(self.court_box)
        self.amount.setRange(0, MAX_COURT_AMOUNT)
        self.amount.setPrefix("Rs ")
        self.court_button = QPushButton(self.tr("Record the &decision"), self.court_box)
        self.court_button.clicked.connect(self.record_decision)
        court_form = QFormLayout(self.court_box)
        court_form.addRow(self.tr("Court"), self.court)
        court_form.addRow(self.tr("Date of the order"), self.order_date)
        court_form.addRow(self.tr("Amount the court set"), self.amount)
        court_form.addRow("", self.court_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.returned)
        layout.addWidget(self.return_button)
        layout.addWidget(self.court_box)

    def show_for(self, record: Record) -> None:
        self.record = record
        data = record.data
        seized = bool(data.get("seized_document") or data.get("documents_seized"))
        returned_at = data.get("seized_document_returned_at")
        self.returned.setText(
            self.tr("Seized document returned at {time}").format(time=shown(returned_at))
            if returned_at
            else ""
        )
        returnable = seized and not returned_at and bool(data.get("payment_ref"))
        contested = record.status == "contested"
        self.returned.setVisible(bool(returned_at))
        self.return_button.setVisible(returnable)
        self.court_box.setVisible(contested)
        today = self.tasks.now().date()
        self.order_date.setDate(QDate(today.year, today.month, today.day))
        self.order_date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.setVisible(returnable or bool(returned_at) or contested)

    def record_return(self) -> None:
        if self.record is None:
            return
        record_id, now = self.record.id, self.tasks.now().isoformat()
        self._run(
            lambda services: services.records.edit(record_id, {"seized_document_returned_at": now})
        )

    def record_decision(self) -> None:
        if self.record is None:
            return
        record_id = self.record.id
        decision: dict[str, Any] = {
            "court": self.court.text().strip(),
            "order_date": self.order_date.date().toString("yyyy-MM-dd"),
            "amount": self.amount.value(),
        }

        def decide(services: StationServices) -> Record:
            services.records.edit(record_id, {"court_decision": decision})
            return services.records.transition(record_id, "decided_by_court")

        self._run(decide)

    def _run(self, change: Callable[[StationServices], Record]) -> None:
        self.tasks.run_db(change, self.on_changed, self.on_failed)
