"""The "Verify document" screen: is a printed document authentic and unaltered? Offline.

The officer opens a PDF, or a photo or scan of the paper; every QR code in it is read and checked
against the keys this vault holds (on the DB thread: the keys are in the vault), or, opened from
the unlock screen without login, against the public keys copied out of the vault at the last
unlock or sync (`services.public_keys_file`; on the network pool: no vault is open). Each verdict is
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
from fieldclient.services.document_scan import Unreadable, UnreadableFile
from fieldclient.services.public_keys_file import (
    NoPublicKeys,
    PublicKeyCopy,
    verify_file_without_login,
)
from fieldclient.ui.bidi import left_to_right, shown_iso
from fieldclient.ui.errors import report_error
from fieldclient.ui.tasks import Tasks

GOOD_STYLE = "color: #1b5e20; font-weight: bold;"
BAD_STYLE = "color: #b00020; font-weight: bold;"


class VerifyDocumentDialog(QDialog):
    def __init__(
        self, tasks: Tasks, parent: QWidget | None = None, *, without_login: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.without_login = without_login  # the data folder whose copied keys to use
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
        data_dir = self.without_login
        if data_dir is None:
            self.tasks.run_db(
                lambda services: services.documents.verify_file(path),
                self.show_verdicts,
                self._failed,
            )
            return
        self.tasks.run_network(
            lambda: verify_file_without_login(data_dir, path), self._show_copied, self._failed
        )

    def _show_copied(self, answer: tuple[list[Verdict], PublicKeyCopy]) -> None:
        verdicts, copy = answer
        self.show_verdicts(verdicts)
        when = shown_iso(copy.written_at)
        server = copy.server_fingerprint
        said = (
            self.tr(
                "Checked without login, with the keys of station {station} copied on {when}; "
                "server key SHA-256 {fingerprint} (compare it with the administrator's)."
            ).format(station=copy.station, when=when, fingerprint=left_to_right(server))
            if server
            else self.tr(
                "Checked without login, with the keys of station {station} copied on {when}; "
                "this computer holds no server key."
            ).format(station=copy.station, when=when)
        )
        self.details_label.setText("\n\n".join(filter(None, [self.details_label.text(), said])))

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

    def _unreadable(self, problem: UnreadableFile) -> str:
        name = left_to_right(problem.name)
        if problem.why is Unreadable.NOT_OPENED:
            text = self.tr("{name} cannot be opened: check that the file is there and readable.")
        elif problem.why is Unreadable.NOT_PDF:
            text = self.tr("{name} is not a readable PDF.")
        else:
            text = self.tr("{name} is not a PDF or an image this application can read (PNG, JPEG).")
        return text.format(name=name)

    def _say(self, text: str, style: str) -> None:
        self.verdict_label.setText(text)
        self.verdict_label.setStyleSheet(style)

    def _failed(self, problem: Exception) -> None:
        self.open_button.setEnabled(True)
        if isinstance(problem, UnreadableFile):
            self._say(self._unreadable(problem), BAD_STYLE)
        elif isinstance(problem, NoPublicKeys):
            self._say(
                self.tr(
                    "This computer holds no copy of the document keys yet: an officer must sign "
                    "in once (or sync), then documents can be verified without login."
                ),
                BAD_STYLE,
            )
        else:
            report_error(self, problem)


def _shown_time(value: str) -> str:
    try:
        return left_to_right(datetime.fromisoformat(value).strftime("%d-%m-%Y %H:%M"))
    except ValueError:
        return value
