"""GUI fixtures: the app shell on a temporary data dir, a vault of 2,000 FIRs copied per test."""

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault
from fieldclient.ui.app import build_shell
from fieldclient.ui.main_window import MainWindow
from fieldclient.ui.shell import AppShell
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import fir_payload

BIG_LIST_SIZE = 2_000
REGISTERED_EVERY = 4  # every 4th FIR of the big vault is registered, the rest are drafts


@pytest.fixture
def shell(qtbot, data_dir: Path) -> Iterator[AppShell]:
    app_shell = build_shell(data_dir)
    yield app_shell
    for window in (app_shell.main_window, app_shell.unlock_screen, app_shell.wizard):
        if window is not None:
            window.close()
    app_shell.shutdown()


@pytest.fixture
def existing_vault(data_dir: Path) -> Path:
    create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    ).close()
    return data_dir


@pytest.fixture(scope="session")
def big_vault_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("big") / "data"
    session = create_vault(
        folder, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    records = RecordService(session)
    for serial in range(BIG_LIST_SIZE):
        record = records.create("fir", fir_payload(name=f"Informant {serial:04d}"))
        if serial % REGISTERED_EVERY == 0:
            records.transition(record.id, "registered", "entered in the daily diary")
    session.close()
    return folder


@pytest.fixture
def big_vault(big_vault_template: Path, data_dir: Path) -> Path:
    shutil.copytree(big_vault_template, data_dir, dirs_exist_ok=True)
    return data_dir


def wait_for_tasks(qtbot, shell: AppShell) -> None:
    # Generous: a model check over a big list queues hundreds of reads, and the suite shares
    # its cores with other workers; this waits for the work, it does not time it.
    qtbot.waitUntil(lambda: shell.tasks.in_flight == 0, timeout=60_000)


def unlock(qtbot, shell: AppShell, password: str = OFFICER_PASSWORD) -> MainWindow:
    """Type the password on the unlock screen and wait for the main window."""
    screen = shell.unlock_screen
    assert screen is not None
    qtbot.addWidget(screen)
    qtbot.keyClicks(screen.password, password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=10_000)
    window = shell.main_window
    qtbot.addWidget(window)
    wait_for_tasks(qtbot, shell)
    return window


def keep_recovery_key(qtbot, shell: AppShell) -> str:
    """After the wizard: the recovery key dialog is up; tick "the SHO has it" and close it."""
    dialog = shell.recovery_key_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.close_button.isEnabled()  # not before the SHO has the key
    qtbot.mouseClick(dialog.kept, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    return dialog.key
