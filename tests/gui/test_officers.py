"""Officers managed from the app (File ▸ Officers) and a forgotten password recovered with the
station recovery key, driven as an officer would: menus, typing, clicking."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from fieldclient.services.session import create_vault
from fieldclient.ui.officers_dialog import OfficersDialog
from fieldclient.vault.errors import WrongPassword
from fieldclient.vault.vault import Vault, list_officers
from tests.gui.conftest import keep_recovery_key, unlock, wait_for_tasks
from tests.gui.test_forms import choose
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION

LEFT = Qt.MouseButton.LeftButton
CONSTABLE = "KP-3003"
CONSTABLE_PASSWORD = "constable password 1"
RESET_PASSWORD = "a fresh password 22"


@pytest.fixture
def vault_with_recovery_key(data_dir: Path) -> str:
    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    key = session.recovery_key
    session.close()
    assert key is not None
    return key


def _open_officers(qtbot, window) -> OfficersDialog:
    file_menu = window.menuBar().actions()[0].menu()
    action = next(a for a in file_menu.actions() if a.text() == "&Officers…")
    action.trigger()
    dialog = window.findChild(OfficersDialog)
    qtbot.waitUntil(lambda: dialog.officers.count() >= 1)
    return dialog


def _click_ok(qtbot, form) -> None:
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), LEFT)


def _answer_yes(qtbot) -> None:
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "confirmBox" and w.isVisible()
    )
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), LEFT)


def _select(dialog: OfficersDialog, badge: str) -> None:
    for row in range(dialog.officers.count()):
        if dialog.officers.item(row).data(Qt.ItemDataRole.UserRole) == badge:
            dialog.officers.setCurrentRow(row)
            return
    raise AssertionError(f"{badge} is not listed")


def test_an_officer_is_added_reset_and_removed_from_the_app(
    qtbot, shell, vault_with_recovery_key, data_dir
):
    shell.start()
    window = unlock(qtbot, shell)
    dialog = _open_officers(qtbot, window)
    assert not dialog.remove_button.isEnabled()  # nobody removes themselves

    form = dialog.add_officer()
    _click_ok(qtbot, form)
    assert form.problem.text().startswith("Badge number:")
    assert form.focusWidget() is form.badge or form.badge.hasFocus()
    qtbot.keyClicks(form.badge, CONSTABLE)
    qtbot.keyClicks(form.name, "Constable Rehman")
    qtbot.keyClicks(form.new_password.password, "short")
    _click_ok(qtbot, form)
    assert form.problem.text().startswith("New password:")
    form.new_password.password.clear()
    qtbot.keyClicks(form.new_password.password, CONSTABLE_PASSWORD)
    qtbot.keyClicks(form.new_password.repeat, CONSTABLE_PASSWORD)
    _click_ok(qtbot, form)
    qtbot.waitUntil(lambda: dialog.officers.count() == 2, timeout=10_000)
    assert CONSTABLE in {o.badge for o in list_officers(data_dir)}

    _select(dialog, CONSTABLE)
    form = dialog.reset_password()
    qtbot.keyClicks(form.new_password.password, RESET_PASSWORD)
    qtbot.keyClicks(form.new_password.repeat, RESET_PASSWORD)
    _click_ok(qtbot, form)
    qtbot.waitUntil(lambda: "reset" in dialog.message.text(), timeout=10_000)
    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, CONSTABLE, CONSTABLE_PASSWORD)
    Vault.unlock(data_dir, CONSTABLE, RESET_PASSWORD).close()

    _select(dialog, CONSTABLE)
    dialog.remove_officer()
    _answer_yes(qtbot)
    qtbot.waitUntil(lambda: dialog.officers.count() == 1, timeout=20_000)
    wait_for_tasks(qtbot, shell)
    assert [o.badge for o in list_officers(data_dir)] == [OFFICER_BADGE]


def test_changing_my_password_needs_the_current_one(
    qtbot, shell, vault_with_recovery_key, data_dir
):
    shell.start()
    window = unlock(qtbot, shell)
    dialog = _open_officers(qtbot, window)
    form = dialog.change_my_password()
    qtbot.keyClicks(form.current, "not my password")
    qtbot.keyClicks(form.new_password.password, RESET_PASSWORD)
    qtbot.keyClicks(form.new_password.repeat, RESET_PASSWORD)
    _click_ok(qtbot, form)
    qtbot.waitUntil(lambda: "wrong" in form.problem.text(), timeout=10_000)
    form.current.clear()
    qtbot.keyClicks(form.current, OFFICER_PASSWORD)
    _click_ok(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible(), timeout=10_000)
    assert dialog.message.text() == "Your password was changed."
    Vault.unlock(data_dir, OFFICER_BADGE, RESET_PASSWORD).close()


def test_a_new_recovery_key_is_shown_once_and_replaces_the_old(
    qtbot, shell, vault_with_recovery_key, data_dir
):
    shell.start()
    window = unlock(qtbot, shell)
    dialog = _open_officers(qtbot, window)
    dialog.new_recovery_key()
    _answer_yes(qtbot)
    qtbot.waitUntil(lambda: getattr(dialog, "key_dialog", None) is not None, timeout=10_000)
    shown = dialog.key_dialog.key_label.text()
    assert shown != vault_with_recovery_key and len(shown.split("-")) == 13
    assert not dialog.key_dialog.close_button.isEnabled()
    wait_for_tasks(qtbot, shell)
    Vault.recover(data_dir, OFFICER_BADGE, shown, RESET_PASSWORD).close()


def test_a_forgotten_password_is_recovered_on_the_unlock_screen(
    qtbot, shell, vault_with_recovery_key, data_dir
):
    shell.start()
    screen = shell.unlock_screen
    qtbot.addWidget(screen)
    qtbot.mouseClick(screen.forgot_button, LEFT)
    dialog = screen.recover_dialog
    assert dialog is not None and dialog.isVisible()
    _click_ok(qtbot, dialog)
    assert dialog.problem.text().startswith("Recovery key:")
    assert dialog.key.hasFocus() or dialog.focusWidget() is dialog.key
    qtbot.keyClicks(dialog.key, "ABCD-EFGH-IJKL")
    qtbot.keyClicks(dialog.new_password.password, RESET_PASSWORD)
    qtbot.keyClicks(dialog.new_password.repeat, RESET_PASSWORD)
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "52" in dialog.problem.text(), timeout=10_000)
    assert shell.main_window is None

    dialog.key.clear()
    qtbot.keyClicks(dialog.key, vault_with_recovery_key.lower())
    _click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10_000)
    qtbot.addWidget(shell.main_window)
    wait_for_tasks(qtbot, shell)
    assert OFFICER_BADGE in shell.main_window.windowTitle()
    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)


def test_roles_are_shown_chosen_when_adding_and_changed_by_the_sho(
    qtbot, shell, vault_with_recovery_key, data_dir
):
    shell.start()
    window = unlock(qtbot, shell)
    dialog = _open_officers(qtbot, window)
    assert "— SHO" in dialog.officers.item(0).text()

    form = dialog.add_officer()
    qtbot.keyClicks(form.badge, CONSTABLE)
    qtbot.keyClicks(form.name, "Warden Rehman")
    form.role.setFocus()
    for _ in range(2):  # Moharrir (the default) → investigating officer → traffic warden
        qtbot.keyClick(form.role, Qt.Key.Key_Down)
    qtbot.keyClicks(form.new_password.password, CONSTABLE_PASSWORD)
    qtbot.keyClicks(form.new_password.repeat, CONSTABLE_PASSWORD)
    _click_ok(qtbot, form)
    qtbot.waitUntil(lambda: dialog.officers.count() == 2)
    _select(dialog, CONSTABLE)
    assert "traffic warden" in dialog.officers.currentItem().text()

    role_form = dialog.set_role()
    assert role_form.chosen() == "traffic_warden"
    role_form.role.setCurrentIndex(role_form.role.findData("clerk"))
    _click_ok(qtbot, role_form)
    qtbot.waitUntil(lambda: "was changed" in dialog.message.text())
    wait_for_tasks(qtbot, shell)
    qtbot.waitUntil(lambda: "clerk" in dialog.officers.currentItem().text())

    _select(dialog, OFFICER_BADGE)  # the only SHO cannot be made something else
    role_form = dialog.set_role()
    role_form.role.setCurrentIndex(role_form.role.findData("trainee"))
    _click_ok(qtbot, role_form)
    qtbot.waitUntil(lambda: "only SHO" in role_form.problem.text())
    assert role_form.isVisible()
    dialog.close()
    window.close()
    assert {o.badge: o.role for o in list_officers(data_dir)} == {
        OFFICER_BADGE: "sho",
        CONSTABLE: "clerk",
    }


def test_a_role_the_server_holds_otherwise_is_shown_beside_the_keyrings(
    qtbot, shell, vault_with_recovery_key, data_dir
):
    from fieldclient.services.session import open_session
    from fieldclient.vault.writer import SERVER_ROLES

    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    with session.writer.transaction():  # as the last declaration's answer left it
        session.writer.save_sync_state({SERVER_ROLES: '{"KP-1001": "traffic_warden"}'})
    session.close()
    shell.start()
    window = unlock(qtbot, shell)
    dialog = _open_officers(qtbot, window)
    qtbot.waitUntil(lambda: "on the server" in dialog.officers.item(0).text())
    assert "— SHO; on the server: traffic warden" in dialog.officers.item(0).text()


def test_a_role_the_server_holds_for_its_administrator_is_said_to_wait(
    qtbot, shell, vault_with_recovery_key, data_dir
):
    from fieldclient.services.session import open_session
    from fieldclient.vault.writer import ROLE_REQUESTS, SERVER_ROLES

    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    with session.writer.transaction():  # a declared SHO the server did not take
        session.writer.save_sync_state(
            {SERVER_ROLES: '{"KP-1001": "moharrir"}', ROLE_REQUESTS: '{"KP-1001": "sho"}'}
        )
    session.close()
    shell.start()
    window = unlock(qtbot, shell)
    dialog = _open_officers(qtbot, window)
    qtbot.waitUntil(lambda: "waits for" in dialog.officers.item(0).text())
    assert (
        "(SHO waits for the server administrator to confirm it)" in dialog.officers.item(0).text()
    )


def test_the_first_officer_chooses_a_role_and_the_list_shows_roles(qtbot, shell, data_dir):
    """A facilitation-centre PC set up by its clerk: no SHO yet, so the clerk may still add the
    station's officers (and name its SHO), as the wizard says."""
    shell.start()
    wizard = shell.wizard
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.station_page.code, STATION)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    page = wizard.officer_page
    assert page.chosen_role() == "sho"
    assert "The SHO adds the other officers" in page.role_note.text()
    choose(qtbot, page.role, "clerk")
    assert page.role.currentText() == "clerk"
    assert page.role_note.text().startswith("No officer here is the SHO yet")
    for box, typed in (
        (page.badge, CONSTABLE),
        (page.name, "Clerk Bano"),
        (page.password, CONSTABLE_PASSWORD),
        (page.repeat, CONSTABLE_PASSWORD),
    ):
        qtbot.keyClicks(box, typed)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10_000)
    window = shell.main_window
    qtbot.addWidget(window)
    keep_recovery_key(qtbot, shell)
    wait_for_tasks(qtbot, shell)
    dialog = _open_officers(qtbot, window)
    assert dialog.officers.item(0).text() == f"Clerk Bano ({CONSTABLE}) — clerk — you"

    form = dialog.add_officer()
    qtbot.keyClicks(form.badge, OFFICER_BADGE)
    qtbot.keyClicks(form.name, OFFICER_NAME)
    choose(qtbot, form.role, "sho")
    qtbot.keyClicks(form.new_password.password, OFFICER_PASSWORD)
    qtbot.keyClicks(form.new_password.repeat, OFFICER_PASSWORD)
    _click_ok(qtbot, form)
    qtbot.waitUntil(lambda: dialog.officers.count() == 2, timeout=10_000)
    shown = {dialog.officers.item(row).text() for row in range(2)}
    assert f"{OFFICER_NAME} ({OFFICER_BADGE}) — SHO" in shown
    wait_for_tasks(qtbot, shell)
    assert {(o.badge, o.role) for o in list_officers(data_dir)} == {
        (CONSTABLE, "clerk"),
        (OFFICER_BADGE, "sho"),
    }
