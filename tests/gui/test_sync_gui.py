"""Sync from the desktop app against the real server on loopback (SQLite backend): enrollment in
the first-run wizard, the official FIR number replacing the provisional one, a conflict resolved
in the inbox, and a stopped server shown as offline while the window keeps working."""

from __future__ import annotations

import itertools
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWizard

from fieldclient.domain.records import fir
from fieldclient.services.conflicts import ConflictService
from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault
from fieldclient.services.station import StationServices
from fieldclient.services.sync import SyncService
from fieldclient.ui.enroll_dialog import EnrollDialog
from fieldclient.ui.main_window import MainWindow
from fieldclient.ui.shell import AppShell
from fieldclient.ui.sync_controller import RETRY_FIRST_SECONDS
from sync.client import engine
from sync.client.backoff import RetryPolicy
from sync.server.core.clock import now_ms
from sync.server.services.admin import set_status_by_server
from tests.gui.conftest import keep_recovery_key, unlock, wait_for_tasks
from tests.helpers.certificates import self_signed
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.server import (
    Admin,
    RunningServer,
    database,
    run_cli,
    run_server,
)
from tests.helpers.urdu import as_read

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 30_000  # the machine is shared: generous, never a sleep
FAST_RETRY = RetryPolicy(attempts=2, base_seconds=0.05, cap_seconds=0.1)


@pytest.fixture
def sync_shell(shell: AppShell) -> AppShell:
    shell.sync_retry = FAST_RETRY
    return shell


def run_on_db(qtbot, shell: AppShell, work):  # type: ignore[no-untyped-def]
    """Run `work(services)` on the app's DB thread and return its result."""
    results: list = []
    shell.tasks.run_db(work, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    return results[0]


def click_sync_and_wait(qtbot, shell: AppShell) -> None:
    """Click Sync now and wait for that attempt (and any sync queued behind it) to end."""
    controller = shell.sync
    attempts = itertools.count()
    done: list[int] = []
    controller.attempt_finished.connect(lambda _outcome: done.append(next(attempts)))
    qtbot.mouseClick(shell.main_window.status_bar.sync_button, LEFT)
    qtbot.waitUntil(lambda: bool(done) and not controller.running, timeout=WAIT_MS)
    wait_for_tasks(qtbot, shell)


def enrolled_vault(data_dir: Path, station: str, server: RunningServer, admin: Admin) -> str:
    """A station PC that was set up and enrolled earlier (headless, through the services);
    returns its device id."""
    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=station
    )
    try:
        SyncService(session, retry=FAST_RETRY).enroll(server.url, admin.enroll_code(station))
        return session.device_id
    finally:
        session.close()


def online_window(qtbot, shell: AppShell) -> MainWindow:  # type: ignore[no-untyped-def]
    """Start the app on an enrolled vault, unlock it, and wait for its first sync to reach the
    server."""
    shell.start()
    window = unlock(qtbot, shell)
    qtbot.waitUntil(lambda: window.status_bar.online_label.text() == "Online", timeout=WAIT_MS)
    return window


def first_run_with_enrollment(qtbot, shell: AppShell, station: str, url: str, code: str):  # type: ignore[no-untyped-def]
    shell.start()
    wizard = shell.wizard
    qtbot.addWidget(wizard)
    qtbot.keyClicks(wizard.station_page.code, station)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    page = wizard.officer_page
    for box, text in (
        (page.badge, OFFICER_BADGE),
        (page.name, OFFICER_NAME),
        (page.password, OFFICER_PASSWORD),
        (page.repeat, OFFICER_PASSWORD),
    ):
        qtbot.keyClicks(box, text)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), LEFT)
    enroll = wizard.enroll_page
    qtbot.mouseClick(enroll.enroll, LEFT, pos=QPoint(8, enroll.enroll.height() // 2))
    qtbot.keyClicks(enroll.server_url, url)
    qtbot.keyClicks(enroll.code, code)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), LEFT)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WAIT_MS)
    window = shell.main_window
    qtbot.addWidget(window)
    keep_recovery_key(qtbot, shell)
    return window


