"""A new password typed twice, checked the same way wherever an officer sets one."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

MIN_PASSWORD_LENGTH = 10


class NewPassword:
    """Two password boxes added to a form; `problem()` names the box that is wrong."""

    def __init__(self, form: QFormLayout, parent: QWidget) -> None:
        self.password = QLineEdit(parent)
        self.password.setObjectName("newPasswordBox")
        self.repeat = QLineEdit(parent)
        self.repeat.setObjectName("repeatPasswordBox")
        for box in (self.password, self.repeat):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(QCoreApplication.translate("NewPassword", "New password"), self.password)
        form.addRow(QCoreApplication.translate("NewPassword", "New password again"), self.repeat)

    def text(self) -> str:
        return self.password.text()

    def problem(self) -> tuple[str, QLineEdit] | None:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            return (
                QCoreApplication.translate(
                    "NewPassword", "New password: at least {n} characters."
                ).format(n=MIN_PASSWORD_LENGTH),
                self.password,
            )
        if self.repeat.text() != self.password.text():
            return (
                QCoreApplication.translate(
                    "NewPassword", "New password again: the two passwords differ."
                ),
                self.repeat,
            )
        return None
