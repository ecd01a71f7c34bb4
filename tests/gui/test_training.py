"""Training mode in the GUI: the first-run choice, the practice vault, the banner."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QLabel, QLineEdit, QWizard

from fieldclient.domain.training.exercises import EXERCISES
from fieldclient.services.training import PRACTICE_PIN, create_practice_vault, training_dir
from fieldclient.ui.app import build_shell
from fieldclient.ui.training.exercises_dialog import ExercisesDialog
from fieldclient.ui.training.results_dialog import ResultsDialog
from fieldclient.vault.repository import RecordQuery
from fieldclient.vault.vault import vault_exists
from tests.gui.conftest import unlock, wait_for_tasks
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD

LEFT = Qt.MouseButton.LeftButton


def _make_practice_vault_through_the_wizard(qtbot, shell) -> None:
    shell.start()
    first = shell.wizard
    qtbot.addWidget(first)
    qtbot.mouseClick(first.station_page.practise, LEFT)
    wizard = shell.wizard
    assert wizard is not first and wizard.training
    qtbot.addWidget(wizard)
    assert not wizard.station_page.practise.isVisible()
    qtbot.keyClicks(wizard.station_page.code, "PSH-GULBAHAR")
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    page = wizard.officer_page
    qtbot.keyClicks(page.badge, "TR-01")
    qtbot.keyClicks(page.name, "Trainee Afridi")
    qtbot.keyClicks(page.password, "Practice-2026!")
    qtbot.keyClicks(page.repeat, "Practice-2026!")
    # No enrollment page: the officer page is the last one.
    assert wizard.button(QWizard.WizardButton.FinishButton).isVisible()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=20_000)
    qtbot.addWidget(shell.main_window)


def test_first_run_choice_opens_a_separate_practice_vault_with_a_banner(qtbot, shell, data_dir):
    _make_practice_vault_through_the_wizard(qtbot, shell)
    window = shell.main_window
    banner = window.findChild(QLabel, "trainingBanner")
    assert banner is not None and banner.isVisible() and "TRAINING" in banner.text()
    assert window.windowTitle().startswith("TRAINING")
    assert vault_exists(training_dir(data_dir)) and not vault_exists(data_dir)
    window.refresh_all()
    wait_for_tasks(qtbot, shell)
    assert window.lists["fir"].model.rowCount() > 0  # the made-up records are there
    marks: list[bool] = []
    shell.tasks.run_db(
        lambda services: [r.training for r in services.records.find(RecordQuery())],
        marks.extend,
    )
    wait_for_tasks(qtbot, shell)
    assert marks and all(marks)


@pytest.fixture
def practice_shell(qtbot, data_dir):  # type: ignore[no-untyped-def]
    folder = training_dir(data_dir)
    create_practice_vault(
        folder,
        badge=OFFICER_BADGE,
        name="Trainee Afridi",
        password=OFFICER_PASSWORD,
        station="PSH-GULBAHAR",
        seed=4,
    ).close()
    app_shell = build_shell(folder, training=True)
    yield app_shell
    for window in (app_shell.main_window, app_shell.unlock_screen, app_shell.wizard):
        if window is not None:
            window.close()
    app_shell.shutdown()


def _menu_action(window, text: str):  # type: ignore[no-untyped-def]
    """Trigger a menu entry as the officer would pick it from the menu bar."""
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text().replace("&", "") == text:
                action.trigger()
                return
    raise AssertionError(f"no menu entry {text!r}")


def test_a_trainee_checks_in_by_pin_and_the_exercise_says_what_is_missing(qtbot, practice_shell):
    practice_shell.start()
    window = unlock(qtbot, practice_shell)
    _menu_action(window, "Exercises…")
    dialog = window.findChild(ExercisesDialog, "exercisesDialog")
    assert dialog is not None and dialog.isVisible()
    pin_row = [exercise.id for exercise in EXERCISES].index("check_in_pin")
    item = dialog.choice.item(pin_row)
    qtbot.mouseClick(
        dialog.choice.viewport(), LEFT, pos=dialog.choice.visualItemRect(item).center()
    )
    assert "practice PIN" in dialog.steps.text()
    qtbot.mouseClick(dialog.start_button, LEFT)
    qtbot.waitUntil(dialog.check_button.isEnabled, timeout=10_000)

    # First the trainee checks out by mistake.
    window.show_page("attendance")
    screen = window.attendance.screen
    qtbot.mouseClick(screen.check_out, LEFT)
    qtbot.keyClicks(screen.pin_badge, OFFICER_BADGE)
    qtbot.keyClicks(screen.pin, PRACTICE_PIN)
    qtbot.mouseClick(screen.pin_button, LEFT)
    wait_for_tasks(qtbot, practice_shell)
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(lambda: "Still missing" in dialog.verdict.text(), timeout=10_000)
    assert "You checked out: check in instead." in dialog.verdict.text()

    qtbot.mouseClick(screen.check_in, LEFT)
    qtbot.keyClick(screen.pin_badge, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(screen.pin_badge, OFFICER_BADGE)  # typed over the badge left from before
    qtbot.keyClicks(screen.pin, PRACTICE_PIN)
    qtbot.mouseClick(screen.pin_button, LEFT)
    wait_for_tasks(qtbot, practice_shell)
    qtbot.mouseClick(dialog.check_button, LEFT)
    qtbot.waitUntil(lambda: dialog.verdict.text().startswith("Done"), timeout=10_000)

    # The instructor's view lists both checks of this trainee.
    _menu_action(window, "Trainees' results…")
    results = window.findChild(ResultsDialog, "trainingResults")
    qtbot.waitUntil(lambda: results.table.rowCount() == 2, timeout=10_000)
    column = [results.table.item(row, 4).text() for row in range(2)]
    assert column[0] == "Passed" and column[1].startswith("Missing: You checked out")
    assert {results.table.item(row, 0).text() for row in range(2)} == {OFFICER_BADGE}


def test_reset_training_data_starts_over(qtbot, practice_shell):
    practice_shell.start()
    window = unlock(qtbot, practice_shell)
    ids_before: list[str] = []
    practice_shell.tasks.run_db(
        lambda services: [r.id for r in services.records.find(RecordQuery())], ids_before.extend
    )
    wait_for_tasks(qtbot, practice_shell)
    _menu_action(window, "Reset training data…")
    confirm = window.findChild(QInputDialog, "resetTrainingDialog")
    qtbot.keyClicks(confirm.findChild(QLineEdit), OFFICER_PASSWORD)
    ok = confirm.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, LEFT)
    qtbot.waitUntil(lambda: practice_shell.main_window not in (None, window), timeout=20_000)
    qtbot.addWidget(practice_shell.main_window)
    ids_after: list[str] = []
    practice_shell.tasks.run_db(
        lambda services: [r.id for r in services.records.find(RecordQuery())], ids_after.extend
    )
    wait_for_tasks(qtbot, practice_shell)
    assert ids_before and ids_after and not set(ids_before) & set(ids_after)
