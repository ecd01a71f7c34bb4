"""The challan form, in the ticket's order (docs/REGISTERS.md, section 4): PSID, sector and
district, time and place, the driver and their identity, the vehicle, the violations priced from
the station province's fine table, the document seized, the issuing officer, the offender's
signature or refusal.

The fine is shown as violations are picked (`challan.compute_fine` for the chosen vehicle type),
with the due date, or a plain note where the table gives no payment window. Superseded rows are not
offered; proposed and unknown rows say so. Where the station's province is known (a station chosen
from the list at setup) the fine table is fixed to it. The officer's name is filled in from the
signed-in officer. An issued challan is final except for its payment, so Save on a new challan
first asks to confirm the vehicle and the fine; "Mark paid…" asks for the bank receipt's payment
reference, which the form shows from then on; the panel below records the seized document's return
and a court's decision (`challan_panels`).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from fieldclient.domain import formats
from fieldclient.domain.errors import MissingReferenceData, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.challan import DEFAULT_PROVINCE, compute_fine, due_date
from fieldclient.domain.records.challan_parties import ID_DOCUMENT_KINDS
from fieldclient.domain.reference import (
    TrafficViolation,
    fine_provinces,
    traffic_violations,
    vehicle_types,
)
from fieldclient.domain.schema import Context
from fieldclient.services.station import StationServices
from fieldclient.ui.error_words import problem_words
from fieldclient.ui.forms import register_form
from fieldclient.ui.forms.challan_panels import ChallanAfterIssuePanel
from fieldclient.ui.forms.code_picker import CodePicker
from fieldclient.ui.forms.field_row import ERROR_STYLE
from fieldclient.ui.forms.fir_widgets import ChoiceBox
from fieldclient.ui.forms.pakistan_time import PakistanDateTimeEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.payment_dialog import PaymentDialog
from fieldclient.ui.forms.photo_slot import PhotoSlot
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.forms.status_panel import StatusChangePanel
from fieldclient.ui.reference_words import reference_name
from fieldclient.ui.tasks import Tasks

UNPAID = frozenset({"issued", "contested", "overdue", "decided_by_court", "void_proposed"})
_DRIVER_KEYS = ("name", "father_name", "address", "cnic")
_LICENCE_KEYS = ("licence_no", "licence_category")
_OFFICER_KEYS = ("name", "rank", "belt_no")
_SIGNATURE = "offender_signature"


@register_form
class ChallanForm(RecordForm):
    record_type = "challan"
    managed_fields = (
        "psid",
        "traffic_sector",
        "district",
        "issued_at",
        "location",
        "driver",
        "vehicle_reg",
        "vehicle_type",
        "vehicle",
        "province",
        "violations",
        "seized_document",
        "documents_seized",
        "officer",
        "photos",
        "offender_refused_to_sign",
    )

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, record_id, parent)
        self.pay_button = QPushButton(self.tr("Mark &paid…"), self)
        self.pay_button.clicked.connect(self.mark_paid)
        self.pay_button.hide()
        self.button_row.insertWidget(1, self.pay_button)
        # paid: "Mark paid…"; issued again: only the SHO's return of a void proposal (the inbox)
        self.status_panel = StatusChangePanel(
            tasks,
            self.after_change,
            self.show_failure,
            leave_out=frozenset({"paid", "issued"}),
            parent=self,
        )
        self.status_panel.hide()
        self.after_issue = ChallanAfterIssuePanel(tasks, self.after_change, self.show_failure, self)
        self.after_issue.hide()
        self.panels.addWidget(self.after_issue)
        self.panels.addWidget(self.status_panel)
        self.confirm_box: QMessageBox | None = None
        self.payment_dialog: PaymentDialog | None = None
        self._old_documents: list[str] | None = None  # documents_seized of a pre-issue-13 challan
        if record_id is None:
            tasks.run_db(
                lambda services: (
                    services.session.station_province,
                    services.session.officer_name,
                ),
                self._prefill_from_station,
            )

    def form_title(self) -> str:
        return self.tr("Challan")

    def restore_question(self) -> str:
        return self.tr("Restore the unsaved challan you were typing?")

    # ---- fields --------------------------------------------------------------------------

    def _line(self, label: str, path: str, placeholder: str = "") -> QLineEdit:
        editor = QLineEdit()
        editor.setPlaceholderText(placeholder)
        self.add_row(label, editor, path)
        return editor

    def build_form(self, layout: QFormLayout) -> None:
        self.psid = self._line(
            self.tr("PSID (payment slip id)"), "psid", self.tr("17 or 18 digits")
        )
        self.traffic_sector = self._line(self.tr("Traffic sector"), "traffic_sector")
        self.district = self._line(self.tr("District"), "district")
        self.issued_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Issued at (PKT)"), self.issued_at, "issued_at")
        self.location = self._line(self.tr("Location"), "location")
        self._build_driver(layout)
        self._build_vehicle(layout)
        self._build_violations(layout)
        layout.addRow(QLabel(self.tr("<b>Document seized</b>")))
        self.seized_kind = QComboBox()
        self.seized_kind.setEditable(True)
        self.seized_kind.addItems(
            ["", self.tr("driving licence"), self.tr("registration book"), self.tr("CNIC")]
        )
        self.add_row(
            self.tr("Document seized (none: leave empty)"), self.seized_kind, "seized_document.kind"
        )
        self.seized_number = self._line(self.tr("Its number"), "seized_document.number")
        layout.addRow(QLabel(self.tr("<b>Issuing officer</b>")))
        officer_labels = {
            "name": self.tr("Name"),
            "rank": self.tr("Rank"),
            "belt_no": self.tr("Belt no."),
        }
        self.officer = {
            key: self._line(officer_labels[key], f"officer.{key}") for key in _OFFICER_KEYS
        }
        self._build_signature(layout)
        self.payment_ref = QLabel(self.tr("not paid"))
        self.payment_ref.setObjectName("paymentRef")
        self.payment_ref.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addRow(self.tr("Payment reference"), self.payment_ref)
        for signal in (self.vehicle_type.currentIndexChanged, self.province.currentIndexChanged):
            signal.connect(self._show_violation_options)
        for signal in (
            self.vehicle_type.currentIndexChanged,
            self.province.currentIndexChanged,
            self.violations.changed,
            self.issued_at.dateTimeChanged,
        ):
            signal.connect(self._show_fine)
        self._show_violation_options()
        self._show_fine()

    def _build_driver(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Driver</b>")))
        labels = {
            "name": self.tr("Name"),
            "father_name": self.tr("Father's name"),
            "address": self.tr("Address"),
            "cnic": self.tr("CNIC"),
        }
        self.driver = {key: self._line(labels[key], f"driver.{key}") for key in _DRIVER_KEYS}
        self.driver["cnic"].setPlaceholderText("12345-1234567-1")
        kind_words = {
            "passport": self.tr("Passport"),
            "por_card": self.tr("PoR card"),
            "afghan_citizen_card": self.tr("Afghan citizen card"),
            "nicop": self.tr("NICOP"),
            "driving_licence": self.tr("Driving licence"),
            "other": self.tr("Other"),
        }
        self.id_kind = ChoiceBox(
            [(kind, kind_words[kind]) for kind in ID_DOCUMENT_KINDS], self.tr("none")
        )
        self.add_row(
            self.tr("No CNIC: other identity document"), self.id_kind, "driver.id_document.kind"
        )
        self.id_number = self._line(self.tr("Its number"), "driver.id_document.number")
        self.no_id_reason = self._line(self.tr("Or why there is none"), "driver.no_id_reason")
        self.licence = {
            "licence_no": self._line(self.tr("Licence no. (empty if none)"), "driver.licence_no"),
            "licence_category": self._line(
                self.tr("Licence category"),
                "driver.licence_category",
                self.tr("e.g. LTV, motorcycle"),
            ),
        }

    def _build_vehicle(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Vehicle</b>")))
        self.vehicle_reg = self._line(self.tr("Registration no."), "vehicle_reg", "ABC-123")
        self.vehicle_type = QComboBox()
        self.vehicle_type.addItem(self.tr("— choose —"), "")
        for code, kind in vehicle_types().items():
            self.vehicle_type.addItem(reference_name(kind.label), code)
        self.add_row(self.tr("Vehicle type"), self.vehicle_type, "vehicle_type")
        self.make = self._line(self.tr("Make"), "vehicle.make", self.tr("e.g. Suzuki Mehran"))
        self.colour = self._line(self.tr("Colour"), "vehicle.colour")

    def _build_violations(self, layout: QFormLayout) -> None:
        self.province = QComboBox()
        for province in fine_provinces():
            self.province.addItem(reference_name(province), province)
        self.province.setCurrentIndex(self.province.findData(DEFAULT_PROVINCE))
        self.add_row(self.tr("Fine table of"), self.province, "province")
        self.violations = CodePicker(
            self.tr("Search violations: code or words, e.g. signal"),
            self.tr("Violations on this challan:"),
        )
        self.add_row(self.tr("Violations"), self.violations, "violations")
        self.fine_label = QLabel()
        self.fine_label.setObjectName("fineLabel")
        self.fine_label.setWordWrap(True)
        # A wrapped label in a form row gets one line's height unless it may grow (clipped fine).
        self.fine_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.MinimumExpanding
        )
        self.fine_label.setMinimumHeight(self.fine_label.fontMetrics().lineSpacing() * 3)
        self.fine_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addRow(self.tr("Fine"), self.fine_label)

    def _build_signature(self, layout: QFormLayout) -> None:
        layout.addRow(QLabel(self.tr("<b>Offender's signature</b>")))
        self.signature = PhotoSlot(_SIGNATURE)
        row = self.add_row(self.tr("Signature (image)"), self.signature, f"photos.{_SIGNATURE}")
        self.signature.choose_requested.connect(lambda _kind: self._ask_for_signature())
        self.signature.failed.connect(
            lambda failure: (
                row.show_errors([problem_words(e) for e in failure.errors])
                if isinstance(failure, ValidationFailed)
                else self.show_failure(failure)
            )
        )
        self.refused_to_sign = QCheckBox(self.tr("The offender refused to sign"))
        self.add_row("", self.refused_to_sign, "offender_refused_to_sign")

    def _ask_for_signature(self) -> None:
        self.ask_for_picture(self.signature, self.tr("Choose the scanned signature"))

    def choose_signature(self, path: str) -> None:
        """Read the picture at `path`, preview it and store it encrypted in the vault."""
        self.choose_picture(self.signature, path)

    def _prefill_from_station(self, found: tuple[str | None, str]) -> None:
        """The station's province fixes the fine table; the signed-in officer issues it."""
        province, officer_name = found
        if province is not None and self.province.findData(province) >= 0:
            self.province.setCurrentIndex(self.province.findData(province))
            self.province.setEnabled(False)
            self.province.setToolTip(self.tr("The fine table of this station's province"))
        if not typed(self.officer["name"]):
            self.officer["name"].setText(officer_name)

    def payload(self) -> dict[str, Any]:
        id_document = compact({"kind": self.id_kind.value(), "number": typed(self.id_number)})
        driver = {key: typed(self.driver[key]) for key in _DRIVER_KEYS}
        driver |= {key: typed(editor) for key, editor in self.licence.items()}
        return compact(
            {
                "psid": typed(self.psid),
                "traffic_sector": typed(self.traffic_sector),
                "district": typed(self.district),
                "issued_at": self.issued_at.iso(),
                "location": typed(self.location),
                "driver": compact(
                    driver
                    | {"id_document": id_document or None, "no_id_reason": typed(self.no_id_reason)}
                ),
                "vehicle_reg": typed(self.vehicle_reg),
                "vehicle_type": self.vehicle_type.currentData(),
                "vehicle": compact({"make": typed(self.make), "colour": typed(self.colour)})
                or None,
                "province": self.province.currentData(),
                "violations": self.violations.codes(),
                "seized_document": compact(
                    {
                        "kind": self.seized_kind.currentText().strip(),
                        "number": typed(self.seized_number),
                    }
                )
                or None,
                "documents_seized": self._old_documents,
                "officer": compact({key: typed(self.officer[key]) for key in _OFFICER_KEYS})
                or None,
                "photos": compact({_SIGNATURE: self.signature.attachment_id}) or None,
                "offender_refused_to_sign": self.refused_to_sign.isChecked() or None,
            }
        )

    def fill(self, data: dict[str, Any]) -> None:
        for editor, key in (
            (self.psid, "psid"),
            (self.traffic_sector, "traffic_sector"),
            (self.district, "district"),
            (self.location, "location"),
            (self.vehicle_reg, "vehicle_reg"),
        ):
            editor.setText(str(data.get(key, "")))
        if data.get("issued_at"):
            self.issued_at.set_iso(data["issued_at"])
        driver = data.get("driver") or {}
        for key, editor in {**self.driver, **self.licence}.items():
            editor.setText(str(driver.get(key, "")))
        id_document = driver.get("id_document") or {}
        self.id_kind.set_value(id_document.get("kind"))
        self.id_number.setText(str(id_document.get("number", "")))
        self.no_id_reason.setText(str(driver.get("no_id_reason", "")))
        vehicle = self.vehicle_type.findData(data.get("vehicle_type", ""))
        self.vehicle_type.setCurrentIndex(max(0, vehicle))
        self.make.setText(str((data.get("vehicle") or {}).get("make", "")))
        self.colour.setText(str((data.get("vehicle") or {}).get("colour", "")))
        province = self.province.findData(data.get("province", DEFAULT_PROVINCE))
        self.province.setCurrentIndex(max(0, province))
        self.violations.set_codes(data.get("violations") or [])
        seized = data.get("seized_document") or {}
        self._old_documents = data.get("documents_seized")
        self.seized_kind.setEditText(
            str(seized.get("kind", "")) or ", ".join(self._old_documents or [])
        )
        self.seized_number.setText(str(seized.get("number", "")))
        officer = data.get("officer") or {}
        for key in _OFFICER_KEYS:
            self.officer[key].setText(str(officer.get(key, "")))
        signature = (data.get("photos") or {}).get(_SIGNATURE)
        self.signature.refer_to(signature)
        if signature:
            self.tasks.run_db(
                lambda services: services.records.photo(signature), self.signature.show_loaded
            )
        self.refused_to_sign.setChecked(bool(data.get("offender_refused_to_sign")))

    # ---- the fine ------------------------------------------------------------------------

    def _show_violation_options(self) -> None:
        vehicle = self.vehicle_type.currentData()
        options = []
        for code, entry in traffic_violations(self.province.currentData()).items():
            if entry.superseded and code not in self.violations.codes():
                continue  # a later law replaced it: not for new challans
            fine = entry.fines.get(vehicle) if vehicle else None
            if not entry.priced:
                price = self.tr(" (no amount in the sources: cannot be priced)")
            elif not vehicle:
                price = ""
            elif fine is None:
                price = self.tr(" (no fine for this vehicle type)")
            else:
                price = self.tr(" (Rs {fine:,})").format(fine=fine)
            options.append((code, f"{code} — {entry.violation}{price}{self._standing(entry)}"))
        self.violations.set_options(options)

    def _standing(self, entry: TrafficViolation) -> str:
        """Rows not known to be current law say so (SOURCES.md, traffic_violations.csv)."""
        if entry.current == "proposed":
            return self.tr(" [proposed in a Finance Bill; enactment not verified]")
        if entry.current == "unknown":
            return self.tr(" [whether still in force is not known]")
        return ""

    def _show_fine(self) -> None:
        codes, vehicle = self.violations.codes(), self.vehicle_type.currentData()
        province = self.province.currentData()
        self.fine_label.setStyleSheet("")
        if not codes or not vehicle:
            self.fine_label.setText(self.tr("Choose the vehicle type and the violations."))
            return
        try:
            total = compute_fine(codes, vehicle, province)
        except ValidationFailed as refused:
            self.fine_label.setStyleSheet(ERROR_STYLE)
            self.fine_label.setText("\n".join(map(problem_words, refused.errors)))
            return
        try:
            due = self.tr("pay by {day}").format(
                day=due_date(self.issued_at.moment(), codes, province).isoformat()
            )
        except MissingReferenceData:
            due = self.tr("no payment window in the table")
        self.fine_label.setText(self.tr("Rs {total:,} — {due}").format(total=total, due=due))

    # ---- issuing -------------------------------------------------------------------------

    def save(self) -> None:
        """A new challan is final once issued: confirm vehicle and fine first (Cancel default)."""
        if self.record_id is not None or self.read_only:
            self.store()
            return
        if self._show_every_error():
            return
        vehicle = self.vehicle_type.currentText()
        total = compute_fine(
            self.violations.codes(), self.vehicle_type.currentData(), self.province.currentData()
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Issue challan"),
            self.tr(
                "Issue the challan to {reg} ({vehicle}) for a fine of Rs {total:,}?\n"
                "Once issued it cannot be changed except for its payment."
            ).format(reg=self._plate(), vehicle=vehicle, total=total),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("issueChallanBox")
        issue = box.addButton(self.tr("&Issue"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda clicked: self.store() if clicked is issue else None)
        box.open()
        self.confirm_box = box

    def _plate(self) -> str:
        """The number plate as it will be stored (``lea 1234`` → ``LEA-1234``)."""
        return formats.vehicle_registration(typed(self.vehicle_reg), "", Context(self.tasks.now()))

    # ---- after issue ---------------------------------------------------------------------

    def show_record(self, record: Record) -> None:
        super().show_record(record)
        self.pay_button.setVisible(record.status in UNPAID)
        self.status_panel.show_for(record)
        self.after_issue.show_for(record)
        paid = record.data.get("payment_ref")
        self.payment_ref.setText(str(paid) if paid else self.tr("not paid"))

    def mark_paid(self) -> PaymentDialog | None:
        if self.record_id is None:
            return None
        self.payment_dialog = PaymentDialog(self)
        self.payment_dialog.accepted.connect(self._pay)
        self.payment_dialog.open()
        return self.payment_dialog

    def _pay(self) -> None:
        if self.payment_dialog is None or self.record_id is None:
            return
        reference, record_id = self.payment_dialog.value(), self.record_id

        def pay(services: StationServices) -> Record:
            services.records.edit(record_id, {"payment_ref": reference})
            return services.records.transition(record_id, "paid")

        self.tasks.run_db(pay, self.after_change, self.show_failure)
