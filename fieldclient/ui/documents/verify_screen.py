"""The "Verify document" screen: is a printed document authentic and unaltered? Offline.

The officer opens a PDF, or a photo or scan of the paper; every QR code in it is read and checked
against the keys this vault holds (on the DB thread: the keys are in the vault). Each verdict is
shown in words, green or red, with the facts the code carries so they can be compared with the
paper.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.documents.verification import Reason, Verdict, pakistan_day
from fieldclient.services.document_scan import UnreadableFile
from fieldclient.ui.bidi import left_to_right
from fieldclient.ui.errors import report_error
from fieldclient.ui.tasks import Tasks

GOOD_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


class VerifyDocumentDialog(QDialog):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify document"))
        self.setObjectName("verifyDocumentDialog")
        self.tasks = tasks
        self.open_button = QPushButton(self.tr("&Open a PDF, photo or scan…"), self)
        self.open_button.clicked.connect(self.choose_file)
        self.verdict_label = QLabel(
            self.tr("Open a printed document's PDF, or a photo of its QR code."), self
        )
        self.verdict_label.setWordWrap(True)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.open_button)
        layout.addWidget(self.verdict_label)
        layout.addWidget(self.details_label, 1)
        layout.addWidget(buttons)
        self.resize(560, 360)

    def choose_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a document"),
            str(Path.home()),
            self.tr("PDF or picture (*.pdf *.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.verify_file(Path(chosen))

    def verify_file(self, path: Path) -> None:
        self.open_button.setEnabled(False)
        self.verdict_label.setText(self.tr("Reading {name}…").format(name=path.name))
        self.verdict_label.setStyleSheet("")
        self.details_label.clear()
        self.tasks.run_db(
            lambda services: services.documents.verify_file(path), self.show_verdicts, self._failed
        )

    def show_verdicts(self, verdicts: list[Verdict]) -> None:
        self.open_button.setEnabled(True)
        if not verdicts:
            self._say(self.tr("No QR code was found in this file."), BAD_STYLE)
            return
        authentic = all(verdict.authentic for verdict in verdicts)
        self._say(
            "\n".join(self.verdict_text(verdict) for verdict in verdicts),
            GOOD_STYLE if authentic else BAD_STYLE,
        )
        self.details_label.setText(
            "\n\n".join(self.facts_text(v) for v in verdicts if v.payload is not None)
        )

    def verdict_text(self, verdict: Verdict) -> str:
        device = verdict.document.device_id if verdict.document else ""
        revoked = pakistan_day(verdict.revoked_at) if verdict.revoked_at is not None else ""
        said = {
            Reason.AUTHENTIC: self.tr("Authentic and unaltered: signed by the device.")
            if not verdict.countersigned
            else self.tr("Authentic and unaltered: countersigned by the server."),
            Reason.MALFORMED: self.tr("Not authentic: this is not a document of this system."),
            Reason.UNKNOWN_DEVICE: self.tr(
                "Not authentic: signed by device {device}, which this PC does not know as a "
                "device of the station. Sync to receive the station's keys."
            ).format(device=device),
            Reason.SIGNATURE_MISMATCH: self.tr(
                "Not authentic: the signature does not match the content. The document was "
                "altered, or signed with a key that is not device {device}'s."
            ).format(device=device),
            Reason.DEVICE_REVOKED: self.tr(
                "Not authentic: signed by device {device}, revoked on {day}; its signature can "
                "no longer be trusted."
            ).format(device=device, day=revoked),
            Reason.SERVER_SIGNATURE_MISMATCH: self.tr(
                "Not authentic: the server's countersignature does not match the content. The "
                "document was altered."
            ),
        }
        lines = [said[verdict.reason]]
        if verdict.server_unchecked:
            lines.append(
                self.tr(
                    "It carries the server's countersignature, but this PC does not hold the "
                    "server's key to check it."
                )
            )
        return "\n".join(lines)

    def facts_text(self, verdict: Verdict) -> str:
        payload = verdict.payload
        assert payload is not None
        facts = ", ".join(payload.facts.values())
        return self.tr("{kind} {number} of {station}, issued {issued}. {facts}").format(
            kind=payload.kind.upper(),
            number=payload.number,
            station=payload.station,
            issued=_shown_time(payload.issued_at),
            facts=facts,
        )

    def _say(self, text: str, style: str) -> None:
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(style)

    def _failed(self, problem: Exception) -> None:
        self.open_button.setEnabled(True)
        if isinstance(problem, UnreadableFile):
            self._say(str(problem), BAD_STYLE)
        else:
            report_error(self, problem)


def _shown_time(value: str) -> str:
    try:
        return left_to_right(datetime.fromisoformat(value).strftime("%d-%m-%Y %H:%M"))
    except ValueError:
        return value
