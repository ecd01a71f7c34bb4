"""File ▸ Enroll this device…: the server address, the one-time code, optionally the pin.

For stations that worked offline first. The dialog only collects and checks the fields; the sync
controller enrolls on a worker and reports the result.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fieldclient.ui.status_bar import ERROR_STYLE

EXAMPLE_URL = "https://sync.example.gov.pk"


class EnrollDialog(QDialog):
    """Emits `enroll_requested(url, code, fingerprint)` when OK is pressed with valid fields."""

    enroll_requested = Signal(str, str, str)

    def __init__(self, server_url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowTitle(self.tr("Enroll this device"))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "Type the sync server's address and the one-time code your administrator gave "
                "you. Records made so far are sent at the first sync."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.server_url = QLineEdit(server_url, self)
        self.server_url.setPlaceholderText(EXAMPLE_URL)
        self.code = QLineEdit(self)
        self.fingerprint = QLineEdit(self)
        self.fingerprint.setPlaceholderText(self.tr("optional: SHA-256 from the administrator"))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow(self.tr("One-time code"), self.code)
        form.addRow(self.tr("Certificate fingerprint"), self.fingerprint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        url = self.server_url.text().strip()
        code = self.code.text().strip()
        if not url.startswith(("https://", "http://")):
            self.problem.setText(
                self.tr("Server address: must start with https:// (for example {example})").format(
                    example=EXAMPLE_URL
                )
            )
            self.server_url.setFocus()
            return
        if not code:
            self.problem.setText(self.tr("One-time code: type the code from your administrator."))
            self.code.setFocus()
            return
        self.problem.clear()
        super().accept()
        self.enroll_requested.emit(url, code, self.fingerprint.text().strip())
