"""After registration: the facts the FIR's later moves need (docs/REGISTERS.md, "Lifecycle"),
each editable only in the status that records it, and the s.173 interim-report deadline.

The officer records them here (a cancellation proposal's category, the Magistrate's order, a
report under s.173, the station it is transferred to), then changes the status in the status
panel; the domain refuses the status change while its fact is missing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.record import Record
from fieldclient.domain.records.fir.lifecycle import (
    EDITABLE,
    interim_report_due,
    interim_report_pressing,
)
from fieldclient.services.station import StationServices
from fieldclient.ui.forms.fir_widgets import ChoiceBox, OptionalMoment
from fieldclient.ui.forms.pakistan_time import CalendarDateEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.tasks import Tasks

PRESSING_STYLE = "color: #b00020; font-weight: bold;"


class FirLifecyclePanel(QGroupBox):
    """Shows the lifecycle fields of the record's status; `on_saved(record)` once stored."""

    def __init__(
        self,
        tasks: Tasks,
        on_saved: Callable[[Record], None],
        on_failed: Callable[[Exception], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Investigation and closure"))
        self.tasks = tasks
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._record: Record | None = None
        self.deadline = QLabel(self)
        self.deadline.setWordWrap(True)
        self.errors = QLabel(self)
        self.errors.setStyleSheet(PRESSING_STYLE)
        self.errors.setWordWrap(True)
        now = tasks.now()
        self.category = ChoiceBox(
            [
                ("maliciously_false", self.tr("Maliciously false")),
                ("false_mistake_of_law", self.tr("False: mistake of law")),
                ("false_mistake_of_fact", self.tr("False: mistake of fact")),
                ("non_cognizable", self.tr("Non-cognizable")),
                ("civil_dispute", self.tr("Matter for a civil suit")),
            ],
            self.tr("— choose —"),
        )
        self.complainant_informed = OptionalMoment(self.tr("informed"), now)
        self.report_kind = ChoiceBox(
            [
                ("interim", self.tr("Interim report")),
                ("final", self.tr("Final report (challan)")),
                ("supplementary", self.tr("Supplementary report")),
            ],
            self.tr("— none to add —"),
        )
        self.report_date = CalendarDateEdit(now.astimezone(PAKISTAN_TIME).date())
        self.reports = QLabel(self)
        self.transfer_station = QLineEdit(self)
        self.court = QLineEdit(self)
        self.magistrate = QLineEdit(self)
        self.order_no = QLineEdit(self)
        self.order_date = CalendarDateEdit(now.astimezone(PAKISTAN_TIME).date())
        self.save_button = QPushButton(self.tr("Save these details"), self)
        self.save_button.clicked.connect(self.save)
        layout = QFormLayout(self)
        layout.addRow(self.deadline)
        self._groups: dict[str, list[QWidget]] = {
            "cancellation_proposal": [
                self._row(layout, self.tr("Cancellation: category (r.24.7)"), self.category),
                self._row(layout, self.tr("Complainant told of it"), self.complainant_informed),
            ],
            "reports_under_s173": [
                self._row(layout, self.tr("Reports under s.173"), self.reports),
                self._row(layout, self.tr("Add a report"), self.report_kind),
                self._row(layout, self.tr("Submitted on"), self.report_date),
            ],
            "transferred_to": [
                self._row(layout, self.tr("Transfer to police station"), self.transfer_station),
            ],
            "cancellation_order": [
                self._row(layout, self.tr("Magistrate's court"), self.court),
                self._row(layout, self.tr("Magistrate"), self.magistrate),
                self._row(layout, self.tr("Order no."), self.order_no),
                self._row(layout, self.tr("Order date"), self.order_date),
            ],
        }
        layout.addRow(self.errors)
        layout.addRow("", self.save_button)

    @staticmethod
    def _row(layout: QFormLayout, label: str, editor: QWidget) -> QWidget:
        layout.addRow(label, editor)
        return editor

    def show_for(self, record: Record) -> None:
        self._record = record
        editable = EDITABLE.get(record.status, frozenset())
        for name, editors in self._groups.items():
            for editor in editors:
                layout = self.layout()
                assert isinstance(layout, QFormLayout)
                layout.setRowVisible(editor, name in editable)
        self.errors.hide()
        self._fill(record.data)
        self._show_deadline(record)
        self.setVisible(bool(editable) or not self.deadline.isHidden())
        self.save_button.setVisible(bool(editable))

    def _fill(self, data: dict[str, Any]) -> None:
        proposal = data.get("cancellation_proposal") or {}
        self.category.set_value(proposal.get("category"))
        self.complainant_informed.set_iso(proposal.get("complainant_informed_at"))
        self.reports.setText(
            "\n".join(
                f"{report['kind']}: {report['submitted_on']}"
                for report in data.get("reports_under_s173", [])
            )
            or self.tr("none yet")
        )
        self.report_kind.set_value(None)
        self.transfer_station.setText(str((data.get("transferred_to") or {}).get("station", "")))
        order = data.get("cancellation_order") or {}
        self.court.setText(str(order.get("court", "")))
        self.magistrate.setText(str(order.get("magistrate", "")))
        self.order_no.setText(str(order.get("order_no", "")))
        if order.get("order_date"):
            self.order_date.set_iso(order["order_date"])

    def _show_deadline(self, record: Record) -> None:
        due = interim_report_due(record.data, record.status)
        if due is None:
            self.deadline.hide()
            return
        pressing = interim_report_pressing(record.data, record.status, self.tasks.now())
        self.deadline.setText(
            self.tr(
                "Interim report under s.173 due by {due} (14 days after the FIR, then 3 days), "
                "unless the investigation is completed"
            ).format(due=due.astimezone(PAKISTAN_TIME).strftime("%Y-%m-%d %H:%M"))
        )
        self.deadline.setStyleSheet(PRESSING_STYLE if pressing else "")
        self.deadline.show()

    def patch(self) -> dict[str, Any]:
        """The lifecycle fields of this status as the officer set them (empty ones left out)."""
        assert self._record is not None
        editable = EDITABLE.get(self._record.status, frozenset())
        data = self._record.data
        wanted: dict[str, Any] = {
            "cancellation_proposal": compact(
                {
                    "category": self.category.value(),
                    "complainant_informed_at": self.complainant_informed.iso(),
                }
            ),
            "transferred_to": compact({"station": typed(self.transfer_station)}),
            "cancellation_order": compact(
                {
                    "court": typed(self.court),
                    "magistrate": typed(self.magistrate),
                    "order_no": typed(self.order_no),
                    "order_date": self.order_date.iso() if typed(self.court) else "",
                }
            ),
        }
        if self.report_kind.value():
            added = {"kind": self.report_kind.value(), "submitted_on": self.report_date.iso()}
            wanted["reports_under_s173"] = [*data.get("reports_under_s173", []), added]
        return {key: value for key, value in wanted.items() if key in editable and value}

    def save(self) -> None:
        if self._record is None:
            return
        record_id, patch = self._record.id, self.patch()
        if not patch:
            return

        def store(services: StationServices) -> Record:
            return services.records.edit(record_id, patch)

        self.save_button.setEnabled(False)
        self.tasks.run_db(store, self._saved, self._failed)

    def _saved(self, record: Record) -> None:
        self.save_button.setEnabled(True)
        self._on_saved(record)

    def _failed(self, failure: Exception) -> None:
        self.save_button.setEnabled(True)
        if isinstance(failure, ValidationFailed):
            self.errors.setText("\n".join(f"{e.field}: {e.message}" for e in failure.errors))
            self.errors.show()
        else:
            self._on_failed(failure)


__all__ = ["FirLifecyclePanel"]
