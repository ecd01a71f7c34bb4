"""The unlock screen: pick the officer, type the password; wrong tries wait out the throttle."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldclient.services.session import open_session
from fieldclient.services.training import open_practice_session
from fieldclient.ui.documents.verify_screen import VerifyDocumentDialog
from fieldclient.ui.error_words import officer_message
from fieldclient.ui.errors import report_error
from fieldclient.ui.recover_dialog import RecoverDialog
from fieldclient.ui.tasks import SessionInfo, Tasks
from fieldclient.vault.errors import Throttled, VaultError
from fieldclient.vault.vault import list_officers

# A vault upgrade shorter than this shows no dialog (a small vault upgrades in a blink).
UPGRADE_DIALOG_AFTER_MS = 700


class UnlockScreen(QWidget):
    unlocked = Signal(object)  # SessionInfo
    # (records done, records to do) while the unlock upgrades an older vault's records; emitted
    # on the database thread, so Qt queues it to this screen's thread.
    upgrade_progress = Signal(int, int)

    def __init__(
        self,
        data_dir: Path,
        tasks: Tasks,
        badge: str | None = None,
        parent=None,
        *,
        training: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.tasks = tasks
        self.opener = open_practice_session if training else open_session
        self.setObjectName("unlockScreen")
        self.setWindowTitle(
            self.tr("Field client (TRAINING) — unlock")
            if training
            else self.tr("Field client — unlock")
        )
        title = QLabel(self.tr("Unlock the vault"), self)
        title.setStyleSheet("font-size: 18pt; font-weight: bold")
        self.officer = QComboBox(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("passwordBox")
        self.unlock_button = QPushButton(self.tr("Unlock"), self)
        self.unlock_button.setDefault(True)
        self.forgot_button = QPushButton(self.tr("&Forgot password…"), self)
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot_password)
        self.recover_dialog: RecoverDialog | None = None
        self.verify_button = QPushButton(self.tr("&Verify a document…"), self)
        self.verify_button.setObjectName("verifyWithoutLogin")
        self.verify_button.setFlat(True)
        self.verify_button.setToolTip(self.tr("Check a printed document's code without signing in"))
        self.verify_button.clicked.connect(self.open_verify_screen)
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self._wait_left = 0
        self._ready_at = 0.0  # time.monotonic() when the throttle has passed
        self._countdown = QTimer(self, interval=1000)
        self._countdown.timeout.connect(self._tick)
        form = QFormLayout()
        form.addRow(self.tr("Officer"), self.officer)
        form.addRow(self.tr("Password"), self.password)
        hint = QLabel(self.tr("Records stay encrypted until an officer of this station unlocks."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 24, 40, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(title, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(hint, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(form)
        layout.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(self.verify_button)
        links.addStretch(1)
        links.addWidget(self.forgot_button)
        layout.addLayout(links)
        layout.addWidget(self.message)
        layout.addStretch(2)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.upgrade_dialog: QProgressDialog | None = None
        self.upgrade_progress.connect(self._show_upgrade)
        self._load_officers(badge)

    def _load_officers(self, badge: str | None) -> None:
        try:
            officers = list_officers(self.data_dir)
        except VaultError as problem:
            self.message.setText(officer_message(problem))
            self.unlock_button.setEnabled(False)
            return
        for officer in officers:
            self.officer.addItem(f"{officer.name} ({officer.badge})", officer.badge)
        if badge is not None:
            self.officer.setCurrentIndex(max(0, self.officer.findData(badge)))
        self.password.setFocus()

    def unlock(self) -> None:
        if not self.unlock_button.isEnabled():
            return
        badge, password = self.officer.currentData(), self.password.text()
        if not password:
            self.message.setText(self.tr("Password: type your password to unlock."))
            return
        self.unlock_button.setEnabled(False)
        self.message.setText(self.tr("Unlocking…"))
        told = self.upgrade_progress.emit
        self.tasks.open_session(
            lambda: self.opener(self.data_dir, badge, password, progress=told),
            self._unlocked,
            self._refused,
        )

    def _show_upgrade(self, done: int, total: int) -> None:
        """The progress of upgrading an older vault's records, in a dialog that appears only
        when the upgrade takes a while (a large vault) and cannot be cancelled."""
        if total == 0:
            return
        if self.upgrade_dialog is None:
            dialog = QProgressDialog(self)
            dialog.setWindowTitle(self.tr("Upgrading the vault"))
            dialog.setLabelText(
                self.tr(
                    "This version stores records in less space. Upgrading the vault's %n "
                    "record(s) once; please wait and keep the computer on.",
                    "",
                    total,
                )
            )
            dialog.setCancelButton(None)
            dialog.setWindowModality(Qt.WindowModality.WindowModal)
            dialog.setMinimumDuration(UPGRADE_DIALOG_AFTER_MS)
            dialog.setRange(0, total)
            self.upgrade_dialog = dialog
        self.upgrade_dialog.setValue(done)

    def open_verify_screen(self) -> VerifyDocumentDialog:
        """Verify document, without login: the public keys copied out of the vault."""
        dialog = VerifyDocumentDialog(self.tasks, self, without_login=self.data_dir)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def forgot_password(self) -> RecoverDialog | None:
        badge = self.officer.currentData()
        if badge is None:
            return None
        self.recover_dialog = RecoverDialog(
            self.data_dir, self.tasks, badge, self.officer.currentText(), self
        )
        self.recover_dialog.unlocked.connect(self._unlocked)
        self.recover_dialog.open()
        return self.recover_dialog

    def _close_upgrade(self) -> None:
        if self.upgrade_dialog is not None:
            self.upgrade_dialog.close()
            self.upgrade_dialog.deleteLater()
            self.upgrade_dialog = None

    def _unlocked(self, info: SessionInfo) -> None:
        self._close_upgrade()
        self.password.clear()
        self.message.clear()
        self.unlock_button.setEnabled(True)
        self.unlocked.emit(info)

    def _refused(self, problem: Exception) -> None:
        self._close_upgrade()
        self.password.clear()
        self.password.setFocus()
        self.unlock_button.setEnabled(True)
        if isinstance(problem, Throttled):
            self._wait(problem.wait_seconds)
        elif isinstance(problem, VaultError):
            self.message.setText(officer_message(problem))
        else:
            self.message.clear()
            report_error(self, problem)

    def _wait(self, seconds: float) -> None:
        self._ready_at = time.monotonic() + seconds
        self._wait_left = max(1, math.ceil(seconds))
        self.unlock_button.setEnabled(False)
        self._countdown.start()
        self._show_wait()

    def _tick(self) -> None:
        # Counted from a deadline, not by ticks: a coarse QTimer may fire up to 5 % early.
        self._wait_left = math.ceil(self._ready_at - time.monotonic())
        if self._wait_left <= 0:
            self._countdown.stop()
            self.unlock_button.setEnabled(True)
            self.unlock_button.setText(self.tr("Unlock"))
            self.message.setText(self.tr("You can try again now."))
        else:
            self._show_wait()

    def _show_wait(self) -> None:
        self.unlock_button.setText(self.tr("Wait {seconds} s").format(seconds=self._wait_left))
        self.message.setText(
            self.tr("Too many wrong passwords. Try again in {seconds} seconds.").format(
                seconds=self._wait_left
            )
        )
