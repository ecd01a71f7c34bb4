"""The refusals of a record the sync server would not accept, and the way forward.

A refused record stays on this computer until it is sent again: correcting it and saving queues
it again, and "Send again" queues it as it is (for a refusal whose reason has passed, such as a
time that was ahead of the server's clock).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fieldclient.ui.error_words import refusal_words
from fieldclient.ui.forms.field_row import ERROR_STYLE


class RefusalBanner(QWidget):
    resend_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusalBanner")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        self.resend_button = QPushButton(self.tr("Send again"), self)
        self.resend_button.setObjectName("resendButton")
        self.resend_button.clicked.connect(self.resend_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.resend_button)
        self.hide()

    def show_refusals(self, reasons: list[str], *, editable: bool) -> None:
        """The server's code and reason of each refused change; hidden when there are none."""
        if not reasons:
            self.hide()
            return
        advice = (
            self.tr("Correct the record and save to send it again, or send it again as it is.")
            if editable
            else self.tr("Send it again once the reason no longer holds.")
        )
        self.message.setText(
            self.tr("The sync server refused this record ({reasons}). {advice}").format(
                reasons="; ".join(map(refusal_words, reasons)), advice=advice
            )
        )
        self.message.setToolTip("\n".join(reasons))
        self.show()
