"""The complaint form: complainant, against whom, what, when, where, how it was received.

Saving gives the complaint its tracking number (provisional until the server's e-tag) and a slip
to print for the complainant. Afterwards the form moves it on: marked to an inquiry officer,
converted to an FIR (the FIR form opens filled from the complaint; saving it links both), filed
with a reason, or referred to another station.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.complaint import OPEN_STATUSES, RECEIVED_VIA, RECEIVED_VIA_LABELS
from fieldclient.domain.translatable import KIND_CONTEXT
from fieldclient.services.station import StationServices
from fieldclient.ui.forms import open_form, register_form
from fieldclient.ui.forms.accused_list import AccusedList
from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.pakistan_time import PakistanDateTimeEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.forms.statement_panel import StatementPanel
from fieldclient.ui.forms.status_panel import StatusChangePanel
from fieldclient.ui.tasks import Tasks

_COMPLAINANT_KEYS = ("name", "father_name", "cnic", "phone", "address")


@register_form
class ComplaintForm(RecordForm):
    record_type = "complaint"
    managed_fields = (
        "complainant",
        "against",
        "details",
        "occurred_at",
        "received_at",
        "place",
        "received_via",
        "referred_by",
    )

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, record_id, parent)
        self.add_print_button()
        self.fir_form: QWidget | None = None
        self.action_box = self._build_actions()
        self.action_box.hide()
        self.statements = StatementPanel(tasks, self.after_change, self.show_failure, self)
        self.status_panel = StatusChangePanel(
            tasks,
            self.after_change,
            self.show_failure,
            leave_out=frozenset({"inquiry", "converted", "referred"}),
            parent=self,
        )
        self.statements.hide()
        self.status_panel.hide()
        for panel in (self.action_box, self.statements, self.status_panel):
            self.panels.addWidget(panel)

    def form_title(self) -> str:
        return self.tr("Complaint")

    def restore_question(self) -> str:
        return self.tr("Restore the unsaved complaint you were typing?")

    # ---- fields --------------------------------------------------------------------------

    def build_form(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Complainant</b>")))
        self.complainant = {key: QLineEdit() for key in _COMPLAINANT_KEYS}
        self.complainant["cnic"].setPlaceholderText("12345-1234567-1")
        self.complainant["phone"].setPlaceholderText("0300-1234567")
        labels = {
            "name": self.tr("Name"),
            "father_name": self.tr("Father's name"),
            "cnic": self.tr("CNIC"),
            "phone": self.tr("Mobile"),
            "address": self.tr("Address"),
        }
        for key in _COMPLAINANT_KEYS:
            self.add_row(labels[key], self.complainant[key], f"complainant.{key}")
        layout.addRow(QLabel(self.tr("<b>The complaint</b>")))
        self.received_via = QComboBox()
        for via in RECEIVED_VIA:
            self.received_via.addItem(
                QCoreApplication.translate(KIND_CONTEXT, RECEIVED_VIA_LABELS[via]), via
            )
        self.add_row(self.tr("Received"), self.received_via, "received_via")
        self.referred_by = QLineEdit()
        self.referred_by.setPlaceholderText(self.tr("Only when a senior officer referred it"))
        self.add_row(self.tr("Referred by"), self.referred_by, "referred_by")
        self.received_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Received at (PKT)"), self.received_at, "received_at")
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)
        self.details.setPlaceholderText(self.tr("What the complainant asks (Urdu or English)"))
        self.add_row(self.tr("Complaint"), self.details, "details")
        self.occurred_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Occurred at (PKT)"), self.occurred_at, "occurred_at")
        self.place = QLineEdit()
        self.add_row(self.tr("Place"), self.place, "place")
        layout.addRow(QLabel(self.tr("<b>Complained against</b>")))
        self.against = AccusedList(path="against")
        self.add_row(self.tr("Against"), self.against, "against")

    def error_rows(self) -> dict[str, FieldRow]:
        return super().error_rows() | self.against.error_rows()

    def payload(self) -> dict[str, Any]:
        return compact(
            {
                "complainant": compact(
                    {key: typed(self.complainant[key]) for key in _COMPLAINANT_KEYS}
                ),
                "against": self.against.payload(),
                "details": typed(self.details),
                "occurred_at": self.occurred_at.iso(),
                "received_at": self.received_at.iso(),
                "place": typed(self.place),
                "received_via": self.received_via.currentData(),
                "referred_by": typed(self.referred_by),
            }
        )

    def fill(self, data: dict[str, Any]) -> None:
        complainant = data.get("complainant") or {}
        for key in _COMPLAINANT_KEYS:
            self.complainant[key].setText(str(complainant.get(key, "")))
        self.against.fill(data.get("against") or [])
        self.details.setPlainText(str(data.get("details", "")))
        for editor, key in ((self.occurred_at, "occurred_at"), (self.received_at, "received_at")):
            if data.get(key):
                editor.set_iso(data[key])
        self.place.setText(str(data.get("place", "")))
        index = self.received_via.findData(data.get("received_via", RECEIVED_VIA[0]))
        self.received_via.setCurrentIndex(max(index, 0))
        self.referred_by.setText(str(data.get("referred_by", "")))

    # ---- moving it on --------------------------------------------------------------------

    def _build_actions(self) -> QGroupBox:
        box = QGroupBox(self.tr("Act on the complaint"), self)
        self.inquiry_officer = QLineEdit(box)
        self.inquiry_officer.setPlaceholderText(self.tr("Badge of the inquiry officer"))
        self.inquiry_row = FieldRow(self.inquiry_officer, box)
        self.inquiry_button = QPushButton(self.tr("Mark for inquiry"), box)
        self.inquiry_button.clicked.connect(self.mark_for_inquiry)
        self.referred_to = QLineEdit(box)
        self.referred_to.setPlaceholderText(self.tr("Code of the other police station"))
        self.referred_row = FieldRow(self.referred_to, box)
        self.refer_reason = QLineEdit(box)
        self.refer_reason.setPlaceholderText(self.tr("Why it is referred"))
        self.refer_reason_row = FieldRow(self.refer_reason, box)
        self.refer_button = QPushButton(self.tr("Refer"), box)
        self.refer_button.clicked.connect(self.refer)
        self.convert_button = QPushButton(self.tr("Convert to FIR…"), box)
        self.convert_button.clicked.connect(self.convert_to_fir)
        layout = QFormLayout(box)
        inquiry = QHBoxLayout()
        inquiry.addWidget(self.inquiry_row, 1)
        inquiry.addWidget(self.inquiry_button)
        layout.addRow(self.tr("Inquiry officer"), inquiry)
        layout.addRow(self.tr("Refer to station"), self.referred_row)
        refer = QHBoxLayout()
        refer.addWidget(self.refer_reason_row, 1)
        refer.addWidget(self.refer_button)
        layout.addRow(self.tr("Reason"), refer)
        layout.addRow("", self.convert_button)
        return box

    def mark_for_inquiry(self) -> None:
        badge = typed(self.inquiry_officer)
        if not badge:
            self.inquiry_row.show_errors([self.tr("is required: the officer who will inquire")])
            return
        self._edit_then_move({"inquiry_officer": badge}, "inquiry", badge, self.inquiry_row)

    def refer(self) -> None:
        station, reason = typed(self.referred_to), typed(self.refer_reason)
        self.referred_row.show_errors(
            [] if station else [self.tr("is required: the station it goes to")]
        )
        self.refer_reason_row.show_errors(
            [] if reason else [self.tr("is required: say why it is referred")]
        )
        if station and reason:
            self._edit_then_move({"referred_to": station}, "referred", reason, self.referred_row)

    def _edit_then_move(self, patch: dict[str, Any], to: str, reason: str, row: FieldRow) -> None:
        record_id = self.record_id
        if record_id is None:
            return

        def move(services: StationServices) -> Record:
            services.records.edit(record_id, patch)
            return services.records.transition(record_id, to, reason)

        def refused(failure: Exception) -> None:
            if isinstance(failure, ValidationFailed):
                row.show_errors([error.message for error in failure.errors])
            else:
                self.show_failure(failure)

        row.show_errors([])
        self.tasks.run_db(move, self.after_change, refused)

    def convert_to_fir(self) -> None:
        """Open a new FIR filled from this complaint; saving it converts the complaint."""
        if self.record is None:
            return
        form = open_form(self.parentWidget() or self, self.tasks, "fir")
        form.prefill_from_complaint(self.record)  # type: ignore[attr-defined]
        form.saved.connect(self._fir_saved)  # type: ignore[attr-defined]
        self.fir_form = form

    def _fir_saved(self, _fir_id: str) -> None:
        record_id = self.record_id
        if record_id is not None:
            self.tasks.run_db(lambda services: services.records.get(record_id), self.show_record)

    def show_record(self, record: Record) -> None:
        super().show_record(record)
        is_open = record.status in OPEN_STATUSES
        self.action_box.setVisible(is_open)
        self.inquiry_officer.setText(str(record.data.get("inquiry_officer", "")))
        self.inquiry_button.setEnabled(record.status == "received")
        self.statements.show_for(record)
        self.status_panel.show_for(record)
        if record.status == "converted":
            self.notice.setText(self.tr("Converted to an FIR."))
