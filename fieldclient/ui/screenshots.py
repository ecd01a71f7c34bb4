"""`python -m fieldclient.ui.screenshots OUT_DIR`: a PNG of every main screen, made offscreen.

Builds a throwaway vault with sample records in a temp dir, walks the app through its screens and
saves each with `widget.grab()`, on an offscreen screen of 1366×768 (the main window fills it),
once in English (OUT_DIR) and once in Urdu (OUT_DIR/ur, from the compiled translation: `make
screenshots` compiles it first). `make screenshots` runs it into docs/screenshots. No sync server
runs here: the online status bar and the sample conflict are shown by handing the widgets a
sample state (the GUI tests drive the same widgets against the real server).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fieldclient.domain.reports import Period
from fieldclient.services.conflicts import ConflictView
from fieldclient.services.session import create_vault
from fieldclient.services.station import StationServices
from fieldclient.ui.app import build_shell, load_bundled_fonts
from fieldclient.ui.conflicts_page import ConflictRow
from fieldclient.ui.main_window import MainWindow
from fieldclient.ui.sample_data import add_sample_records
from fieldclient.ui.settings_model import LANGUAGE
from fieldclient.ui.shell import AppShell
from fieldclient.vault.repository import RecordQuery

BADGE, NAME, STATION = "KP-1001", "Inspector Sajid Khan", "PESHAWAR-GULBAHAR"
SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768
LANGUAGES = {"en": "", "ur": "ur"}  # language -> folder under OUT_DIR
DEMO_PASSWORD = "screenshot demo password"  # a throwaway vault in a temp dir
WAIT_MS = 10_000


def wait_until(condition: Callable[[], bool], timeout_ms: int = WAIT_MS) -> None:
    waited = 0
    while not condition():
        if waited >= timeout_ms:
            raise TimeoutError("the screen did not get ready in time")
        QTest.qWait(20)
        waited += 20


def save(widget: QWidget, out_dir: Path, name: str) -> Path:
    QTest.qWait(50)  # let layouts settle before painting
    path = out_dir / f"{name}.png"
    widget.grab().save(str(path))
    print(path)
    return path


def settle(shell: AppShell) -> None:
    wait_until(lambda: shell.tasks.in_flight == 0)


def in_language(shell: AppShell, language: str) -> AppShell:
    shell.settings.set(LANGUAGE, language)
    if language != "en" and shell.translator is None:
        raise RuntimeError(f"no compiled translation for {language}: run make translations")
    # A change of language rebuilds the open screens on the next turn of the event loop; let
    # that happen now, while none is open, or it would replace the screen about to be shot
    # (the Urdu wizard shots were of the closed wizard: blank pages).
    QTest.qWait(20)
    return shell


def wizard_shots(out_dir: Path, work: Path, language: str) -> None:
    shell = in_language(build_shell(work / "new"), language)
    shell.start()
    wizard = shell.wizard
    wizard.station_page.station.setCurrentIndex(
        wizard.station_page.station.findData("PESHAWAR-GULBAHAR")
    )
    save(wizard, out_dir, "first_run_station")
    wizard.next()
    page = wizard.officer_page
    page.badge.setText(BADGE)
    page.name.setText(NAME)
    page.password.setText("Peshawar-2024")
    page.repeat.setText("Peshawar-2024")
    save(wizard, out_dir, "first_run_officer")
    wizard.next()
    enroll = wizard.enroll_page
    enroll.enroll.setChecked(True)
    enroll.server_url.setText("https://sync.kp-police.example:8443")
    enroll.code.setText("7QK4-M2XD-93PA")
    save(wizard, out_dir, "first_run_enroll")
    wizard.close()
    shell.shutdown()


def sample_vault(data_dir: Path) -> None:
    session = create_vault(
        data_dir, badge=BADGE, name=NAME, password=DEMO_PASSWORD, station=STATION
    )
    try:
        add_sample_records(StationServices.for_session(session))
    finally:
        session.close()


def main_screen_shots(out_dir: Path, work: Path, language: str) -> None:
    data_dir = work / "station"
    sample_vault(data_dir)
    shell = in_language(build_shell(data_dir), language)
    shell.start()
    unlock = shell.unlock_screen
    save(unlock, out_dir, "unlock")
    unlock.password.setText(DEMO_PASSWORD)
    unlock.unlock()
    wait_until(lambda: shell.main_window is not None)
    window = shell.main_window
    window.setGeometry(window.screen().availableGeometry())
    settle(shell)
    window.show_page("home")
    save(window, out_dir, "home")
    for record_type in ("fir", "challan", "tenant", "attendance"):
        window.show_page(record_type)
        settle(shell)
        save(window, out_dir, f"list_{record_type}")
    window.attendance.setCurrentWidget(window.attendance.events)
    save(window, out_dir, "list_attendance_events")
    window.show_page("fir")
    window.lists["fir"].search_box.setText("Tatara")
    window.lists["fir"].apply_filters()
    settle(shell)
    save(window, out_dir, "search_fir")
    if language == "en":
        shell.settings.set(LANGUAGE, "ur")
        save(window, out_dir, "search_fir_right_to_left")
        shell.settings.set(LANGUAGE, "en")
    form_shots(shell, window, out_dir)
    conflict_shot(shell, window, out_dir)
    reports_shot(shell, window, out_dir)
    online_status_shot(window, out_dir)
    enroll = shell.sync.open_enroll_dialog()
    enroll.server_url.setText("https://sync.kp-police.example:8443")
    enroll.code.setText("7QK4-M2XD-93PA")
    save(enroll, out_dir, "enroll_dialog")
    enroll.close()
    dialog = window.open_settings()
    save(dialog, out_dir, "settings")
    dialog.close()
    window.close()
    shell.shutdown()


def form_shots(shell: AppShell, window: MainWindow, out_dir: Path) -> None:
    for record_type in ("fir", "challan", "tenant"):
        form = window.open_form(record_type)
        settle(shell)
        save(form, out_dir, f"form_{record_type}")
        form.close()
    registered: list[str] = []
    shell.tasks.run_db(
        lambda services: services.records.find_ids(
            RecordQuery(record_type="fir", status="registered"), limit=1
        ),
        registered.extend,
    )
    settle(shell)
    form = window.open_form("fir", registered[0])
    form.resize(720, 1000)  # the statement and status panels below the frozen fields
    settle(shell)
    save(form, out_dir, "form_fir_registered")
    form.close()


def conflict_shot(shell: AppShell, window: MainWindow, out_dir: Path) -> None:
    sample = ConflictView(
        id="sample",
        record_id="sample",
        field="property_address",
        mine="House 4, Street 7, Hayatabad Phase 3, Peshawar",
        theirs="House 9, Street 1, Gulbahar, Peshawar",
        mine_officer=BADGE,
        theirs_officer="KP-1022",
        winner="mine",
        created_at="2024-11-20T10:42:00+05:00",
        resolved_at=None,
        resolution=None,
    )
    window.show_page("conflicts")
    window.conflicts.show_rows([ConflictRow(sample, "Tenant TR-0007 — Zahid Khan")])
    save(window, out_dir, "conflicts")
    window.conflicts.refresh()
    settle(shell)


def reports_shot(shell: AppShell, window: MainWindow, out_dir: Path) -> None:
    """This month's crime statement by head on the Reports page."""
    window.show_page("reports")
    today = window.tasks.now().date()
    window.reports.choose("crime_statement", Period.month(today.year, today.month))
    window.reports.show_report()
    wait_until(lambda: window.reports.report is not None)
    settle(shell)
    save(window, out_dir, "reports")


