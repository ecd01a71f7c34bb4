"""The tenant registration form: landlord, property, tenant, start date, family, photos.

Photos come from files (JPEG or PNG), are previewed, and are stored encrypted in the vault at once.
After saving, the form shows the receipt number the clerk hands over. A submitted record may be
corrected until the central record check verifies or flags it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.services.diary import tenant_entry
from fieldclient.services.station import StationServices
from fieldclient.ui.bidi import ARABIC_LETTER, isolate_latin, left_to_right
from fieldclient.ui.error_words import problem_words
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms import register_form
from fieldclient.ui.forms.field_row import FieldRow
from fieldclient.ui.forms.history_panel import flag_reason
from fieldclient.ui.forms.pakistan_time import CalendarDateEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.photo_slot import PhotoSlot
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.tasks import Tasks

_LANDLORD_KEYS = ("name", "cnic", "phone")
_TENANT_KEYS = ("name", "father_name", "cnic", "phone", "permanent_address", "occupation")
PHOTO_KINDS = ("tenant", "cnic_front", "cnic_back")
FAMILY_NOT_GIVEN = -1


@register_form
class TenantForm(RecordForm):
    record_type = "tenant"
    managed_fields = (
        "landlord",
        "property_address",
        "tenant",
        "start_date",
        "family_count",
        "photos",
    )

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
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
            "permanent_address": self.tr("Permanent address"),
            "occupation": self.tr("Occupation"),
        }
        layout.addRow(QLabel(self.tr("<b>Landlord</b>")))
        self.landlord = self._person_fields("landlord", _LANDLORD_KEYS, labels)
        self.property_address = QLineEdit()
        self.add_row(self.tr("Property address"), self.property_address, "property_address")
        layout.addRow(QLabel(self.tr("<b>Tenant</b>")))
        self.tenant = self._person_fields("tenant", _TENANT_KEYS, labels)
        self.start_date = CalendarDateEdit(self.tasks.now().date())
        self.add_row(self.tr("Tenancy starts"), self.start_date, "start_date")
        self.family_count = QSpinBox()
        self.family_count.setRange(FAMILY_NOT_GIVEN, 50)
        self.family_count.setSpecialValueText(self.tr("not given"))
        self.family_count.setValue(FAMILY_NOT_GIVEN)
        self.add_row(self.tr("Family members"), self.family_count, "family_count")
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

    def _person_fields(
        self, group: str, keys: tuple[str, ...], labels: dict[str, str]
    ) -> dict[str, QLineEdit]:
        editors = {key: QLineEdit() for key in keys}
        editors["cnic"].setPlaceholderText("12345-1234567-1")
        editors["phone"].setPlaceholderText("0300-1234567")
        for key in keys:
            self.add_row(labels[key], editors[key], f"{group}.{key}")
        return editors

    def payload(self) -> dict[str, Any]:
        family = self.family_count.value()
        photos = compact({kind: slot.attachment_id for kind, slot in self.photos.items()})
        return compact(
            {
                "landlord": compact({key: typed(self.landlord[key]) for key in _LANDLORD_KEYS}),
                "property_address": typed(self.property_address),
                "tenant": compact({key: typed(self.tenant[key]) for key in _TENANT_KEYS}),
                "start_date": self.start_date.iso(),
                "family_count": None if family == FAMILY_NOT_GIVEN else family,
                "photos": photos or None,
            }
        )

    def fill(self, data: dict[str, Any]) -> None:
        for group, editors in (("landlord", self.landlord), ("tenant", self.tenant)):
            person = data.get(group) or {}
            for key, editor in editors.items():
                editor.setText(str(person.get(key, "")))
        self.property_address.setText(str(data.get("property_address", "")))
        if data.get("start_date"):
            self.start_date.set_iso(data["start_date"])
        family = data.get("family_count")
        self.family_count.setValue(family if isinstance(family, int) else FAMILY_NOT_GIVEN)
        stored = data.get("photos") or {}
        for kind, slot in self.photos.items():
            attachment_id = stored.get(kind)
            slot.refer_to(attachment_id)
            if attachment_id:
                self.tasks.run_db(
                    lambda services, photo=attachment_id: services.records.photo(photo),
                    slot.show_loaded,
                )

    # ---- photos --------------------------------------------------------------------------

    def _ask_for_photo(self, kind: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        if path:
            self.choose_photo(kind, path)

    def choose_photo(self, kind: str, path: str) -> None:
        """Read the picture at `path`, preview it and store it in the vault as the `kind` photo."""
        slot, row = self.photos[kind], self.error_rows()[f"photos.{kind}"]
        try:
            content = Path(path).read_bytes()
        except OSError as unreadable:
            row.show_errors(
                [
                    self.tr("could not read the file ({reason})").format(
                        reason=unreadable.strerror or type(unreadable).__name__
                    )
                ]
            )
            return
        if not slot.show_picture(content):
            row.show_errors([self.tr("is not a picture; choose a JPEG or PNG file")])
            return
        row.show_errors([])
        slot.choose_button.setEnabled(False)
        self.tasks.run_db(
            lambda services: services.records.store_photo(content, kind),
            slot.stored,
            slot.store_failed,
        )

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
        if record.status == "flagged":
            reason = flag_reason(record)
            reason = (
                isolate_latin(reason) if ARABIC_LETTER.search(reason) else left_to_right(reason)
            )
            self.flag.setText(
                self.tr("Flagged by the central record check: {reason}").format(reason=reason)
            )
        self.flag.setVisible(record.status == "flagged")
        self.receipt.setText(
            self.tr("Receipt number for the tenant: {number}").format(number=record.number)
        )
        self.receipt.show()
