"""The windows on a 1366×768 screen (at 100 % and 125 %), remembered size and place, a lock that
keeps the officer's work, and the list's date and sort controls."""

from PySide6.QtCore import QDate, QPoint, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from fieldclient.settings import IniSettings
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.settings_model import MAIN_WINDOW_GEOMETRY
from tests.gui.conftest import unlock, wait_for_tasks

LEFT = Qt.MouseButton.LeftButton
# 1366×768 at 125 % is 1093×614 logical pixels; less a taskbar (~38) and a title bar (~26).
SMALLEST_SCREEN = QSize(1093, 550)


def _fits(widget: QWidget) -> bool:
    needed = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    return needed.width() <= SMALLEST_SCREEN.width() and needed.height() <= (
        SMALLEST_SCREEN.height()
    )


def _top_level_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()]


def test_every_window_fits_a_1366_by_768_screen_at_125_percent(qtbot, shell, existing_vault):
    shell.start()
    assert _fits(shell.unlock_screen)
    window = unlock(qtbot, shell)
    for kind in ("fir", "challan", "tenant"):
        window.open_form(kind)
    window.open_officers()
    window.open_settings()
    window.open_verify_screen()
    wait_for_tasks(qtbot, shell)
    screen = window.screen().availableGeometry()
    opened = _top_level_windows()
    assert len(opened) >= 7
    for top in opened:
        assert _fits(top), f"{type(top).__name__} needs {top.minimumSizeHint()}"
        assert top.width() <= screen.width() and top.height() <= screen.height()


def test_the_first_run_wizard_fits(qtbot, shell):
    shell.start()
    qtbot.addWidget(shell.wizard)
    assert _fits(shell.wizard)


def test_the_main_window_keeps_its_size_and_place_and_a_lock_keeps_the_work(
    qtbot, shell, existing_vault, data_dir
):
    shell.start()
    window = unlock(qtbot, shell)
    window.setGeometry(10, 30, 760, 500)
    window.show_page("challan")
    form = window.open_form("fir")
    qtbot.keyClicks(form.informant["name"], "Muhammad Ali")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: shell.unlock_screen is not None and shell.main_window is None)
    wait_for_tasks(qtbot, shell)
    assert IniSettings(data_dir).get(MAIN_WINDOW_GEOMETRY) == "10,30,760,500"

    back = unlock(qtbot, shell)
    assert back.geometry().getRect() == (10, 30, 760, 500)
    assert back.pages.currentWidget() is back.lists["challan"]
    qtbot.waitUntil(lambda: bool(back.findChildren(RecordForm)))
    reopened = back.findChildren(RecordForm)[0]
    qtbot.waitUntil(lambda: reopened.informant["name"].text() == "Muhammad Ali")
    assert reopened.isVisible() and "typing is back" in reopened.notice.text()


def test_the_date_filter_opens_at_today_and_only_sortable_columns_take_the_arrow(
    qtbot, shell, existing_vault
):
    shell.start()
    window = unlock(qtbot, shell)
    page = window.lists["fir"]
    box = page.date_from
    qtbot.mouseClick(box, LEFT, pos=QPoint(box.width() - 6, box.height() // 2))  # the arrow
    calendar = page.date_from.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = QDate(shell.tasks.now().date())
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert page.date_from.date() == page.date_from.minimumDate()  # still "any"
    calendar.window().hide()

    header = page.table.horizontalHeader()
    assert header.sortIndicatorSection() == 4
    title_x = header.sectionViewportPosition(2) + 5
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(title_x, 5))
    assert header.sortIndicatorSection() == 4  # names do not sort: the arrow stays
    qtbot.mouseClick(
        header.viewport(),
        LEFT,
        pos=QPoint(header.sectionViewportPosition(0) + 5, 5),
    )
    assert header.sortIndicatorSection() == 0
