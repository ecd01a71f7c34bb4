"""The app from first run to lock: wizard, unlock, idle lock, errors in slots."""

import logging
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard

from fieldclient.services.session import HLC_META_KEY
from fieldclient.ui import errors
from fieldclient.ui.enrollment import pending_enrollment
from fieldclient.ui.errors import ERROR_BOX_NAME
from fieldclient.ui.settings_model import IDLE_LOCK_MINUTES, SERVER_URL
from fieldclient.vault.keyring import Keyring
from fieldclient.vault.vault import KEYRING_NAME, Vault
from fieldclient.version import app_version
from sync.client.backoff import RetryPolicy
from tests.gui.conftest import keep_recovery_key, unlock, wait_for_tasks
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD
from tests.helpers.payloads import fir_payload
from tests.helpers.server import free_port

LEFT = Qt.MouseButton.LeftButton


def _error_boxes() -> list[QMessageBox]:
    return [
        widget
        for widget in QApplication.topLevelWidgets()
        if isinstance(widget, QMessageBox) and widget.objectName() == ERROR_BOX_NAME
    ]


def _click_next(qtbot, wizard: QWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)


def test_first_run_creates_the_vault_and_a_record_is_found_by_search(qtbot, shell, data_dir):
    shell.start()
    wizard = shell.wizard
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.station_page.code, "PSH-GULBAHAR")
    _click_next(qtbot, wizard)
    page = wizard.officer_page
    qtbot.keyClicks(page.badge, "KP-2001")
    qtbot.keyClicks(page.name, "Moharrir Khan")
    qtbot.keyClicks(page.password, "Peshawar-2024!")
    qtbot.keyClicks(page.repeat, "Peshawar-2024?")
    _click_next(qtbot, wizard)
    assert wizard.currentPage() is page
    assert "differ" in page.problem.text()
    page.repeat.clear()
    qtbot.keyClicks(page.repeat, "Peshawar-2024!")
    _click_next(qtbot, wizard)
    assert wizard.currentPage() is wizard.enroll_page
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)

    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10_000)
    window = shell.main_window
    qtbot.addWidget(window)
    keep_recovery_key(qtbot, shell)
    assert window.isVisible()
    assert "PSH-GULBAHAR" in window.windowTitle()
    assert (data_dir / "vault.db").exists()

    shell.tasks.run_db(lambda services: services.records.create("fir", fir_payload("Gul Zaman")))
    shell.tasks.run_db(lambda services: services.records.create("fir", fir_payload("Akbar Ali")))
    window.refresh_all()
    wait_for_tasks(qtbot, shell)
    fir_list = window.lists["fir"]
    assert fir_list.model.rowCount() == 2
    assert window.status_bar.pending_label.text().startswith("2 ")

    qtbot.keyClicks(fir_list.search_box, "Zaman")
    qtbot.waitUntil(lambda: fir_list.model.rowCount() == 1)
    title = fir_list.model.index(0, 2).data()
    assert title == "Gul Zaman"
    assert fir_list.count_label.text() == "Matches: 1"


