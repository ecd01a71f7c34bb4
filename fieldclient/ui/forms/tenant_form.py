"""The tenant registration form, in the register's order (docs/REGISTERS.md section 5): landlord,
property and dealer, tenant (a CNIC, or a foreigner's passport or PoR card), tenancy and
possession with the reporting deadline, household, two references, licensed weapons, photos.

Photos come from files (JPEG or PNG), are previewed, and are stored encrypted in the vault at once.
After saving, the form shows the receipt number the clerk hands over. A submitted record may be
corrected until the central record check verifies or flags it; a record returned for correction
shows the objections and goes back with "Change status". The reporting deadline is the station
setting `tenant/report_within_hours` after possession; unset, the form says so.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.pakistan_time import shown
from fieldclient.domain.record import Record
from fieldclient.domain.records.tenant import filed_late, report_deadline
from fieldclient.domain.records.tenant_fields import PROPERTY_TYPES
from fieldclient.services.diary import tenant_entry
from fieldclient.services.station import StationServices
from fieldclient.settings import TENANT_REPORT_WITHIN_HOURS, IniSettings
from fieldclient.ui.bidi import ARABIC_LETTER, isolate_latin, left_to_right
from fieldclient.ui.error_words import problem_words
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms import register_form
from fieldclient.ui.forms.field_row import ERROR_STYLE, FieldRow
from fieldclient.ui.forms.fir_widgets import ChoiceBox, OptionalMoment
from fieldclient.ui.forms.history_panel import latest_reason
from fieldclient.ui.forms.pakistan_time import CalendarDateEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.photo_slot import PhotoSlot
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.forms.status_panel import StatusChangePanel
from fieldclient.ui.forms.tenant_widgets import EntryGrid, OptionalDate, VacatePanel
from fieldclient.ui.tasks import Tasks

_LANDLORD_KEYS = ("name", "father_name", "cnic", "phone", "address")
_DEALER_KEYS = ("name", "cnic", "phone", "office_address")
_TENANT_KEYS = (
    "name",
    "father_name",
    "cnic",
    "phone",
    "permanent_address",
    "previous_address",
    "occupation",
    "workplace",
)
_PASSPORT_KEYS = ("number", "nationality", "visa_no", "visa_expiry")
_REFERENCE_KEYS = ("name", "cnic", "phone", "address")
PHOTO_KINDS = ("tenant", "cnic_front", "cnic_back")
FAMILY_NOT_GIVEN = -1
FAMILY_ROWS = 2
WEAPON_ROWS = 1


@register_form
class TenantForm(RecordForm):
    record_type = "tenant"
    managed_fields = (
        "landlord",
        "property_address",
        "property_type",
        "property_dealer",
        "tenant",
        "start_date",
        "agreement_end",
        "monthly_rent",
        "possession_at",
        "family_count",
        "family_members",
        "references",
        "licensed_weapons",
        "photos",
    )

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        self.report_hours = TENANT_REPORT_WITHIN_HOURS.default
        super().__init__(tasks, record_id, parent)
        self.flag = QLabel(self)
        self.flag.setObjectName("flagReason")
        self.flag.setWordWrap(True)
        self.flag.setStyleSheet("color: #b00020; font-weight: bold; font-size: large;")
        self.flag.hide()
        self.layout().insertWidget(1, self.flag)  # under the number, above everything else
        self.receipt = QLabel(self)
        self.receipt.setObjectName("receiptNumber")
        self.receipt.setStyleSheet("font-size: x-large; font-weight: bold;")
        self.receipt.hide()
        self.panels.addWidget(self.receipt)
        self.status_panel = StatusChangePanel(
            tasks,
            self.after_change,
            self.show_failure,
            leave_out=frozenset({"vacated"}),
            parent=self,
        )
        self.status_panel.hide()
        self.panels.addWidget(self.status_panel)
        self.vacate_panel = VacatePanel(tasks, self.after_change, self.show_failure, self)
        self.panels.addWidget(self.vacate_panel)
        tasks.run_db(
            lambda services: IniSettings(services.session.vault.data_dir).get(
                TENANT_REPORT_WITHIN_HOURS
            ),
            self._set_report_hours,
        )

    def _set_report_hours(self, hours: float) -> None:
        self.report_hours = hours
        self._show_deadline()

    def form_title(self) -> str:
        return self.tr("Tenant registration")

    def restore_question(self) -> str:
        return self.tr("Restore the unsaved tenant registration you were typing?")

    # ---- fields --------------------------------------------------------------------------

    def build_form(self, layout: QFormLayout) -> None:
        labels = {
            "name": self.tr("Name"),
            "father_name": self.tr("Father's name"),
            "cnic": self.tr("CNIC"),
            "phone": self.tr("Mobile"),
            "address": self.tr("Address"),
            "office_address": self.tr("Office address"),
            "permanent_address": self.tr("Permanent address"),
            "previous_address": self.tr("Previous address"),
            "occupation": self.tr("Occupation"),
            "workplace": self.tr("Workplace"),
            "number": self.tr("Passport no."),
            "nationality": self.tr("Nationality"),
            "visa_no": self.tr("Visa no."),
            "visa_expiry": self.tr("Visa valid until"),
        }
        today = self.tasks.now().date()
        layout.addRow(QLabel(self.tr("<b>Landlord</b>")))
        self.landlord = self._line_edits("landlord", _LANDLORD_KEYS, labels)
        layout.addRow(QLabel(self.tr("<b>Property</b>")))
        self.property_address = QLineEdit()
        self.add_row(self.tr("Property address"), self.property_address, "property_address")
        type_words = {
            "house": self.tr("house"),
            "portion": self.tr("portion of a house"),
            "flat": self.tr("flat"),
            "room": self.tr("room"),
            "shop": self.tr("shop"),
            "office": self.tr("office"),
            "other": self.tr("other"),
        }
        self.property_type = ChoiceBox(
            [(value, type_words[value]) for value in PROPERTY_TYPES], self.tr("— not given —")
        )
        self.add_row(self.tr("Property type"), self.property_type, "property_type")
        layout.addRow(QLabel(self.tr("<b>Property dealer</b> (if any)")))
        self.dealer = self._line_edits("property_dealer", _DEALER_KEYS, labels)
        layout.addRow(QLabel(self.tr("<b>Tenant</b>")))
        self.tenant = self._line_edits("tenant", _TENANT_KEYS, labels)
        layout.addRow(
            QLabel(self.tr("<b>Foreign tenant</b>: passport or PoR card instead of a CNIC"))
        )
        self.passport = self._line_edits("tenant.passport", _PASSPORT_KEYS, labels)
        self.passport["visa_expiry"].setPlaceholderText("2027-06-30")
        self.por_card_no = QLineEdit()
        self.add_row(self.tr("PoR card no."), self.por_card_no, "tenant.por_card_no")
        layout.addRow(QLabel(self.tr("<b>Tenancy</b>")))
        self.start_date = CalendarDateEdit(today)
        self.add_row(self.tr("Tenancy starts"), self.start_date, "start_date")
        self.agreement_end = OptionalDate(self.tr("given"), today)
        self.add_row(self.tr("Agreement ends"), self.agreement_end, "agreement_end")
        self.monthly_rent = QLineEdit()
        self.monthly_rent.setPlaceholderText(self.tr("rupees"))
        self.add_row(self.tr("Monthly rent"), self.monthly_rent, "monthly_rent")
        self.possession_at = OptionalMoment(self.tr("given"), self.tasks.now())
        self.add_row(self.tr("Possession handed over"), self.possession_at, "possession_at")
        self.deadline = QLabel()
        self.deadline.setObjectName("reportDeadline")
        self.deadline.setWordWrap(True)
        self.deadline.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addRow("", self.deadline)
        self.possession_at.changed.connect(self._show_deadline)
        layout.addRow(QLabel(self.tr("<b>Family</b> living there")))
        self.family_count = QSpinBox()
        self.family_count.setRange(FAMILY_NOT_GIVEN, 50)
        self.family_count.setSpecialValueText(self.tr("not given"))
        self.family_count.setValue(FAMILY_NOT_GIVEN)
        self.add_row(self.tr("Family members"), self.family_count, "family_count")
        self.family = EntryGrid(
            [
                ("name", self.tr("Name"), ""),
                ("relation", self.tr("Relation"), self.tr("wife, son…")),
                ("age", self.tr("Age"), ""),
                ("cnic", self.tr("CNIC (18 or older)"), "12345-1234567-1"),
            ],
            "family_members",
            FAMILY_ROWS,
            self.tr("Add a family member"),
        )
        self.add_row(self.tr("Family members by name"), self.family, "family_members")
        layout.addRow(QLabel(self.tr("<b>References</b> (two people who know the tenant)")))
        self.references = [
            self._line_edits(f"references.{index}", _REFERENCE_KEYS, self._reference_labels(index))
            for index in range(2)
        ]
        layout.addRow(QLabel(self.tr("<b>Licensed weapons</b> carried by the tenant")))
        self.weapons = EntryGrid(
            [
                ("licence_no", self.tr("Licence no."), ""),
                ("weapon_kind", self.tr("Weapon"), self.tr("pistol 30 bore…")),
                ("issuing_authority", self.tr("Issued by"), ""),
            ],
            "licensed_weapons",
            WEAPON_ROWS,
            self.tr("Add a weapon"),
        )
        self.add_row(self.tr("Weapons"), self.weapons, "licensed_weapons")
        layout.addRow(QLabel(self.tr("<b>Photos</b> (JPEG or PNG)")))
        photo_labels = {
            "tenant": self.tr("Tenant"),
            "cnic_front": self.tr("CNIC front"),
            "cnic_back": self.tr("CNIC back"),
        }
        self.photos: dict[str, PhotoSlot] = {}
        for kind in PHOTO_KINDS:
            slot = PhotoSlot(kind)
            row = self.add_row(photo_labels[kind], slot, f"photos.{kind}")
            slot.choose_requested.connect(self._ask_for_photo)
            slot.failed.connect(lambda failure, row=row: self._photo_refused(row, failure))
            self.photos[kind] = slot

    def _reference_labels(self, index: int) -> dict[str, str]:
        number = index + 1
        return {
            "name": self.tr("Reference {number}: name").format(number=number),
            "cnic": self.tr("Reference {number}: CNIC").format(number=number),
            "phone": self.tr("Reference {number}: mobile").format(number=number),
            "address": self.tr("Reference {number}: address").format(number=number),
        }

    def _line_edits(
        self, group: str, keys: tuple[str, ...], labels: dict[str, str]
    ) -> dict[str, QLineEdit]:
        editors = {key: QLineEdit() for key in keys}
        for key, editor in editors.items():
            if key == "cnic":
                editor.setPlaceholderText("12345-1234567-1")
            elif key == "phone":
                editor.setPlaceholderText("0300-1234567")
            self.add_row(labels[key], editor, f"{group}.{key}")
        return editors

    def error_rows(self) -> dict[str, FieldRow]:
        return super().error_rows() | self.family.error_rows() | self.weapons.error_rows()

    # ---- payload -------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        family = self.family_count.value()
        photos = compact({kind: slot.attachment_id for kind, slot in self.photos.items()})
        tenant = _typed_group(self.tenant)
        tenant["passport"] = _typed_group(self.passport) or None
        tenant["por_card_no"] = typed(self.por_card_no)
        references = [_typed_group(editors) for editors in self.references]
        return compact(
            {
                "landlord": _typed_group(self.landlord),
                "property_address": typed(self.property_address),
                "property_type": self.property_type.value(),
                "property_dealer": _typed_group(self.dealer) or None,
                "tenant": compact(tenant),
                "start_date": self.start_date.iso(),
                "agreement_end": self.agreement_end.iso(),
                "monthly_rent": typed(self.monthly_rent),
                "possession_at": self.possession_at.iso(),
                "family_count": None if family == FAMILY_NOT_GIVEN else family,
                "family_members": self.family.payload() or None,
                "references": references if any(references) else None,
                "licensed_weapons": self.weapons.payload() or None,
                "photos": photos or None,
            }
        )

    def fill(self, data: dict[str, Any]) -> None:
        tenant = data.get("tenant") or {}
        groups = (
            (self.landlord, data.get("landlord")),
            (self.dealer, data.get("property_dealer")),
            (self.tenant, tenant),
            (self.passport, tenant.get("passport")),
        )
        references = data.get("references") or []
        for index, editors in enumerate(self.references):
            groups += ((editors, references[index] if index < len(references) else {}),)
        for editors, values in groups:
            for key, editor in editors.items():
                editor.setText(str((values or {}).get(key, "")))
        self.por_card_no.setText(str(tenant.get("por_card_no", "")))
        self.property_address.setText(str(data.get("property_address", "")))
        self.property_type.set_value(data.get("property_type"))
        if data.get("start_date"):
            self.start_date.set_iso(data["start_date"])
        self.agreement_end.set_iso(data.get("agreement_end"))
        rent = data.get("monthly_rent")
        self.monthly_rent.setText("" if rent is None else str(rent))
        self.possession_at.set_iso(data.get("possession_at"))
        family = data.get("family_count")
        self.family_count.setValue(family if isinstance(family, int) else FAMILY_NOT_GIVEN)
        self.family.fill(data.get("family_members") or [])
        self.weapons.fill(data.get("licensed_weapons") or [])
        stored = data.get("photos") or {}
        for kind, slot in self.photos.items():
            attachment_id = stored.get(kind)
            slot.refer_to(attachment_id)
            if attachment_id:
                self.tasks.run_db(
                    lambda services, photo=attachment_id: services.records.photo(photo),
                    slot.show_loaded,
                )
        self._show_deadline()

    # ---- reporting deadline --------------------------------------------------------------

    def _show_deadline(self) -> None:
        possession = self.possession_at.iso()
        if self.report_hours <= 0:
            self.deadline.setStyleSheet("")
            self.deadline.setText(
                self.tr(
                    "No reporting deadline is set for this station (setting "
                    "tenant/report_within_hours): the Act's deadline is not confirmed."
                )
            )
            return
        if possession is None:
            self.deadline.setStyleSheet("")
            self.deadline.setText(
                self.tr("Enter when possession was handed over to see the reporting deadline.")
            )
            return
        data = {"possession_at": possession}
        deadline = report_deadline(data, self.report_hours)
        filed_at = (
            datetime.fromisoformat(self.record.created_at) if self.record else self.tasks.now()
        )
        late = filed_late(data, filed_at, self.report_hours)
        text = self.tr("Report to the police by {deadline} ({hours} hours after possession).")
        text = text.format(deadline=shown(deadline), hours=f"{self.report_hours:g}")
        if late:
            text += " " + self.tr("Filed late.")
        self.deadline.setStyleSheet(ERROR_STYLE if late else "")
        self.deadline.setText(text)

    # ---- photos --------------------------------------------------------------------------

    def _ask_for_photo(self, kind: str) -> None:
        self.ask_for_picture(self.photos[kind], self.tr("Choose a photo"))

    def choose_photo(self, kind: str, path: str) -> None:
        """Read the picture at `path`, preview it and store it in the vault as the `kind` photo."""
        self.choose_picture(self.photos[kind], path)

    def _photo_refused(self, row: FieldRow, failure: Exception) -> None:
        if isinstance(failure, ValidationFailed):
            row.show_errors([problem_words(error) for error in failure.errors])
        else:
            report_error(self, failure)

    # ---- after saving --------------------------------------------------------------------

    def creator(self) -> Callable[[StationServices, dict[str, Any]], Record]:
        """A new registration is stored with its daily-diary entry, in one transaction."""

        def create(services: StationServices, payload: dict[str, Any]) -> Record:
            tenancy, _entry = services.diary.create_with_entry("tenant", payload, tenant_entry)
            return tenancy

        return create

    def show_record(self, record: Record) -> None:
        super().show_record(record)
        banners = {
            "flagged": self.tr("Flagged by the central record check: {reason}"),
            "returned_for_correction": self.tr(
                "Returned for correction: {reason}. Correct the record, save it, then send it "
                "again with Change status → submitted."
            ),
        }
        banner = banners.get(record.status)
        if banner is not None:
            reason = latest_reason(record, record.status)
            reason = (
                isolate_latin(reason) if ARABIC_LETTER.search(reason) else left_to_right(reason)
            )
            self.flag.setText(banner.format(reason=reason))
        self.flag.setVisible(banner is not None)
        if record.status == "returned_for_correction":
            self.review_banner.hide()  # the flag says it, with what to do next
        self.receipt.setText(
            self.tr("Receipt number for the tenant: {number}").format(number=record.number)
        )
        self.receipt.show()
        self.status_panel.show_for(record)
        self.vacate_panel.show_for(record)
        self._show_deadline()


def _typed_group(editors: dict[str, QLineEdit]) -> dict[str, Any]:
    return compact({key: typed(editor) for key, editor in editors.items()})
