"""Mark paid: the payment reference from the bank receipt, refused (and marked) while empty."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldclient.ui.forms.field_row import ERROR_STYLE


class PaymentDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paymentDialog")
        self.setWindowTitle(self.tr("Mark paid"))
        self.reference = QLineEdit(self)
        self.reference.setObjectName("paymentRefBox")
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Payment reference (bank receipt)"), self.reference)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def value(self) -> str:
        return self.reference.text().strip()

    def accept(self) -> None:
        if not self.value():
            self.problem.setText(
                self.tr(
                    "Payment reference: type the reference printed on the bank receipt; "
                    "the challan was not marked paid."
                )
            )
            self.reference.setStyleSheet("border: 2px solid #b00020")
            self.reference.setFocus()
            return
        super().accept()