def test_an_enrollment_that_cannot_reach_the_server_is_kept_and_said_in_words(
    qtbot, shell, data_dir
):
    shell.sync_retry = RetryPolicy(attempts=1)
    unreachable = f"http://127.0.0.1:{free_port()}"  # nothing listens there
    shell.start()
    wizard = shell.wizard
    qtbot.addWidget(wizard)
    wizard.station_page.station.setCurrentIndex(1)
    assert wizard.station_page.code.text()  # the station list fills in the code
    _click_next(qtbot, wizard)
    for box, text in (
        (wizard.officer_page.badge, "KP-2002"),
        (wizard.officer_page.name, "Clerk"),
        (wizard.officer_page.password, OFFICER_PASSWORD),
        (wizard.officer_page.repeat, OFFICER_PASSWORD),
    ):
        qtbot.keyClicks(box, text)
    _click_next(qtbot, wizard)
    enroll = wizard.enroll_page
    qtbot.mouseClick(enroll.enroll, LEFT, pos=QPoint(8, enroll.enroll.height() // 2))
    assert enroll.enroll.isChecked()
    qtbot.keyClicks(enroll.server_url, "sync.example")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    assert "https://" in enroll.problem.text()
    assert shell.main_window is None
    enroll.server_url.clear()
    qtbot.keyClicks(enroll.server_url, unreachable)
    qtbot.keyClicks(enroll.code, "ABCD-1234")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10_000)
    window = shell.main_window
    qtbot.addWidget(window)
    keep_recovery_key(qtbot, shell)
    outcomes: list[tuple[bool, str]] = []
    shell.sync.enrollment_finished.connect(lambda ok, text: outcomes.append((ok, text)))
    qtbot.waitUntil(lambda: bool(outcomes), timeout=10_000)
    wait_for_tasks(qtbot, shell)
    succeeded, text = outcomes[0]
    assert not succeeded
    assert text.startswith("Enrollment failed: Cannot reach the sync server")
    assert "next unlock tries again" in text
    assert window.status_bar.message_label.text() == text
    assert window.status_bar.online_label.text() == "Not enrolled"
    assert shell.settings.get(SERVER_URL) == unreachable
    kept: list = []
    shell.tasks.run_db(pending_enrollment, kept.append)
    qtbot.waitUntil(lambda: bool(kept))
    assert kept[0]["server_url"] == unreachable and kept[0]["code"] == "ABCD-1234"
    assert window.enroll_action.isEnabled()


def test_lock_and_unlock_with_wrong_then_right_password(qtbot, shell, existing_vault):
    shell.start()
    window = unlock(qtbot, shell)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.unlock_screen is not None and shell.main_window is None)
    screen = shell.unlock_screen
    qtbot.addWidget(screen)
    assert screen.officer.currentData() == OFFICER_BADGE
    qtbot.keyClicks(screen.password, "not the password")
    qtbot.mouseClick(screen.unlock_button, LEFT)
    qtbot.waitUntil(lambda: "Wrong password" in screen.message.text())
    assert shell.main_window is None
    assert screen.password.text() == ""
    back = unlock(qtbot, shell)
    assert back.isVisible()
    assert back.lists["fir"].model.rowCount() == 0


def test_an_unlock_that_repaired_the_stored_clock_says_so(qtbot, shell, existing_vault):
    vault = Vault.unlock(existing_vault, OFFICER_BADGE, OFFICER_PASSWORD)
    with vault.transaction():
        vault.set_meta(HLC_META_KEY, f"1000000000000000:00000:{vault.device_id}")  # overflowed
    vault.close()
    shell.start()

    window = unlock(qtbot, shell)

    assert window.isVisible() and _error_boxes() == []
    box = shell.notice_box
    assert box is not None and box.isVisible()
    assert "clock was unusable" in box.text() and "audit log" in box.text()
    assert "clock was unusable" in window.status_bar.message_label.text()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), LEFT)


def test_idle_time_locks_the_app(qtbot, shell, existing_vault):
    shell.start()
    unlock(qtbot, shell)
    shell.settings.set(IDLE_LOCK_MINUTES, 1 / 60)  # one second, applied at once
    qtbot.waitUntil(lambda: shell.main_window is None, timeout=5_000)
    assert shell.unlock_screen is not None
    qtbot.addWidget(shell.unlock_screen)
    assert shell.unlock_screen.isVisible()


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_a_plain_message_and_the_app_goes_on(
    qtbot, shell, existing_vault, monkeypatch, caplog
):
    monkeypatch.setattr("sys.excepthook", errors.sys.excepthook)
    errors.install_excepthook()
    shell.start()
    window = unlock(qtbot, shell)
    secret = "CNIC 17101-1234567-1 of the informant"

    def broken_slot() -> None:
        raise RuntimeError(secret)

    window.lists["fir"].new_button.clicked.disconnect()
    window.lists["fir"].new_button.clicked.connect(broken_slot)
    with caplog.at_level(logging.ERROR, logger="fieldclient.ui"):
        qtbot.mouseClick(window.lists["fir"].new_button, LEFT)
    qtbot.waitUntil(lambda: len(_error_boxes()) == 1)
    (box,) = _error_boxes()
    assert "app keeps running" in box.text()
    assert secret not in box.text()
    assert "RuntimeError" in caplog.text
    assert secret not in caplog.text
    box.close()
    qtbot.keyClicks(window.lists["fir"].search_box, "still works")
    qtbot.waitUntil(lambda: window.lists["fir"].count_label.text() == "Matches: 0")
    assert window.isVisible()


