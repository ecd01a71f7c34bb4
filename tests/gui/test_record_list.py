"""The lazy record list over 2,000 FIRs: paging, model checks, sorting, filters, search."""

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from fieldclient.ui.record_list_model import COLUMNS, PAGE_SIZE
from fieldclient.ui.settings_model import LANGUAGE
from tests.gui.conftest import BIG_LIST_SIZE, REGISTERED_EVERY, unlock, wait_for_tasks
from tests.helpers.payloads import fir_payload

STATUS = COLUMNS.index("status")
TITLE = COLUMNS.index("title")


@pytest.fixture
def big_window(qtbot, shell, big_vault):
    shell.start()
    return unlock(qtbot, shell)


def _column(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def _type_urdu(box, text: str) -> None:
    """Key events carrying Urdu letters (QTest.keyClicks only maps Latin characters to keys)."""
    for letter in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, box, Qt.Key.Key_unknown, letter, Qt.KeyboardModifier.NoModifier
        )


def test_rows_arrive_a_page_at_a_time(qtbot, shell, big_window):
    page = big_window.lists["fir"]
    model = page.model
    assert model.rowCount() == PAGE_SIZE
    assert page.count_label.text() == f"Records: {BIG_LIST_SIZE}"
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE_SIZE
    far_row = model.rowCount() - 1
    assert model.index(far_row, TITLE).data() == ""  # not fetched yet: asked for, shown blank
    qtbot.waitUntil(lambda: model.index(far_row, TITLE).data().startswith("Informant"))
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > 2 * PAGE_SIZE)


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, shell, big_window):
    model = big_window.lists["fir"].model
    qtmodeltester.check(model, force_py=True)
    wait_for_tasks(qtbot, shell)
    qtmodeltester.check(model, force_py=True)


def _click_header(qtbot, page, column: int) -> None:
    header = page.table.horizontalHeader()
    where = QPoint(header.sectionViewportPosition(column) + 20, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_header_clicks_sort_by_status_both_ways(qtbot, shell, big_window):
    page = big_window.lists["fir"]
    model = page.model
    assert "registered" in _column(model, STATUS) and "draft" in _column(model, STATUS)
    _click_header(qtbot, page, STATUS)
    qtbot.waitUntil(lambda: model.query.order_by == "status")
    wait_for_tasks(qtbot, shell)
    first_direction = set(_column(model, STATUS))
    _click_header(qtbot, page, STATUS)
    qtbot.waitUntil(lambda: model.query.descending != (first_direction == {"registered"}))
    wait_for_tasks(qtbot, shell)
    second_direction = set(_column(model, STATUS))
    assert {frozenset(first_direction), frozenset(second_direction)} == {
        frozenset({"draft"}),
        frozenset({"registered"}),
    }
    assert page.count_label.text() == f"Records: {BIG_LIST_SIZE}"


def test_header_click_on_when_sorts_oldest_first(qtbot, shell, big_window):
    page = big_window.lists["fir"]
    newest_first = _column(page.model, COLUMNS.index("when"))
    _click_header(qtbot, page, COLUMNS.index("when"))
    qtbot.waitUntil(lambda: not page.model.query.descending)
    wait_for_tasks(qtbot, shell)
    oldest_first = _column(page.model, COLUMNS.index("when"))
    assert oldest_first == sorted(oldest_first)
    assert newest_first == sorted(newest_first, reverse=True)


def test_status_filter_and_count(qtbot, shell, big_window):
    page = big_window.lists["fir"]
    page.status_filter.setCurrentIndex(page.status_filter.findData("registered"))
    registered = BIG_LIST_SIZE // REGISTERED_EVERY
    qtbot.waitUntil(lambda: page.count_label.text() == f"Matches: {registered}")
    assert page.model.rowCount() == PAGE_SIZE
    assert set(_column(page.model, STATUS)) == {"registered"}
    page.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.count_label.text() == f"Records: {BIG_LIST_SIZE}")


def test_urdu_search_in_right_to_left_layout(qtbot, shell, existing_vault):
    shell.start()
    window = unlock(qtbot, shell)
    app = QApplication.instance()
    shell.tasks.run_db(lambda services: services.records.create("fir", fir_payload("محمد علی")))
    shell.tasks.run_db(lambda services: services.records.create("fir", fir_payload("John Doe")))
    window.refresh_all()
    try:
        dialog = window.open_settings()
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData("ur"))
        qtbot.mouseClick(
            dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
            Qt.MouseButton.LeftButton,
        )
        assert shell.settings.get(LANGUAGE) == "ur"
        assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
        page = window.lists["fir"]
        assert page.search_box.layoutDirection() == Qt.LayoutDirection.RightToLeft
        _type_urdu(page.search_box, "محمد")
        # In the interface's language: Urdu when the build's .qm is there, else the source text.
        matches = page.tr("Matches: {count}").format(count=1)
        qtbot.waitUntil(lambda: page.count_label.text() == matches)
        assert page.model.index(0, TITLE).data() == "محمد علی"
    finally:
        shell.settings.set(LANGUAGE, "en")
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight
