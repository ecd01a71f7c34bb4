"""The FIR form: informant, PPC offences, times, place, narrative, accused, daily-diary number.

Saving keeps a draft FIR (editable). Registering asks for confirmation, needs the daily-diary
number, and freezes the content; from then on the form offers supplementary statements and status
changes (each with a reason) instead of edits.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fieldclient.domain.errors import FieldError
from fieldclient.domain.record import Record
from fieldclient.domain.records.complaint import fir_draft
from fieldclient.domain.reference import ppc_sections
from fieldclient.services.complaints import convert_to_fir
from fieldclient.services.station import StationServices
from fieldclient.ui.error_words import problem_words
from fieldclient.ui.forms import register_form
from fieldclient.ui.forms.accused_list import AccusedList
from fieldclient.ui.forms.code_picker import CodePicker
from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.pakistan_time import PakistanDateTimeEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.forms.statement_panel import StatementPanel
from fieldclient.ui.forms.status_panel import StatusChangePanel
from fieldclient.ui.tasks import Tasks

_INFORMANT_KEYS = ("name", "father_name", "cnic", "phone", "address")


def offence_options() -> list[tuple[str, str]]:
    """`("PPC 379", "PPC 379 — Theft")` for every section in the reference list."""
    return [
        (f"PPC {section.section}", f"PPC {section.section} — {section.title}")
        for section in ppc_sections().values()
    ]


@register_form
class FirForm(RecordForm):
    record_type = "fir"
    managed_fields = (
        "informant",
        "offences",
        "occurred_at",
        "reported_at",
        "place",
        "narrative",
        "accused",
        "diary_no",
    )

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, record_id, parent)
        self.complaint_id: str | None = None  # set when the FIR is made from a complaint
        self.register_button = QPushButton(self.tr("&Register FIR…"), self)
        self.register_button.setToolTip(
            self.tr("Register: the content is frozen afterwards; needs the daily-diary number")
        )
        self.register_button.clicked.connect(self.register)
        self.button_row.insertWidget(1, self.register_button)
        self.diary_register_button = QPushButton(self.tr("Register with a &diary entry…"), self)
        self.diary_register_button.setToolTip(
            self.tr("Register: a new daily-diary entry records it and gives the diary number")
        )
        self.diary_register_button.clicked.connect(self.register_in_diary)
        self.button_row.insertWidget(1, self.diary_register_button)
        self.add_print_button()
        self.statements = StatementPanel(tasks, self.after_change, self.show_failure, self)
        self.status_panel = StatusChangePanel(
            tasks,
            self.after_change,
            self.show_failure,
            leave_out=frozenset({"registered"}),
            parent=self,
        )
        self.statements.hide()
        self.status_panel.hide()
        self.panels.addWidget(self.statements)
        self.panels.addWidget(self.status_panel)

    def form_title(self) -> str:
        return self.tr("FIR")

    def restore_question(self) -> str:
        return self.tr("Restore the unsaved FIR you were typing?")

    # ---- fields --------------------------------------------------------------------------

    def build_form(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Informant</b>")))
        self.informant = {key: QLineEdit() for key in _INFORMANT_KEYS}
        self.informant["cnic"].setPlaceholderText("12345-1234567-1")
        self.informant["phone"].setPlaceholderText("0300-1234567")
        labels = {
            "name": self.tr("Name"),
            "father_name": self.tr("Father's name"),
            "cnic": self.tr("CNIC"),
            "phone": self.tr("Mobile"),
            "address": self.tr("Address"),
        }
        for key in _INFORMANT_KEYS:
            self.add_row(labels[key], self.informant[key], f"informant.{key}")
        layout.addRow(QLabel(self.tr("<b>Offence</b>")))
        self.offences = CodePicker(
            self.tr("Search the PPC: number or words, e.g. 379 or theft"),
            self.tr("Offences in this FIR:"),
        )
        self.offences.set_options(offence_options())
        self.add_row(self.tr("PPC sections"), self.offences, "offences")
        self.occurred_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Occurred at (PKT)"), self.occurred_at, "occurred_at")
        self.reported_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Reported at (PKT)"), self.reported_at, "reported_at")
        self.place = QLineEdit()
        self.add_row(self.tr("Place of occurrence"), self.place, "place")
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(self.tr("What the informant reported (Urdu or English)"))
        self.add_row(self.tr("Narrative"), self.narrative, "narrative")
        layout.addRow(QLabel(self.tr("<b>Accused</b>")))
        self.accused = AccusedList()
        self.add_row(self.tr("Accused"), self.accused, "accused")
        self.diary_no = QLineEdit()
        self.diary_no.setPlaceholderText(self.tr("Needed to register"))
        self.add_row(self.tr("Daily-diary no."), self.diary_no, "diary_no")

    def error_rows(self) -> dict[str, FieldRow]:
        return super().error_rows() | self.accused.error_rows()

    def payload(self) -> dict[str, Any]:
        return compact(
            {
                "informant": compact({key: typed(self.informant[key]) for key in _INFORMANT_KEYS}),
                "offences": self.offences.codes(),
                "occurred_at": self.occurred_at.iso(),
                "reported_at": self.reported_at.iso(),
                "place": typed(self.place),
                "narrative": typed(self.narrative),
                "accused": self.accused.payload(),
                "diary_no": typed(self.diary_no),
            }
        )

    def fill(self, data: dict[str, Any]) -> None:
        informant = data.get("informant") or {}
        for key in _INFORMANT_KEYS:
            self.informant[key].setText(str(informant.get(key, "")))
        self.offences.set_codes(data.get("offences") or [])
        for editor, key in ((self.occurred_at, "occurred_at"), (self.reported_at, "reported_at")):
            if data.get(key):
                editor.set_iso(data[key])
        self.place.setText(str(data.get("place", "")))
        self.narrative.setPlainText(str(data.get("narrative", "")))
        self.accused.fill(data.get("accused") or [])
        self.diary_no.setText(str(data.get("diary_no", "")))

    # ---- made from a complaint -----------------------------------------------------------

    def prefill_from_complaint(self, complaint: Record) -> None:
        """Fill a new FIR from the complaint it converts; saving stores the FIR and marks the
        complaint converted, linked both ways (`services.complaints.convert_to_fir`)."""
        self.complaint_id = complaint.id
        self._fill_quietly({key: value for key, value in fir_draft(complaint).items() if value})
        self.notice.setText(
            self.tr("Made from complaint {number}: add the offences, then save.").format(
                number=complaint.number or complaint.provisional_number or ""
            )
        )
        self._dirty = True

    def creator(self) -> Callable[[StationServices, dict[str, Any]], Record]:
        complaint_id = self.complaint_id
        if complaint_id is None:
            return super().creator()
        return lambda services, payload: convert_to_fir(services.records, complaint_id, payload)[0]

    @property
    def draft_key(self) -> str:
        if self.complaint_id is not None and self.record_id is None:
            return f"fir:from-complaint:{self.complaint_id}"
        return super().draft_key

    # ---- lifecycle -----------------------------------------------------------------------

    def register(self) -> None:
        """Confirm, store the FIR and register it: from then on its content is frozen."""
        if self.read_only or self._show_every_error():
            return
        diary_no = typed(self.diary_no)
        if not diary_no:
            self.show_field_error(
                FieldError("diary_no", self.tr("is needed to register: enter the daily-diary no."))
            )
            self.diary_no.setFocus()
            return
        answer = QMessageBox.question(
            self,
            self.tr("Register FIR"),
            self.tr(
                "Register this FIR now? Its content is frozen afterwards: later facts can only "
                "be added as supplementary statements."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = self.tr("Registered under daily-diary no. {diary_no}").format(diary_no=diary_no)

        def register_stored(services: StationServices, record: Record) -> Record:
            return services.records.transition(record.id, "registered", reason)

        self.store(then=register_stored)

    def register_in_diary(self) -> None:
        """Confirm, store the FIR, then register it under a new daily-diary entry whose number
        becomes its diary_no (`DiaryService.register_fir`)."""
        if self.read_only or self._show_every_error():
            return
        answer = QMessageBox.question(
            self,
            self.tr("Register FIR"),
            self.tr(
                "Register this FIR now under a new daily-diary entry? Its content is frozen "
                "afterwards: later facts can only be added as supplementary statements."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        reason = self.tr("Registered under a new daily-diary entry")

        def register_stored(services: StationServices, record: Record) -> Record:
            fir, _entry = services.diary.register_fir(record.id, reason)
            return fir

        self.store(then=register_stored)

    def show_field_error(self, error: FieldError) -> None:
        self.error_rows()[error.field].show_errors([problem_words(error)])

    def show_record(self, record: Record) -> None:
        super().show_record(record)
        self.register_button.setVisible(record.status == "draft")
        self.diary_register_button.setVisible(record.status == "draft")
        self.statements.show_for(record)
        self.status_panel.show_for(record)
