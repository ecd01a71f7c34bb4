"""Forgot password: the station recovery key (kept by the SHO) and a new password sign the
officer in (`Vault.recover`)."""

from __future__ import annotations

from pathlib import Path

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

from fieldclient.services.session import recover_session
from fieldclient.ui.errors import is_officers_problem, report_error, user_message
from fieldclient.ui.password_fields import NewPassword
from fieldclient.ui.tasks import SessionInfo, Tasks


class RecoverDialog(QDialog):
    unlocked = Signal(object)  # SessionInfo

    def __init__(
        self, data_dir: Path, tasks: Tasks, badge: str, officer: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.tasks = tasks
        self.badge = badge
        self.setObjectName("recoverDialog")
        self.setWindowTitle(self.tr("Forgot password"))
        explain = QLabel(
            self.tr(
                "Ask the SHO for the station recovery key, type it here and choose a new password "
                "for {officer}. Another officer can also reset your password (File, Officers)."
            ).format(officer=officer),
            self,
        )
        explain.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setObjectName("recoveryKeyBox")
        self.key.setPlaceholderText("ABCD-EFGH-…")
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.key)
        self.new_password = NewPassword(form, self)
        self.problem = QLabel(self)
        self.problem.setObjectName("recoverProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        if not self.key.text().strip():
            self._mark(self.tr("Recovery key: type the key the SHO keeps."), self.key)
            return
        if (problem := self.new_password.problem()) is not None:
            self._mark(*problem)
            return
        self.buttons.setEnabled(False)
        self.problem.setText(self.tr("Checking the recovery key…"))
        data_dir, badge = self.data_dir, self.badge
        key, password = self.key.text(), self.new_password.text()
        self.tasks.open_session(
            lambda: recover_session(data_dir, badge, key, password), self._done, self._refused
        )

    def _mark(self, text: str, box: QLineEdit) -> None:
        self.problem.setText(text)
        box.setStyleSheet("border: 2px solid #b00020")
        box.setFocus()

    def _done(self, info: SessionInfo) -> None:
        self.accept()
        self.unlocked.emit(info)

    def _refused(self, problem: Exception) -> None:
        self.buttons.setEnabled(True)
        if is_officers_problem(problem):
            self._mark(user_message(problem), self.key)
        else:
            self.problem.clear()
            report_error(self, problem)
