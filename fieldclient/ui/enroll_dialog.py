"""File ▸ Enroll this device…: the server address, the one-time code, optionally the pin.

For stations that worked offline first, or to retry an enrollment that failed. The dialog
collects and checks the fields; the sync controller enrolls on a worker and answers with
`enrolled()` (the dialog closes) or `failed()` (the problem is shown under the fields, focus goes to
the field to correct, and the dialog stays open for another try).
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

from fieldclient.ui.enroll_words import EXAMPLE_URL, EnrollField
from fieldclient.ui.status_bar import ERROR_STYLE


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
        self.problem.setObjectName("enrollProblem")
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
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        url = self.server_url.text().strip()
        code = self.code.text().strip()
        if not url.startswith(("https://", "http://")):
            self.failed(
                self.tr("Server address: must start with https:// (for example {example})").format(
                    example=EXAMPLE_URL
                ),
                EnrollField.ADDRESS,
            )
            return
        if not code:
            self.failed(
                self.tr("One-time code: type the code from your administrator."), EnrollField.CODE
            )
            return
        self.problem.setStyleSheet("")
        self.problem.setText(self.tr("Enrolling this device…"))
        self.ok_button.setEnabled(False)
        self.enroll_requested.emit(url, code, self.fingerprint.text().strip())

    def enrolled(self) -> None:
        self.problem.clear()
        super().accept()

    def failed(self, words: str, field: EnrollField) -> None:
        """Show why, move to the field to correct; the officer can try again."""
        self.problem.setStyleSheet(ERROR_STYLE)
        self.problem.setText(words)
        self.ok_button.setEnabled(True)
        box = {
            EnrollField.ADDRESS: self.server_url,
            EnrollField.CODE: self.code,
            EnrollField.FINGERPRINT: self.fingerprint,
        }.get(field)
        if box is not None:
            box.setFocus()
            box.selectAll()
