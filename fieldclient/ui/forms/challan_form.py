"""The challan form: vehicle, violations priced from the province's fine table, driver, place, time.

The fine is shown as violations are picked (`challan.compute_fine` for the chosen vehicle type),
with the due date, or a plain note where the table gives no payment window. An issued challan is
final except for its payment, so Save on a new challan first asks to confirm the vehicle and the
fine; "Mark paid…" asks for the bank receipt's payment reference, which the form shows from then on.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
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
from fieldclient.domain.reference import fine_provinces, traffic_violations, vehicle_types
from fieldclient.domain.schema import Context
from fieldclient.services.station import StationServices
from fieldclient.ui.error_words import problem_words
from fieldclient.ui.forms import register_form
from fieldclient.ui.forms.code_picker import CodePicker
from fieldclient.ui.forms.field_row import ERROR_STYLE
from fieldclient.ui.forms.pakistan_time import PakistanDateTimeEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.payment_dialog import PaymentDialog
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.forms.status_panel import StatusChangePanel
from fieldclient.ui.reference_words import reference_name
from fieldclient.ui.tasks import Tasks

UNPAID = frozenset({"issued", "contested", "overdue"})
_DRIVER_KEYS = ("name", "cnic", "licence_no")


@register_form
class ChallanForm(RecordForm):
    record_type = "challan"
    managed_fields = (
        "vehicle_reg",
        "vehicle_type",
        "province",
        "violations",
        "driver",
        "location",
        "issued_at",
        "documents_seized",
    )

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, record_id, parent)
        self.pay_button = QPushButton(self.tr("Mark &paid…"), self)
        self.pay_button.clicked.connect(self.mark_paid)
        self.pay_button.hide()
        self.button_row.insertWidget(1, self.pay_button)
        self.status_panel = StatusChangePanel(
            tasks, self.after_change, self.show_failure, leave_out=frozenset({"paid"}), parent=self
        )
        self.status_panel.hide()
        self.panels.addWidget(self.status_panel)
        self.confirm_box: QMessageBox | None = None
        self.payment_dialog: PaymentDialog | None = None

    def form_title(self) -> str:
        return self.tr("Challan")

    def restore_question(self) -> str:
        return self.tr("Restore the unsaved challan you were typing?")

    # ---- fields --------------------------------------------------------------------------

    def build_form(self, layout: QFormLayout) -> None:
        self.vehicle_reg = QLineEdit()
        self.vehicle_reg.setPlaceholderText("ABC-123")
        self.add_row(self.tr("Registration no."), self.vehicle_reg, "vehicle_reg")
        self.vehicle_type = QComboBox()
        self.vehicle_type.addItem(self.tr("— choose —"), "")
        for code, kind in vehicle_types().items():
            self.vehicle_type.addItem(reference_name(kind.label), code)
        self.add_row(self.tr("Vehicle type"), self.vehicle_type, "vehicle_type")
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
        self.fine_label.setMinimumHeight(self.fine_label.fontMetrics().lineSpacing() * 2)
        self.fine_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        layout.addRow(self.tr("Fine"), self.fine_label)
        layout.addRow(QLabel(self.tr("<b>Driver</b>")))
        self.driver = {key: QLineEdit() for key in _DRIVER_KEYS}
        self.driver["cnic"].setPlaceholderText("12345-1234567-1")
        labels = {
            "name": self.tr("Name"),
            "cnic": self.tr("CNIC"),
            "licence_no": self.tr("Licence no. (empty if none)"),
        }
        for key in _DRIVER_KEYS:
            self.add_row(labels[key], self.driver[key], f"driver.{key}")
        self.location = QLineEdit()
        self.add_row(self.tr("Location"), self.location, "location")
        self.issued_at = PakistanDateTimeEdit(self.tasks.now())
        self.add_row(self.tr("Issued at (PKT)"), self.issued_at, "issued_at")
        self.documents_seized = QLineEdit()
        self.documents_seized.setPlaceholderText(self.tr("Comma-separated, e.g. registration book"))
        self.add_row(self.tr("Documents seized"), self.documents_seized, "documents_seized")
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

    def payload(self) -> dict[str, Any]:
        seized = [part.strip() for part in typed(self.documents_seized).split(",") if part.strip()]
        return compact(
            {
                "vehicle_reg": typed(self.vehicle_reg),
                "vehicle_type": self.vehicle_type.currentData(),
                "province": self.province.currentData(),
                "violations": self.violations.codes(),
                "driver": compact({key: typed(self.driver[key]) for key in _DRIVER_KEYS}),
                "location": typed(self.location),
                "issued_at": self.issued_at.iso(),
                "documents_seized": seized or None,
            }
        )

    def fill(self, data: dict[str, Any]) -> None:
        self.vehicle_reg.setText(str(data.get("vehicle_reg", "")))
        vehicle = self.vehicle_type.findData(data.get("vehicle_type", ""))
        self.vehicle_type.setCurrentIndex(max(0, vehicle))
        province = self.province.findData(data.get("province", DEFAULT_PROVINCE))
        self.province.setCurrentIndex(max(0, province))
        self.violations.set_codes(data.get("violations") or [])
        driver = data.get("driver") or {}
        for key in _DRIVER_KEYS:
            self.driver[key].setText(str(driver.get(key, "")))
        self.location.setText(str(data.get("location", "")))
        if data.get("issued_at"):
            self.issued_at.set_iso(data["issued_at"])
        self.documents_seized.setText(", ".join(data.get("documents_seized") or []))

    # ---- the fine ------------------------------------------------------------------------

    def _show_violation_options(self) -> None:
        vehicle = self.vehicle_type.currentData()
        options = []
        for code, entry in traffic_violations(self.province.currentData()).items():
            fine = entry.fines.get(vehicle) if vehicle else None
            if not vehicle:
                price = ""
            elif fine is None:
                price = self.tr(" (no fine for this vehicle type)")
            else:
                price = self.tr(" (Rs {fine:,})").format(fine=fine)
            options.append((code, f"{code} — {entry.violation}{price}"))
        self.violations.set_options(options)

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