def fir_numbers(window: MainWindow) -> list[str]:
    model = window.lists["fir"].model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_wizard_enrolls_and_sync_now_brings_the_official_fir_number(
    qtbot, sync_shell, server, admin, station
):
    made = run_cli(server.database_url, "enroll-code", "--station", station)
    assert made.returncode == 0, made.stderr
    one_time_code = made.stdout.strip()
    enrolled: list[str] = []

    window = first_run_with_enrollment(qtbot, sync_shell, station, server.url, one_time_code)
    sync_shell.sync.enrollment_finished.connect(lambda ok, text: enrolled.append(text))
    qtbot.waitUntil(lambda: bool(enrolled), timeout=WAIT_MS)
    assert f"enrolled at station {station}" in enrolled[0]
    qtbot.waitUntil(lambda: not sync_shell.sync.running, timeout=WAIT_MS)
    wait_for_tasks(qtbot, sync_shell)
    assert run_on_db(qtbot, sync_shell, _pending_enrollment) is None  # cleared on success
    assert not window.enroll_action.isEnabled()

    def register(services: StationServices):  # type: ignore[no-untyped-def]
        draft = services.records.create("fir", fir_payload("Gul Zaman"))
        return services.records.transition(draft.id, "registered", "Diary 14")

    registered = run_on_db(qtbot, sync_shell, register)
    window.refresh_all()
    qtbot.waitUntil(lambda: fir_numbers(window) == [registered.provisional_number])
    assert registered.provisional_number.startswith("P-")

    click_sync_and_wait(qtbot, sync_shell)

    official = fir.official_number(station, int(registered.created_at[:4]), 1)
    qtbot.waitUntil(lambda: fir_numbers(window) == [official], timeout=WAIT_MS)
    bar = window.status_bar
    qtbot.waitUntil(lambda: bar.pending_label.text() == "0 changes waiting", timeout=WAIT_MS)
    assert bar.online_label.text() == "Online"
    last_sync = as_read(bar.last_sync_label.text()).removeprefix("Last sync: ")
    assert datetime.strptime(last_sync, "%Y-%m-%d %H:%M")  # a time, not "never"
    assert bar.progress.isHidden()


def _pending_enrollment(services: StationServices):  # type: ignore[no-untyped-def]
    from fieldclient.ui.enrollment import pending_enrollment

    return pending_enrollment(services)


def test_a_concurrent_edit_shows_in_the_inbox_and_keep_theirs_syncs(
    qtbot, qtmodeltester, sync_shell, data_dir, tmp_path, server, admin, station
):
    enrolled_vault(data_dir, station, server, admin)
    sync_shell.start()
    window = unlock(qtbot, sync_shell)
    tenant = run_on_db(
        qtbot, sync_shell, lambda services: services.records.create("tenant", tenant_payload())
    )
    click_sync_and_wait(qtbot, sync_shell)

    other = create_vault(
        tmp_path / "other", badge="KP-2", name="Officer Two", password="x" * 12, station=station
    )
    other_sync = SyncService(other, retry=FAST_RETRY)
    other_sync.enroll(server.url, admin.enroll_code(station))
    assert other_sync.sync_once().error is None
    RecordService(other).edit(tenant.id, {"property_address": "House 9, Street 1, Gulbahar"})
    assert other_sync.sync_once().error is None
    run_on_db(
        qtbot,
        sync_shell,
        lambda services: services.records.edit(
            tenant.id, {"property_address": "House 4, Street 7, Hayatabad"}
        ),
    )

    click_sync_and_wait(qtbot, sync_shell)
    assert other_sync.sync_once().error is None  # the other device sees the conflict too
    assert len(ConflictService(other).list_conflicts()) == 1

    page = window.conflicts
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    window.show_page("conflicts")
    assert page.isVisible()
    assert window.navigation.currentItem().text() == "Conflicts (1)"
    qtmodeltester.check(page.model)
    row = page.current_row()
    assert row.conflict.field == "property_address"
    assert page.mine.value.toPlainText() == "House 4, Street 7, Hayatabad"
    assert page.theirs.value.toPlainText() == "House 9, Street 1, Gulbahar"
    assert "KP-2" in page.theirs.title()

    qtbot.mouseClick(page.theirs.keep_button, LEFT)

    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)
    wait_for_tasks(qtbot, sync_shell)
    stored = run_on_db(qtbot, sync_shell, lambda services: services.records.get(tenant.id))
    assert stored.data["property_address"] == "House 9, Street 1, Gulbahar"
    assert window.navigation.currentItem().text() == "Conflicts"
    bar = window.status_bar
    assert bar.pending_label.text() == "1 changes waiting"  # the decision, not yet sent
    click_sync_and_wait(qtbot, sync_shell)
    qtbot.waitUntil(lambda: bar.pending_label.text() == "0 changes waiting", timeout=WAIT_MS)
    assert other_sync.sync_once().error is None
    assert RecordService(other).get(tenant.id).data["property_address"] == (
        "House 9, Street 1, Gulbahar"
    )
    assert other_sync.sync_once().error is None
    assert ConflictService(other).list_conflicts() == []
    other.close()