def test_wrong_passwords_then_a_throttled_try_counts_down(qtbot, shell, existing_vault):
    shell.start()
    screen = shell.unlock_screen
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.password, "wrong guess")
    qtbot.mouseClick(screen.unlock_button, LEFT)
    qtbot.waitUntil(lambda: "Wrong password" in screen.message.text())
    # Three more wrong tries, recorded just now, so the next try must wait about two seconds
    # however slowly this machine runs the test.
    ring = Keyring.load(existing_vault / KEYRING_NAME)
    for _attempt in range(3):
        ring.record_failure(OFFICER_BADGE, time.time())
    ring.save()
    qtbot.keyClicks(screen.password, OFFICER_PASSWORD)
    qtbot.mouseClick(screen.unlock_button, LEFT)
    qtbot.waitUntil(lambda: screen.unlock_button.text().startswith("Wait"))
    assert not screen.unlock_button.isEnabled()
    assert "Too many wrong passwords" in screen.message.text()
    assert shell.main_window is None
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=10_000)
    window = unlock(qtbot, shell)
    assert window.isVisible()


def test_shortcuts_menus_and_switch_officer(qtbot, shell, existing_vault):
    shell.start()
    window = unlock(qtbot, shell)
    window.show_page("challan")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.lists["challan"].search_box.hasFocus()
    about = window.show_about()
    qtbot.addWidget(about)
    assert app_version() in about.text()
    about.close()
    window.switch_officer_requested.emit()
    qtbot.waitUntil(lambda: shell.unlock_screen is not None)
    qtbot.addWidget(shell.unlock_screen)
    assert shell.main_window is None
    assert shell.unlock_screen.isVisible()


def test_ctrl_n_opens_the_form_and_a_save_refreshes_the_list(qtbot, shell, existing_vault):
    shell.start()
    window = unlock(qtbot, shell)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    forms = [
        widget
        for widget in QApplication.topLevelWidgets()
        if widget.isVisible() and hasattr(widget, "saved")
    ]
    assert len(forms) == 1
    form = forms[0]
    qtbot.addWidget(form)
    wait_for_tasks(qtbot, shell)
    created: list = []
    shell.tasks.run_db(
        lambda services: services.records.create("fir", fir_payload("Saved Person")), created.append
    )
    qtbot.waitUntil(lambda: bool(created))
    form.saved.emit(created[0].id)
    qtbot.waitUntil(lambda: window.lists["fir"].model.rowCount() == 1)
    assert window.lists["fir"].model.index(0, 2).data() == "Saved Person"


def test_after_quit_a_late_timer_starts_no_work(qtbot, shell, existing_vault):
    """A sync or idle-lock timer firing after quit (or in a later test) must not reach the
    stopped threads: the shell stops its timers and the task runner drops late requests."""
    shell.start()
    window = unlock(qtbot, shell)
    controller = shell.sync
    assert controller is not None
    ran: list[str] = []
    shell.shutdown()
    assert shell.sync is None and not controller.interval_timer.isActive()
    shell.tasks.run_network(lambda: ran.append("network"))
    shell.tasks.run_db(lambda services: ran.append("vault"))
    qtbot.wait(50)
    assert ran == []
    window.close()


def test_the_wait_after_wrong_passwords_counts_down_second_by_second(qtbot, shell, existing_vault):
    ring = Keyring.load(existing_vault / KEYRING_NAME)
    for _attempt in range(5):  # five wrong tries just now: the next must wait about 4 s
        ring.record_failure(OFFICER_BADGE, time.time())
    ring.save()
    shell.start()
    screen = shell.unlock_screen
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.password, OFFICER_PASSWORD)
    qtbot.mouseClick(screen.unlock_button, LEFT)
    qtbot.waitUntil(lambda: screen.unlock_button.text().startswith("Wait "))
    first = int(screen.unlock_button.text().removeprefix("Wait ").removesuffix(" s"))
    assert first >= 2
    assert f"Try again in {first} seconds" in screen.message.text()
    qtbot.waitUntil(lambda: screen.unlock_button.text() == f"Wait {first - 1} s", timeout=3_000)
    assert f"Try again in {first - 1} seconds" in screen.message.text()
    assert not screen.unlock_button.isEnabled()
    qtbot.waitUntil(screen.unlock_button.isEnabled, timeout=(first + 2) * 1000)
    assert screen.unlock_button.text() == "Unlock"
    assert screen.message.text() == "You can try again now."
