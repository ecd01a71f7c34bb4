"""The whole app in Urdu: the officer switches the language in Settings (no restart) and every
main screen, form and dialog then reads right to left with no English word on it.

What is checked is the app's own words (labels, buttons, titles, tabs, menus, column headings,
placeholders, tooltips, combo choices), not record content (names typed in English stay English)
nor reference data without a sourced Urdu name (PPC titles, fine-table violations: see
resources/reference/SOURCES.md). ALLOWED is the maintained list of Latin words that Urdu
screens really use: key names, file types, and the examples of what to type.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
    QWizard,
)

from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.reference import police_stations
from fieldclient.services.session import create_vault
from fieldclient.services.station import StationServices
from fieldclient.services.sync import SyncReport
from fieldclient.ui.app import build_shell
from fieldclient.ui.bidi import isolate_latin, shown_time
from fieldclient.ui.forms.code_picker import CodePicker
from fieldclient.ui.main_window import MainWindow
from fieldclient.ui.sample_data import add_sample_records
from fieldclient.ui.settings_model import LANGUAGE
from fieldclient.ui.shell import AppShell
from fieldclient.vault.repository import RecordQuery
from sync.client.sync_warnings import SyncWarning, SyncWarningKind
from tests.gui.conftest import unlock, wait_for_tasks
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.urdu import as_read, compile_urdu, english_words

ALLOWED = frozenset(
    {
        # keys and file types, written so on Urdu keyboards and in Urdu offices
        "ctrl",
        "esc",
        "caps",
        "pdf",
        "csv",
        "qr",
        "jpeg",
        "jpg",
        "png",
        "pem",
        "crt",
        "cer",
        "sha",
        "https",
        # examples of what to type: plates, codes and search words are typed in Latin letters
        "abc",
        "ppc",
        "cnsa",  # law codes of the other-law offences (SOURCES.md, offences_other_laws.csv)
        "ao",
        "signal",
        "theft",
        "psh",
        "gulbahar",
        "sync",
        "example",
        "gov",
        "pk",
        # the language picker names each language in itself
        "english",
    }
)
# The session's own values in titles, and a reason an officer typed in English (status history).
CONTENT = (OFFICER_NAME, OFFICER_BADGE, STATION, "entered in the daily diary")
# Stations and districts no source gives an Urdu name for (SOURCES.md) keep their English one.
NO_URDU_NAME = sorted(
    (
        {row.police_station for row in police_stations() if not row.police_station_ur}
        | {row.district for row in police_stations() if not row.district_ur}
    )
    - {""},
    key=len,
    reverse=True,
)
TAG = re.compile(r"<[^>]+>|&[a-z]+;")
# Identifiers keep their Latin letters in Urdu: record numbers (FIR-P-PESHAWAR-GULBAHAR-2026-…),
# station codes, badges, plates (ABC-123), CNIC and mobile formats.
IDENTIFIER = re.compile(r"\b[A-Za-z0-9]+(?:[-/][A-Za-z0-9]+)+\b")


@pytest.fixture
def sample_vault(data_dir: Path) -> Path:
    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    try:
        add_sample_records(StationServices.for_session(session))
    finally:
        session.close()
    return data_dir


@pytest.fixture
def urdu_shell(qtbot, sample_vault: Path, tmp_path: Path) -> Iterator[AppShell]:
    app_shell = build_shell(sample_vault, translations_dir=compile_urdu(tmp_path))
    yield app_shell
    for window in (app_shell.main_window, app_shell.unlock_screen, app_shell.wizard):
        if window is not None:
            window.close()
    app_shell.shutdown()
    QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def shown_texts(top: QWidget) -> list[str]:
    """The app's words a person sees on `top` (record content and typed text left out)."""
    texts = [top.windowTitle()]
    for widget in [top, *top.findChildren(QWidget)]:
        if not widget.isVisible() or _inside_code_picker_list(widget):
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(index) for index in range(widget.count())]
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QAbstractSpinBox):
            texts += [widget.specialValueText(), getattr(widget, "suffix", str)()]
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(index) for index in range(widget.count())]
        elif isinstance(widget, QListWidget):
            texts += [widget.item(row).text() for row in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            texts += [
                str(model.headerData(column, Qt.Orientation.Horizontal) or "")
                for column in range(model.columnCount())
            ]
    for menu in top.findChildren(QMenu):
        texts += [action.text() for action in menu.actions()] + [menu.title()]
    return texts


def _inside_code_picker_list(widget: QWidget) -> bool:
    """The PPC sections and violations a picker lists: reference titles with no sourced Urdu."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, CodePicker):
            return isinstance(widget, QListWidget) or isinstance(widget.parentWidget(), QListWidget)
        parent = parent.parentWidget()
    return False


def english_on(top: QWidget) -> list[str]:
    found = []
    for text in shown_texts(top):
        read = IDENTIFIER.sub(" ", TAG.sub(" ", as_read(text)))
        for value in (*CONTENT, *NO_URDU_NAME):
            read = read.replace(value, " ")
        found += [f"{word} (in {text!r})" for word in english_words(read, ALLOWED)]
    return found


def assert_urdu(top: QWidget) -> None:
    assert top.layoutDirection() == Qt.LayoutDirection.RightToLeft, top
    assert english_on(top) == []
    # Dates and times keep their order: right to left, "2026-12-02 07:40" draws "40:07 02-12-2026".
    assert [
        editor.objectName() or type(editor).__name__
        for editor in top.findChildren(QDateTimeEdit)
        if editor.layoutDirection() != Qt.LayoutDirection.LeftToRight
    ] == []


def switch_to_urdu_in_settings(qtbot, shell: AppShell, window: MainWindow) -> MainWindow:
    dialog = window.open_settings()
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("ur"))
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.main_window is not window, timeout=10_000)
    rebuilt = shell.main_window
    assert rebuilt is not None
    qtbot.addWidget(rebuilt)
    wait_for_tasks(qtbot, shell)
    return rebuilt


def test_switching_to_urdu_rebuilds_the_window_in_urdu_without_a_restart(qtbot, urdu_shell):
    urdu_shell.start()
    window = unlock(qtbot, urdu_shell)
    window.show_page("challan")
    assert window.navigation.item(1).text() == "FIRs"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert len(english_on(window)) > 20  # the check sees the English screen's words

    rebuilt = switch_to_urdu_in_settings(qtbot, urdu_shell, window)

    assert urdu_shell.settings.get(LANGUAGE) == "ur"
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert rebuilt.navigation.item(1).text() == "ایف آئی آر"
    assert rebuilt.current_list() is rebuilt.lists["challan"]  # the same page, signed in still
    assert not window.isVisible()
    assert_urdu(rebuilt)


def test_every_main_screen_form_and_dialog_reads_in_urdu(qtbot, urdu_shell):
    urdu_shell.settings.set(LANGUAGE, "ur")
    urdu_shell.start()
    assert_urdu(urdu_shell.unlock_screen)
    window = unlock(qtbot, urdu_shell)

    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        wait_for_tasks(qtbot, urdu_shell)
        assert_urdu(window)
    window.navigation.setCurrentRow(
        next(
            row
            for row in range(window.navigation.count())
            if window.pages.widget(row) is window.attendance
        )
    )
    for tab in range(window.attendance.count()):  # check in/out, events, set-up, leave, return
        window.attendance.setCurrentIndex(tab)
        wait_for_tasks(qtbot, urdu_shell)
        assert_urdu(window)

    for record_type in ("fir", "challan", "tenant"):
        form = window.open_form(record_type)
        wait_for_tasks(qtbot, urdu_shell)
        form.save()  # empty: every field says what it needs
        assert form.general_errors.isVisible()
        assert_urdu(form)
        form.close()

    registered: list[str] = []
    urdu_shell.tasks.run_db(
        lambda services: services.records.find_ids(
            RecordQuery(record_type="fir", status="registered"), limit=1
        ),
        registered.extend,
    )
    wait_for_tasks(qtbot, urdu_shell)
    form = window.open_form("fir", registered[0])
    wait_for_tasks(qtbot, urdu_shell)
    assert form.read_only
    assert_urdu(form)
    form.close()

    for open_dialog in (
        window.open_settings,
        window.open_verify_screen,
        window.show_refusals,
        window.show_about,
        urdu_shell.sync.open_enroll_dialog,
    ):
        dialog: QDialog = open_dialog()
        wait_for_tasks(qtbot, urdu_shell)
        assert_urdu(dialog)
        dialog.close()


def test_the_first_run_wizard_offers_urdu_and_reads_in_it(qtbot, data_dir, tmp_path):
    shell = build_shell(data_dir, translations_dir=compile_urdu(tmp_path))
    try:
        shell.start()
        english = shell.wizard
        assert english is not None
        english.station_page.language.setCurrentIndex(english.station_page.language.findData("ur"))
        qtbot.waitUntil(lambda: shell.wizard is not english, timeout=10_000)
        wizard = shell.wizard
        qtbot.addWidget(wizard)
        assert shell.settings.get(LANGUAGE) == "ur"
        assert wizard.station_page.language.currentData() == "ur"
        assert_urdu(wizard)
        wizard.station_page.code.setText(STATION)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert_urdu(wizard)
        page = wizard.officer_page
        for editor, text in ((page.badge, OFFICER_BADGE), (page.name, "نام")):
            editor.setText(text)
        page.password.setText(OFFICER_PASSWORD)
        page.repeat.setText(OFFICER_PASSWORD)
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
        assert wizard.currentPage() is wizard.enroll_page
        assert_urdu(wizard)
        wizard.close()
    finally:
        shell.shutdown()
        QApplication.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def drawn_order(text: str) -> str:
    """The characters of `text` left to right as Qt lays out a right-to-left line."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(3000)
    layout.endLayout()
    flags = QTextLayout.GlyphRunRetrievalFlag
    first_x: dict[int, float] = {}
    for run in layout.glyphRuns(-1, -1, flags.RetrieveStringIndexes | flags.RetrieveGlyphPositions):
        for position, index in zip(run.positions(), run.stringIndexes(), strict=True):
            first_x.setdefault(index, position.x())
    return as_read("".join(text[index] for index in sorted(first_x, key=first_x.__getitem__)))


def test_times_cnics_and_plates_keep_their_order_in_urdu_lines(qapp):
    synced = "آخری سنک: {when}"
    raw = synced.format(when="2026-12-01 22:01")
    assert "22:01 2026-12-01" not in drawn_order(raw)  # what bidi alone does to a time
    moment = datetime(2026, 12, 1, 22, 1, tzinfo=PAKISTAN_TIME)
    assert "2026-12-01 22:01" in drawn_order(synced.format(when=shown_time(moment)))
    narrative = "شناختی کارڈ 12345-1234567-1 والے ڈرائیور کی گاڑی 123-ABC روکی گئی"
    assert "12345-1234567-1" not in drawn_order(narrative)
    isolated = drawn_order(isolate_latin(narrative))
    assert "12345-1234567-1" in isolated
    assert "123-ABC" in isolated
    assert isolate_latin("Gul Zaman, 12345-1234567-1") == "Gul Zaman, 12345-1234567-1"


def test_a_form_number_keeps_its_order_and_placeholders_are_left_for_format(qapp):
    assert "24.5(1)" in drawn_order(isolate_latin("فارم نمبر 24.5(1)"))
    assert "24.5(1)" not in drawn_order("فارم نمبر 24.5(1)")  # bidi alone draws "(1)24.5"
    template = isolate_latin("طباعت {when} از {badge}")
    assert template.format(when="x", badge="y") == "طباعت x از y"


def test_a_syncs_warnings_read_in_urdu_in_the_status_bar(qtbot, urdu_shell):
    urdu_shell.settings.set(LANGUAGE, "ur")
    urdu_shell.start()
    window = unlock(qtbot, urdu_shell)
    wait_for_tasks(qtbot, urdu_shell)
    warnings = [
        SyncWarning(SyncWarningKind.CLOCK_BEHIND, {"minutes": 17}),
        SyncWarning(SyncWarningKind.COPY_REPAIRED, {"here": 40, "there": 43}),
        SyncWarning(SyncWarningKind.INSECURE_HTTP, {"host": "10.0.0.5"}),
    ]
    # The engine's report as the network worker hands it to the controller.
    urdu_shell.sync._sync_finished(SyncReport(pushed=2, pulled=1, warnings=warnings))
    wait_for_tasks(qtbot, urdu_shell)

    shown = as_read(window.status_bar.message_label.text())
    assert all(number in shown for number in ("17", "40", "43", "10.0.0.5"))
    assert "منٹ پیچھے" in shown and "غیر محفوظ" in shown
    read = IDENTIFIER.sub(" ", shown.replace("10.0.0.5", " "))
    assert english_words(read, ALLOWED | {"http"}) == []