def test_a_stopped_server_shows_offline_in_words_and_the_window_keeps_working(
    qtbot, sync_shell, data_dir, tmp_path, admin, station
):
    with database("sqlite", tmp_path / "own-db") as url, run_server(url) as own_server:
        own_admin = Admin(own_server)
        own_station = own_admin.add_station()
        enrolled_vault(data_dir, own_station, own_server, own_admin)
        own_admin.engine.dispose()
        window = online_window(qtbot, sync_shell)
    # the server process is stopped now
    run_on_db(qtbot, sync_shell, lambda services: services.records.create("fir", fir_payload()))
    controller = sync_shell.sync
    qtbot.mouseClick(window.status_bar.sync_button, LEFT)
    fir_list = window.lists["fir"]
    qtbot.keyClicks(fir_list.search_box, "Ali")  # the window answers while the sync runs
    qtbot.waitUntil(lambda: fir_list.count_label.text() == "Matches: 1", timeout=WAIT_MS)

    bar = window.status_bar
    qtbot.waitUntil(lambda: bar.online_label.text() == "Offline", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not controller.running, timeout=WAIT_MS)
    assert "Cannot reach the sync server" in bar.message_label.text()
    assert "Traceback" not in bar.message_label.text()
    assert bar.progress.isHidden()
    assert controller.retry_timer.isActive()  # trying again soon, with backoff
    assert controller.retry_delay_seconds() == RETRY_FIRST_SECONDS
    qtbot.waitUntil(lambda: bar.pending_label.text() == "1 changes waiting", timeout=WAIT_MS)


def test_locking_stops_the_background_sync_and_unlocking_starts_it_again(
    qtbot, sync_shell, data_dir, server, admin, station
):
    enrolled_vault(data_dir, station, server, admin)
    window = online_window(qtbot, sync_shell)
    controller = sync_shell.sync
    assert controller.interval_timer.isActive()

    window.lock_requested.emit()
    qtbot.waitUntil(lambda: sync_shell.unlock_screen is not None, timeout=WAIT_MS)
    assert sync_shell.sync is None
    assert not controller.interval_timer.isActive() and controller.service is None

    back = unlock(qtbot, sync_shell)
    qtbot.waitUntil(lambda: back.status_bar.online_label.text() == "Online", timeout=WAIT_MS)
    assert sync_shell.sync.interval_timer.isActive()


def test_a_revoked_device_is_told_plainly_and_stops_trying(
    qtbot, sync_shell, data_dir, server, admin, station
):
    device_id = enrolled_vault(data_dir, station, server, admin)
    window = online_window(qtbot, sync_shell)
    admin.revoke(device_id)

    click_sync_and_wait(qtbot, sync_shell)

    controller = sync_shell.sync
    assert "revoked by the administrator" in window.status_bar.message_label.text()
    assert controller.halted
    assert not controller.interval_timer.isActive() and not controller.retry_timer.isActive()
    note = controller.last_note
    assert note.text().startswith("Sync stopped: This device was revoked")
    note.close()


