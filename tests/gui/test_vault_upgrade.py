"""Unlocking a vault of the previous storage format upgrades it, with a progress dialog."""

import shutil
from pathlib import Path

import pytest

from fieldclient.vault.errors import VaultError
from tests.gui.conftest import unlock
from tests.unit.vault.v7_vault import FIXTURE, RECORDS


@pytest.fixture
def v7_vault(data_dir: Path) -> Path:
    shutil.copytree(FIXTURE, data_dir)
    return data_dir


def test_unlocking_a_v7_vault_reports_the_upgrade_and_opens_it(qtbot, v7_vault, shell):
    screen = shell.show_unlock()
    heard: list[tuple[int, int]] = []
    screen.upgrade_progress.connect(lambda done, total: heard.append((done, total)))
    unlock(qtbot, shell)
    assert heard == [(0, RECORDS), (RECORDS, RECORDS)]
    assert screen.upgrade_dialog is None  # closed once unlocked
    assert shell.main_window is not None


def test_the_upgrade_dialog_counts_the_records_and_cannot_be_cancelled(qtbot, v7_vault, shell):
    screen = shell.show_unlock()
    qtbot.addWidget(screen)
    screen.upgrade_progress.emit(0, 0)
    qtbot.wait(10)
    assert screen.upgrade_dialog is None  # nothing to upgrade, no dialog
    screen.upgrade_progress.emit(0, 5000)
    qtbot.waitUntil(lambda: screen.upgrade_dialog is not None)
    dialog = screen.upgrade_dialog
    assert dialog.maximum() == 5000 and "5000" in dialog.labelText()
    screen.upgrade_progress.emit(2000, 5000)
    qtbot.waitUntil(lambda: dialog.value() == 2000)
    screen._refused(VaultError("The disk is full."))  # a failed unlock closes it
    assert screen.upgrade_dialog is None
