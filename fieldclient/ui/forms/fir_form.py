"""The FIR form, in the register's order (docs/REGISTERS.md section 1): informant and
complainant, offences, when it happened and was reported (and why late), place, property carried
off, the narrative read over and signed, accused, the investigation, the recording officer and
the daily-diary number.

Saving keeps a draft FIR (editable). Registering asks for confirmation, needs the daily-diary
number, the informant's statement read over to them (s.154 CrPC) and, above the station's allowed
delay (a setting), the reason for the delay; it freezes the content. From then on the form
offers supplementary statements and status changes (each with a reason) instead of edits.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.complaint import fir_draft
from fieldclient.domain.records.fir.content import delay_reason_problem
from fieldclient.domain.records.fir.offences import offence, offence_options
from fieldclient.domain.reference import ppc_sections
from fieldclient.domain.schema import BadValue, Context
from fieldclient.services.complaints import convert_to_fir
from fieldclient.services.station import StationServices
from fieldclient.settings import FIR_DELAY_REASON_AFTER_HOURS, IniSettings
from fieldclient.ui.error_words import problem_words
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms import register_form
from fieldclient.ui.forms.accused_list import AccusedList
from fieldclient.ui.forms.code_picker import CodePicker
from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.fir_lifecycle_panel import FirLifecyclePanel
from fieldclient.ui.forms.fir_widgets import ChoiceBox, OptionalMoment, PropertyTable
from fieldclient.ui.forms.pakistan_time import PakistanDateTimeEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.photo_slot import PhotoSlot
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.forms.statement_panel import StatementPanel
from fieldclient.ui.forms.status_panel import StatusChangePanel
from fieldclient.ui.tasks import Tasks

_INFORMANT_KEYS = ("name", "father_name", "cnic", "no_id_reason", "phone", "address")
_COMPLAINANT_KEYS = ("name", "father_name", "age", "occupation", "relation_to_victim", "address")
_OFFICER_KEYS = ("name", "rank", "belt_no")
_SIGNATURE = "informant_signature"


def _some(value: Any) -> Any:
    """None for an empty group or list, so it is left out like an empty field."""
    return value or None


def offence_urdu_names() -> dict[str, str]:
    """Urdu headings to search by, where the reference data has them (see its SOURCES.md)."""
    return {
        f"PPC {section.section}": section.title_ur
        for section in ppc_sections().values()
        if section.title_ur
    }


@register_form
class FirForm(RecordForm):
    record_type = "fir"
    managed_fields = (
        "informant",
        "complainant",
        "offences",
        "occurred_at",
        "occurred_from",
        "occurred_to",
        "reported_at",
        "delay_reason",
        "place",
        "distance_from_station_km",
        "direction_from_station",
        "beat",
        "property_carried_off",
        "narrative",
        "read_over_to_informant",
        "informant_signed_with",
        "photos",
        "accused",
        "investigating_officer",
        "steps_taken",
        "report_to_magistrate_sent_at",
        "recording_officer",
        "diary_no",
    )

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        self.allowed_delay = timedelta(hours=FIR_DELAY_REASON_AFTER_HOURS.default)
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
        self.lifecycle = FirLifecyclePanel(tasks, self.after_change, self.show_failure, self)
        self.statements.hide()
        self.status_panel.hide()
        self.lifecycle.hide()
        self.panels.addWidget(self.statements)
        self.panels.addWidget(self.lifecycle)
        self.panels.addWidget(self.status_panel)
        tasks.run_db(
            lambda services: IniSettings(services.session.vault.data_dir).get(
                FIR_DELAY_REASON_AFTER_HOURS
            ),
            self._set_allowed_delay,
        )

    def _set_allowed_delay(self, hours: float) -> None:
        self.allowed_delay = timedelta(hours=hours)

    def form_title(self) -> str:
        return self.tr("FIR")

    def restore_question(self) -> str:
        return self.tr("Restore the unsaved FIR you were typing?")

    # ---- fields --------------------------------------------------------------------------

    def _line_edits(
        self, group: str, keys: tuple[str, ...], labels: dict[str, str]
    ) -> dict[str, QLineEdit]:
        editors = {key: QLineEdit() for key in keys}
        for key in keys:
            self.add_row(labels[key], editors[key], f"{group}.{key}")
        return editors

    def _officer(self, group: str) -> dict[str, QLineEdit]:
        labels = {
            "name": self.tr("Name"),
            "rank": self.tr("Rank"),
            "belt_no": self.tr("Belt no."),
        }
        return self._line_edits(group, _OFFICER_KEYS, labels)

    def build_form(self, layout: QFormLayout) -> None:
        self._build_people(layout)
        layout.addRow(QLabel(self.tr("<b>Offence</b>")))
        self.offences = CodePicker(
            self.tr("Search the offences: PPC 379, theft, CNSA 9(c), AO 13…"),
            self.tr("Offences in this FIR:"),
            no_match_hint=self.tr(
                "No offence matches. The reference data has no Urdu names of sections yet: "
                "type the section number (379 or ۳۷۹) or English words."
            ),
        )
        self.offences.set_options(offence_options(), offence_urdu_names())
        self.offences.accept_typed = self._typed_offence
        self.add_row(self.tr("Offences (law and section)"), self.offences, "offences")
        self._build_times(layout)
        self._build_place(layout)
        self.narrative = QPlainTextEdit()
        self.narrative.setTabChangesFocus(True)
        self.narrative.setPlaceholderText(self.tr("What the informant reported (Urdu or English)"))
        self.add_row(self.tr("Narrative"), self.narrative, "narrative")
        self._build_signature()
        layout.addRow(QLabel(self.tr("<b>Accused</b>")))
        self.accused = AccusedList()
        self.add_row(self.tr("Accused"), self.accused, "accused")
        self._build_investigation(layout)

    def _typed_offence(self, text: str) -> str | None:
        """A full citation typed in the filter ("CNSA 9(c)"), normalised; None if it is not one."""
        try:
            return offence(text, "offences", Context(self.tasks.now()))
        except BadValue:
            return None

    def _build_people(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Informant</b>")))
        labels = {
            "name": self.tr("Name"),
            "father_name": self.tr("Father's name"),
            "cnic": self.tr("CNIC (if any)"),
            "no_id_reason": self.tr("No identity document, because"),
            "phone": self.tr("Mobile (if any)"),
            "address": self.tr("Address"),
        }
        self.informant = self._line_edits("informant", _INFORMANT_KEYS[:3], labels)
        self.informant["cnic"].setPlaceholderText("12345-1234567-1")
        self.id_document_kind = ChoiceBox(
            [
                ("passport", self.tr("Passport")),
                ("por_card", self.tr("PoR card")),
                ("afghan_citizen_card", self.tr("Afghan Citizen Card")),
                ("nicop", self.tr("NICOP")),
                ("other", self.tr("Other document")),
            ],
            self.tr("none (CNIC given)"),
        )
        self.add_row(
            self.tr("Other identity document"), self.id_document_kind, "informant.id_document.kind"
        )
        self.id_document_number = QLineEdit()
        self.add_row(
            self.tr("Document number"), self.id_document_number, "informant.id_document.number"
        )
        self.informant |= self._line_edits("informant", _INFORMANT_KEYS[3:], labels)
        self.informant["phone"].setPlaceholderText("0300-1234567")
        layout.addRow(QLabel(self.tr("<b>Complainant</b> (leave empty if the informant)")))
        self.complainant = self._line_edits(
            "complainant",
            _COMPLAINANT_KEYS,
            {
                "name": self.tr("Name"),
                "father_name": self.tr("Father's name"),
                "age": self.tr("Age (years)"),
                "occupation": self.tr("Occupation"),
                "relation_to_victim": self.tr("Relation to the victim"),
                "address": self.tr("Address"),
            },
        )

    def _build_times(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Time</b>")))
        self.over_a_period = QCheckBox(self.tr("Happened over a period (between … and …)"))
        self.add_row("", self.over_a_period, "occurred_range")
        self.occurred_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Occurred at / from (PKT)"), self.occurred_at, "occurred_at")
        self.occurred_to = PakistanDateTimeEdit(self.tasks.now())
        self.occurred_to.setEnabled(False)
        self.over_a_period.toggled.connect(self.occurred_to.setEnabled)
        self.add_row(self.tr("Until (PKT)"), self.occurred_to, "occurred_to")
        self.reported_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Reported at (PKT)"), self.reported_at, "reported_at")
        self.delay_reason = QPlainTextEdit()
        self.delay_reason.setTabChangesFocus(True)
        self.delay_reason.setMaximumHeight(60)
        self.add_row(self.tr("Reason for delay in reporting"), self.delay_reason, "delay_reason")

    def _build_place(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Place and property</b>")))
        self.place = QLineEdit()
        self.add_row(self.tr("Place of occurrence"), self.place, "place")
        self.distance = QLineEdit()
        self.distance.setPlaceholderText(self.tr("kilometres, e.g. 2.5"))
        self.add_row(
            self.tr("Distance from the station (km)"), self.distance, "distance_from_station_km"
        )
        self.direction = ChoiceBox(
            [
                ("north", self.tr("North")),
                ("north_east", self.tr("North-east")),
                ("east", self.tr("East")),
                ("south_east", self.tr("South-east")),
                ("south", self.tr("South")),
                ("south_west", self.tr("South-west")),
                ("west", self.tr("West")),
                ("north_west", self.tr("North-west")),
            ],
            self.tr("not given"),
        )
        self.add_row(
            self.tr("Direction from the station"), self.direction, "direction_from_station"
        )
        self.beat = QLineEdit()
        self.add_row(self.tr("Beat / chowki"), self.beat, "beat")
        self.property_taken = PropertyTable()
        self.add_row(self.tr("Property carried off"), self.property_taken, "property_carried_off")

    def _build_signature(self) -> None:
        self.read_over = QCheckBox(self.tr("Read over to the informant (s.154 CrPC)"))
        self.add_row("", self.read_over, "read_over_to_informant")
        self.signed_with = ChoiceBox(
            [
                ("signature", self.tr("Signature")),
                ("thumb_impression", self.tr("Thumb impression")),
            ],
            self.tr("not yet"),
        )
        self.add_row(self.tr("Informant signed with"), self.signed_with, "informant_signed_with")
        self.signature = PhotoSlot(_SIGNATURE)
        row = self.add_row(
            self.tr("Signature or thumb impression (image)"), self.signature, f"photos.{_SIGNATURE}"
        )
        self.signature.choose_requested.connect(lambda _kind: self._ask_for_signature())
        self.signature.failed.connect(lambda failure: self._signature_refused(row, failure))

    def _build_investigation(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Investigating officer</b>")))
        self.investigating_officer = self._officer("investigating_officer")
        self.steps_taken = QPlainTextEdit()
        self.steps_taken.setTabChangesFocus(True)
        self.steps_taken.setMaximumHeight(60)
        self.add_row(self.tr("Steps taken"), self.steps_taken, "steps_taken")
        self.copies_sent = OptionalMoment(self.tr("sent"), self.tasks.now())
        self.add_row(
            self.tr("Report and copies dispatched (s.157)"),
            self.copies_sent,
            "report_to_magistrate_sent_at",
        )
        layout.addRow(QLabel(self.tr("<b>Recording officer</b>")))
        self.recording_officer = self._officer("recording_officer")
        self.diary_no = QLineEdit()
        self.diary_no.setPlaceholderText(self.tr("Needed to register"))
        self.add_row(self.tr("Daily-diary no."), self.diary_no, "diary_no")

    def error_rows(self) -> dict[str, FieldRow]:
        rows = super().error_rows() | self.accused.error_rows()
        return rows | {"occurred_from": rows["occurred_at"]}

    def payload(self) -> dict[str, Any]:
        informant = {key: typed(self.informant[key]) for key in _INFORMANT_KEYS}
        informant["id_document"] = _some(
            compact(
                {"kind": self.id_document_kind.value(), "number": typed(self.id_document_number)}
            )
        )
        if self.over_a_period.isChecked():
            occurrence = {
                "occurred_from": self.occurred_at.iso(),
                "occurred_to": self.occurred_to.iso(),
            }
        else:
            occurrence = {"occurred_at": self.occurred_at.iso()}
        return compact(
            {
                "informant": compact(informant),
                "complainant": _some(
                    compact({k: typed(self.complainant[k]) for k in _COMPLAINANT_KEYS})
                ),
                "offences": self.offences.codes(),
                **occurrence,
                "reported_at": self.reported_at.iso(),
                "delay_reason": typed(self.delay_reason),
                "place": typed(self.place),
                "distance_from_station_km": typed(self.distance),
                "direction_from_station": self.direction.value(),
                "beat": typed(self.beat),
                "property_carried_off": _some(self.property_taken.payload()),
                "narrative": typed(self.narrative),
                "read_over_to_informant": self.read_over.isChecked() or None,
                "informant_signed_with": self.signed_with.value(),
                "photos": _some(compact({_SIGNATURE: self.signature.attachment_id})),
                "accused": self.accused.payload(),
                "investigating_officer": self._officer_payload(self.investigating_officer),
                "steps_taken": typed(self.steps_taken),
                "report_to_magistrate_sent_at": self.copies_sent.iso(),
                "recording_officer": self._officer_payload(self.recording_officer),
                "diary_no": typed(self.diary_no),
            }
        )

    @staticmethod
    def _officer_payload(editors: dict[str, QLineEdit]) -> dict[str, str] | None:
        return _some(compact({key: typed(editors[key]) for key in _OFFICER_KEYS}))

    def fill(self, data: dict[str, Any]) -> None:
        informant = data.get("informant") or {}
        for key in _INFORMANT_KEYS:
            self.informant[key].setText(str(informant.get(key, "")))
        document = informant.get("id_document") or {}
        self.id_document_kind.set_value(document.get("kind"))
        self.id_document_number.setText(str(document.get("number", "")))
        for group, editors in (
            ("complainant", self.complainant),
            ("investigating_officer", self.investigating_officer),
            ("recording_officer", self.recording_officer),
        ):
            person = data.get(group) or {}
            for key, editor in editors.items():
                editor.setText(str(person.get(key, "")))
        self.offences.set_codes(data.get("offences") or [])
        self.over_a_period.setChecked("occurred_from" in data)
        for time_box, key in (
            (self.occurred_at, "occurred_at"),
            (self.occurred_at, "occurred_from"),
            (self.occurred_to, "occurred_to"),
            (self.reported_at, "reported_at"),
        ):
            if data.get(key):
                time_box.set_iso(data[key])
        self.delay_reason.setPlainText(str(data.get("delay_reason", "")))
        self.place.setText(str(data.get("place", "")))
        distance = data.get("distance_from_station_km")
        self.distance.setText("" if distance is None else f"{distance:g}")
        self.direction.set_value(data.get("direction_from_station"))
        self.beat.setText(str(data.get("beat", "")))
        self.property_taken.fill(data.get("property_carried_off") or [])
        self.narrative.setPlainText(str(data.get("narrative", "")))
        self.read_over.setChecked(bool(data.get("read_over_to_informant")))
        self.signed_with.set_value(data.get("informant_signed_with"))
        signature = (data.get("photos") or {}).get(_SIGNATURE)
        self.signature.refer_to(signature)
        if signature:
            self.tasks.run_db(
                lambda services: services.records.photo(signature), self.signature.show_loaded
            )
        self.accused.fill(data.get("accused") or [])
        self.steps_taken.setPlainText(str(data.get("steps_taken", "")))
        self.copies_sent.set_iso(data.get("report_to_magistrate_sent_at"))
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

    # ---- the signature image -------------------------------------------------------------

    def _ask_for_signature(self) -> None:
        self.ask_for_picture(self.signature, self.tr("Choose the scanned signature"))

    def choose_signature(self, path: str) -> None:
        """Read the picture at `path`, preview it and store it encrypted in the vault."""
        self.choose_picture(self.signature, path)

    def _signature_refused(self, row: FieldRow, failure: Exception) -> None:
        if isinstance(failure, ValidationFailed):
            row.show_errors([error.message for error in failure.errors])
        else:
            report_error(self, failure)

    # ---- lifecycle -----------------------------------------------------------------------

    def _registration_problem(self, needs_diary_no: bool = True) -> FieldError | None:
        """What s.154 and the station's rule need before registering, that a draft may lack
        (the daily-diary number unless a new diary entry gives it)."""
        if needs_diary_no and not typed(self.diary_no):
            return FieldError(
                "diary_no", self.tr("is needed to register: enter the daily-diary no.")
            )
        if not self.read_over.isChecked():
            return FieldError(
                "read_over_to_informant",
                self.tr("is needed to register: read the information over to the informant"),
            )
        if delay_reason_problem(self.payload(), self.allowed_delay) is not None:
            return FieldError(
                "delay_reason",
                self.tr(
                    "is needed to register: the report came more than {hours} hours after the "
                    "occurrence; write why it was late"
                ).format(hours=f"{self.allowed_delay.total_seconds() / 3600:g}"),
            )
        return None

    def register(self) -> None:
        """Confirm, store the FIR and register it: from then on its content is frozen."""
        if self.read_only or self._show_every_error():
            return
        if self._refuse_registration(self._registration_problem()):
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
        reason = self.tr("Registered under daily-diary no. {diary_no}").format(
            diary_no=typed(self.diary_no)
        )

        def register_stored(services: StationServices, record: Record) -> Record:
            return services.records.transition(record.id, "registered", reason)

        self.store(then=register_stored)

    def register_in_diary(self) -> None:
        """Confirm, store the FIR, then register it under a new daily-diary entry whose number
        becomes its diary_no (`DiaryService.register_fir`)."""
        if self.read_only or self._show_every_error():
            return
        if self._refuse_registration(self._registration_problem(needs_diary_no=False)):
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

    def _refuse_registration(self, problem: FieldError | None) -> bool:
        """Show what registration still needs under its field; True if something is missing."""
        if problem is None:
            return False
        self.show_field_error(problem)
        self.error_rows()[problem.field].editor.setFocus()
        return True

    def freeze(self) -> None:
        super().freeze()
        self.property_taken.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

    def show_record(self, record: Record) -> None:
        super().show_record(record)
        self.register_button.setVisible(record.status == "draft")
        self.diary_register_button.setVisible(record.status == "draft")
        self.statements.show_for(record)
        self.lifecycle.show_for(record)
        self.status_panel.show_for(record)