def test_a_change_the_server_refuses_is_shown_with_its_code_and_reason(
    qtbot, sync_shell, data_dir, server, admin, station
):
    enrolled_vault(data_dir, station, server, admin)
    window = online_window(qtbot, sync_shell)
    tenant = run_on_db(
        qtbot, sync_shell, lambda services: services.records.create("tenant", tenant_payload())
    )
    click_sync_and_wait(qtbot, sync_shell)
    set_status_by_server(admin.engine, tenant.id, "verified", None, now_ms())
    run_on_db(  # edited before this PC heard of the verification
        qtbot,
        sync_shell,
        lambda services: services.records.edit(tenant.id, {"tenant": {"occupation": "Driver"}}),
    )

    click_sync_and_wait(qtbot, sync_shell)

    shown = window.status_bar.message_label.text()
    assert "1 change(s) refused by the server: frozen: " in shown
    assert "a verified tenant record cannot be changed" in shown
    assert window.status_bar.message_label.toolTip() == shown


def test_a_station_that_worked_offline_enrolls_later_from_the_file_menu(
    qtbot, sync_shell, data_dir, server, admin, station
):
    create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=station
    ).close()
    sync_shell.start()
    window = unlock(qtbot, sync_shell)
    bar = window.status_bar
    qtbot.waitUntil(lambda: bar.online_label.text() == "Not enrolled", timeout=WAIT_MS)
    assert bar.sync_button.isHidden()
    run_on_db(qtbot, sync_shell, lambda services: services.records.create("fir", fir_payload()))
    outcomes: list[bool] = []
    sync_shell.sync.enrollment_finished.connect(lambda ok, _text: outcomes.append(ok))

    window.enroll_action.trigger()
    dialog = window.findChild(EnrollDialog)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.server_url, server.url)
    qtbot.keyClicks(dialog.code, admin.enroll_code(station))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: outcomes == [True], timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bar.online_label.text() == "Online", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: bar.pending_label.text() == "0 changes waiting", timeout=WAIT_MS)
    assert bar.sync_button.isVisible()
    assert not window.enroll_action.isEnabled()
    sync_shell.sync.last_note.close()


def test_enrolling_with_an_https_server_shows_its_fingerprint_and_pins_it_only_after_yes(
    qtbot, sync_shell, data_dir, tmp_path
):
    cert, key, fingerprint = self_signed(tmp_path / "tls")
    with database("sqlite", tmp_path) as url, run_server(url, tls=(cert, key)) as tls_server:
        tls_admin = Admin(tls_server)
        station = tls_admin.add_station()
        create_vault(
            data_dir,
            badge=OFFICER_BADGE,
            name=OFFICER_NAME,
            password=OFFICER_PASSWORD,
            station=station,
        ).close()
        sync_shell.start()
        window = unlock(qtbot, sync_shell)
        outcomes: list[bool] = []
        sync_shell.sync.enrollment_finished.connect(lambda ok, _text: outcomes.append(ok))
        code = tls_admin.enroll_code(station)
        grouped = ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()

        answers = (QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes)
        window.enroll_action.trigger()
        [dialog] = [d for d in window.findChildren(EnrollDialog) if d.isVisible()]
        for tries, answer in enumerate(answers, start=1):
            sync_shell.sync.last_question = None
            dialog.server_url.clear()
            dialog.code.clear()
            qtbot.keyClicks(dialog.server_url, tls_server.url)
            qtbot.keyClicks(dialog.code, code)
            qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: sync_shell.sync.last_question is not None, timeout=WAIT_MS)
            question = sync_shell.sync.last_question
            assert grouped in question.text()
            assert not run_on_db(qtbot, sync_shell, _pinned)  # nothing pinned while asking
            qtbot.mouseClick(question.button(answer), LEFT)
            qtbot.waitUntil(
                lambda tries=tries: len(outcomes) == tries,
                timeout=WAIT_MS,
            )
            if answer == QMessageBox.StandardButton.No:  # the dialog stays for another try
                assert dialog.isVisible()
                assert "certificate was not accepted" in dialog.problem.text()
                assert dialog.focusWidget() is dialog.fingerprint
        sync_shell.sync.last_note.close()
        assert not dialog.isVisible()

        assert outcomes == [False, True]
        assert run_on_db(qtbot, sync_shell, _pinned) == fingerprint
        tls_admin.engine.dispose()