def online_status_shot(window: MainWindow, out_dir: Path) -> None:
    window.show_page("tenant")
    bar = window.status_bar
    bar.set_online(True)
    bar.set_last_sync(datetime.now(UTC))
    bar.set_pending(0)
    bar.set_message(
        QCoreApplication.translate(
            "SyncController", "Synced: {sent} sent, {received} received."
        ).format(sent=3, received=12)
    )
    save(window, out_dir, "status_online")


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m fieldclient.ui.screenshots OUT_DIR", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="fieldclient-shots-") as work:
        use_laptop_screen(Path(work))
        app = QApplication.instance() or QApplication(sys.argv[:1])
        load_bundled_fonts()
        for language, folder in LANGUAGES.items():
            out_dir = Path(argv[0]) / folder
            out_dir.mkdir(parents=True, exist_ok=True)
            wizard_shots(out_dir, Path(work) / language, language)
            main_screen_shots(out_dir, Path(work) / language, language)
        app.processEvents()
    return 0


def use_laptop_screen(work: Path) -> None:
    """The offscreen platform with one 1366×768 screen at 100 % (its default is 800×600)."""
    if os.environ.get("QT_QPA_PLATFORM", "offscreen") != "offscreen":
        return
    config = work / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": SCREEN_WIDTH, "height": SCREEN_HEIGHT}
    config.write_text(json.dumps({"screens": [screen | {"logicalDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
