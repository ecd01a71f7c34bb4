"""File ▸ Officers: who may unlock this vault and each one's role; add, set a role, reset a
password, remove, and the station recovery key. The vault does the work (`Vault.add_officer`
…) on the DB thread."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain import roles
from fieldclient.services.station import StationServices
from fieldclient.ui.error_words import officer_message
from fieldclient.ui.errors import is_officers_problem, report_error
from fieldclient.ui.password_fields import NewPassword
from fieldclient.ui.recovery_key_dialog import RecoveryKeyDialog
from fieldclient.ui.role_words import role_label
from fieldclient.ui.tasks import SessionInfo, Tasks
from fieldclient.vault.vault import OfficerInfo
from sync.client.officers import role_requests, server_roles

VaultJob = Callable[[StationServices], object]


class PasswordForm(QDialog):
    """Badge and name (adding), the current password (changing one's own), a new one twice."""

    def __init__(
        self,
        title: str,
        run: Callable[[PasswordForm], VaultJob],
        tasks: Tasks,
        *,
        new_officer: bool = False,
        current_password: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordForm")
        self.setWindowTitle(title)
        self.tasks = tasks
        self._run = run
        form = QFormLayout()
        self.badge = self.name = self.current = None
        self.role: QComboBox | None = None
        if new_officer:
            self.badge, self.name = QLineEdit(self), QLineEdit(self)
            self.badge.setObjectName("badgeBox")
            self.name.setObjectName("nameBox")
            self.role = role_box(self, roles.DEFAULT_ROLE)
            form.addRow(self.tr("Badge number"), self.badge)
            form.addRow(self.tr("Name"), self.name)
            form.addRow(self.tr("Role"), self.role)
        if current_password:
            self.current = QLineEdit(self)
            self.current.setObjectName("currentPasswordBox")
            self.current.setEchoMode(QLineEdit.EchoMode.Password)
            form.addRow(self.tr("Current password"), self.current)
        self.new_password = NewPassword(form, self)
        self.problem = QLabel(self)
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def submit(self) -> None:
        problem = self._problem()
        if problem is not None:
            self._show_problem(*problem)
            return
        self.buttons.setEnabled(False)
        self.problem.setText(self.tr("Working…"))
        self.tasks.run_db(self._run(self), self._done, self._refused)

    def _problem(self) -> tuple[str, QLineEdit] | None:
        if self.badge is not None and not self.badge.text().strip():
            return self.tr("Badge number: type the officer's badge number."), self.badge
        if self.name is not None and not self.name.text().strip():
            return self.tr("Name: type the officer's name."), self.name
        if self.current is not None and not self.current.text():
            return self.tr("Current password: type your password."), self.current
        return self.new_password.problem()

    def _show_problem(self, text: str, box: QLineEdit) -> None:
        self.problem.setText(text)
        box.setStyleSheet("border: 2px solid #b00020")
        box.setFocus()

    def _done(self, _result: object) -> None:
        self.accept()

    def _refused(self, problem: Exception) -> None:
        self.buttons.setEnabled(True)
        if is_officers_problem(problem):
            self.problem.setText(officer_message(problem))
        else:
            self.problem.clear()
            report_error(self, problem)


def _officers_and_server_roles(
    services: StationServices,
) -> tuple[list[OfficerInfo], dict[str, str], dict[str, str]]:
    vault = services.session.vault
    return vault.officers(), server_roles(vault), role_requests(vault)


def role_box(parent: QWidget, role: str) -> QComboBox:
    """The roles in words, ``role`` chosen; each item's data is the role's name."""
    box = QComboBox(parent)
    box.setObjectName("roleBox")
    for name in roles.ROLES:
        box.addItem(role_label(name), name)
    box.setCurrentIndex(roles.ROLES.index(role))
    return box


class RoleForm(QDialog):
    """Another role for one officer: the SHO sets it on the DB thread (``Vault.set_role``)."""

    def __init__(self, tasks: Tasks, officer: OfficerInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roleForm")
        self.setWindowTitle(self.tr("Role of {badge}").format(badge=officer.badge))
        self.tasks = tasks
        self.badge = officer.badge
        self.role = role_box(self, officer.role)
        self.problem = QLabel(self)
        self.problem.setObjectName("formProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Officer"), QLabel(f"{officer.name} ({officer.badge})", self))
        form.addRow(self.tr("Role"), self.role)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def chosen(self) -> str:
        return str(self.role.currentData())

    def submit(self) -> None:
        badge, role = self.badge, self.chosen()
        self.buttons.setEnabled(False)
        self.tasks.run_db(
            lambda services: services.session.vault.set_role(badge, role),
            lambda _none: self.accept(),
            self._refused,
        )

    def _refused(self, problem: Exception) -> None:
        self.buttons.setEnabled(True)
        if is_officers_problem(problem):
            self.problem.setText(officer_message(problem))
        else:
            report_error(self, problem)


class OfficersDialog(QDialog):
    def __init__(self, tasks: Tasks, me: SessionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.me = me
        self.setObjectName("officersDialog")
        self.setWindowTitle(self.tr("Officers of this station"))
        self.officers = QListWidget(self)
        self.officers.setObjectName("officersList")
        self.message = QLabel(self)
        self.message.setObjectName("officersMessage")
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("&Add officer…"), self)
        self.reset_button = QPushButton(self.tr("&Reset password…"), self)
        self.remove_button = QPushButton(self.tr("Re&move officer…"), self)
        self.role_button = QPushButton(self.tr("Set r&ole…"), self)
        self.change_button = QPushButton(self.tr("&Change my password…"), self)
        self.recovery_button = QPushButton(self.tr("New recovery &key…"), self)
        self.add_button.clicked.connect(self.add_officer)
        self.reset_button.clicked.connect(self.reset_password)
        self.remove_button.clicked.connect(self.remove_officer)
        self.role_button.clicked.connect(self.set_role)
        self.change_button.clicked.connect(self.change_my_password)
        self.recovery_button.clicked.connect(self.new_recovery_key)
        self.officers.currentItemChanged.connect(self._enable_buttons)
        buttons = QVBoxLayout()
        for button in (
            self.add_button,
            self.reset_button,
            self.remove_button,
            self.role_button,
            self.change_button,
            self.recovery_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.officers, stretch=1)
        row.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        self.form: PasswordForm | None = None
        self.role_form: RoleForm | None = None
        self.shown: dict[str, OfficerInfo] = {}
        self.server_roles: dict[str, str] = {}  # as the server held them at the last sync
        self.role_requests: dict[str, str] = {}  # declared roles the server holds for its admin
        self.resize(620, 380)
        self.refresh()

    # ---- the list ------------------------------------------------------------------------

    def refresh(self) -> None:
        self.tasks.run_db(_officers_and_server_roles, self._show_both)

    def _show_both(self, both: tuple[list[OfficerInfo], dict[str, str], dict[str, str]]) -> None:
        self.server_roles, self.role_requests = both[1], both[2]
        self._show(both[0])

    def _show(self, officers: list[OfficerInfo]) -> None:
        current = self.selected_badge()
        self.officers.clear()
        self.shown = {officer.badge: officer for officer in officers}
        for officer in sorted(officers, key=lambda o: o.badge):
            text = f"{officer.name} ({officer.badge}) — {role_label(officer.role)}"
            held = self.server_roles.get(officer.badge)
            if held is not None and held != officer.role:
                text = self.tr("{officer}; on the server: {role}").format(
                    officer=text, role=role_label(held)
                )
            if officer.badge in self.role_requests:
                text = self.tr(
                    "{officer} ({role} waits for the server administrator to confirm it)"
                ).format(officer=text, role=role_label(self.role_requests[officer.badge]))
            if officer.badge == self.me.badge:
                text = self.tr("{officer} — you").format(officer=text)
            item = QListWidgetItem(text, self.officers)
            item.setData(Qt.ItemDataRole.UserRole, officer.badge)
            if officer.badge == current:
                self.officers.setCurrentItem(item)
        self._enable_buttons()

    def selected_badge(self) -> str | None:
        item = self.officers.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _enable_buttons(self) -> None:
        badge = self.selected_badge()
        for button in (self.reset_button, self.remove_button):
            button.setEnabled(badge is not None and badge != self.me.badge)
        self.role_button.setEnabled(badge is not None)

    # ---- actions -------------------------------------------------------------------------

    def add_officer(self) -> PasswordForm:
        def job(form: PasswordForm) -> VaultJob:
            assert form.badge is not None and form.name is not None  # built for adding
            assert form.role is not None
            badge, name = form.badge.text().strip(), form.name.text().strip()
            password, role = form.new_password.text(), str(form.role.currentData())
            return lambda services: services.session.vault.add_officer(badge, name, password, role)

        return self._open_form(
            self.tr("Add an officer"),
            job,
            self.tr("The officer can now unlock this vault with the password you set."),
            new_officer=True,
        )

    def reset_password(self) -> PasswordForm | None:
        badge = self.selected_badge()
        if badge is None:
            return None

        def job(form: PasswordForm) -> VaultJob:
            password = form.new_password.text()
            return lambda services: services.session.vault.reset_password(badge, password)

        return self._open_form(
            self.tr("New password for {badge}").format(badge=badge),
            job,
            self.tr("Password of {badge} reset; tell the officer the new one in person.").format(
                badge=badge
            ),
        )

    def set_role(self) -> RoleForm | None:
        badge = self.selected_badge()
        if badge is None or badge not in self.shown:
            return None
        self.role_form = RoleForm(self.tasks, self.shown[badge], self)
        self.role_form.accepted.connect(
            lambda: self._changed(self.tr("The role of {badge} was changed.").format(badge=badge))
        )
        self.role_form.open()
        return self.role_form

    def change_my_password(self) -> PasswordForm:
        def job(form: PasswordForm) -> VaultJob:
            assert form.current is not None  # built for changing one's own
            old, new = form.current.text(), form.new_password.text()
            return lambda services: services.session.vault.change_password(old, new)

        return self._open_form(
            self.tr("Change my password"),
            job,
            self.tr("Your password was changed."),
            current_password=True,
        )

    def _open_form(
        self, title: str, job: Callable[[PasswordForm], VaultJob], done: str, **kinds: bool
    ) -> PasswordForm:
        self.form = PasswordForm(title, job, self.tasks, parent=self, **kinds)
        self.form.accepted.connect(lambda: self._changed(done))
        self.form.open()
        return self.form

    def _changed(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()

    def remove_officer(self) -> QMessageBox | None:
        badge = self.selected_badge()
        if badge is None or badge == self.me.badge:
            return None
        return self._confirm(
            self.tr("Remove officer"),
            self.tr(
                "Remove officer {badge}? They can no longer unlock this vault, and the vault is "
                "re-encrypted with a new key (this may take a minute)."
            ).format(badge=badge),
            lambda: self._remove(badge),
        )

    def _remove(self, badge: str) -> None:
        self.message.setText(self.tr("Removing {badge}…").format(badge=badge))
        self.tasks.run_db(
            lambda services: services.session.vault.remove_officer(badge),
            lambda _none: self._changed(self.tr("Officer {badge} removed.").format(badge=badge)),
            self._refused,
        )

    def new_recovery_key(self) -> QMessageBox:
        return self._confirm(
            self.tr("New recovery key"),
            self.tr(
                "Make a new station recovery key? The old one stops working; the SHO must keep "
                "the new one."
            ),
            self._make_recovery_key,
        )

    def _confirm(self, title: str, text: str, then: Callable[[], None]) -> QMessageBox:
        """Ask first (Cancel is the default); ``then`` runs only on Yes."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirmBox")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda clicked: then() if clicked is yes else None)
        box.open()
        return box

    def _make_recovery_key(self) -> None:
        self.tasks.run_db(
            lambda services: services.session.vault.make_recovery_key(),
            self.show_recovery_key,
            self._refused,
        )

    def show_recovery_key(self, key: str) -> RecoveryKeyDialog:
        self.key_dialog = RecoveryKeyDialog(key, self.me.station, self)
        self.key_dialog.open()
        return self.key_dialog

    def _refused(self, problem: Exception) -> None:
        if is_officers_problem(problem):
            self.message.setText(officer_message(problem))
        else:
            report_error(self, problem)