def _pinned(services: StationServices) -> str | None:
    from sync.client import credentials

    return services.session.vault.get_meta(credentials.CERT_SHA256)


def test_a_wrong_enrollment_code_is_named_once_and_the_dialog_stays_open_for_a_retry(
    qtbot, sync_shell, data_dir, server, admin, station
):
    create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=station
    ).close()
    sync_shell.start()
    window = unlock(qtbot, sync_shell)
    outcomes: list[tuple[bool, str]] = []
    sync_shell.sync.enrollment_finished.connect(lambda ok, text: outcomes.append((ok, text)))

    window.enroll_action.trigger()
    dialog = window.findChild(EnrollDialog)
    qtbot.keyClicks(dialog.server_url, server.url)
    qtbot.keyClicks(dialog.code, "WRONG-CODE")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 1, timeout=WAIT_MS)

    succeeded, text = outcomes[0]
    assert not succeeded
    shown = dialog.problem.text()
    assert dialog.isVisible() and dialog.ok_button.isEnabled()
    assert shown.startswith("One-time code: the server does not accept this code")
    assert shown.count("administrator") == 1  # said once, no repeated sentence
    assert text == f"Enrollment failed: {shown}"
    for leaked in ("device id", "refused:", "invalid_enroll_code"):
        assert leaked not in text
    assert dialog.focusWidget() is dialog.code
    assert sync_shell.sync.last_note is None  # no message box over the window
    assert window.status_bar.message_label.text() == text

    dialog.code.clear()
    qtbot.keyClicks(dialog.code, admin.enroll_code(station))
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(outcomes) == 2, timeout=WAIT_MS)
    assert outcomes[1][0]
    assert not dialog.isVisible()
    sync_shell.sync.last_note.close()


def test_a_wrong_code_in_the_first_run_wizard_opens_the_enroll_dialog_to_correct_it(
    qtbot, sync_shell, server, station
):
    window = first_run_with_enrollment(qtbot, sync_shell, station, server.url, "WRONG-CODE")
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in window.findChildren(EnrollDialog)), timeout=WAIT_MS
    )
    [dialog] = [d for d in window.findChildren(EnrollDialog) if d.isVisible()]
    assert dialog.server_url.text() == server.url
    assert dialog.code.text() == "WRONG-CODE"
    assert dialog.problem.text().startswith("One-time code: the server does not accept")
    assert dialog.focusWidget() is dialog.code
    assert run_on_db(qtbot, sync_shell, _pending_enrollment) in (None, {})  # not retried


def test_sync_now_shows_sent_of_total_in_the_status_bar_while_it_runs(
    qtbot, sync_shell, data_dir, server, admin, station, monkeypatch
):
    enrolled_vault(data_dir, station, server, admin)
    window = online_window(qtbot, sync_shell)
    for name in ("Zahid Khan", "Imran Shah", "Gul Zaman"):
        run_on_db(
            qtbot,
            sync_shell,
            lambda services, n=name: services.records.create("tenant", tenant_payload(n)),
        )
    monkeypatch.setattr(engine, "BATCH_MUTATIONS", 2)
    bar = window.status_bar
    seen: list[tuple[str, int, int]] = []
    sync_shell.sync.progress_changed.connect(  # after the bar's own slot: what the officer sees
        lambda _progress: seen.append(
            (bar.message_label.text(), bar.progress.value(), bar.progress.maximum())
        )
    )

    click_sync_and_wait(qtbot, sync_shell)

    assert ("Syncing: sent 0 of 3 changes…", 0, 3) in seen
    assert ("Syncing: sent 2 of 3 changes…", 2, 3) in seen
    assert ("Syncing: sent 3 of 3 changes…", 3, 3) in seen
    received = [text for text, _value, _maximum in seen if "received" in text]
    assert received and received[-1].endswith("pages so far)…")
    assert bar.progress.isHidden()
    assert bar.message_label.text().startswith("Synced: 3 sent")
