"""The supervisor's review inbox (issue 17.4), driven as the SHO would with the keyboard: the
refused FIR waits on the Review page; a return needs a reason; the reason then shows on the
record and on the home screen of the officer who refused it."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldclient.domain import review
from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault, open_session
from fieldclient.ui.forms.record_form import RecordForm
from tests.gui.conftest import unlock, wait_for_tasks
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import fir_payload

WHY = "take the informant's statement again"


@pytest.fixture
def refused_fir(data_dir: Path) -> str:
    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    records = RecordService(session)
    fir = records.create("fir", fir_payload("Gul Zaman"))
    records.transition(fir.id, "refused", "a civil dispute over land")
    records.create("fir", fir_payload("Akbar Ali"))  # a draft: waits for nobody's review
    session.close()
    return fir.id


def test_the_sho_returns_a_refused_fir_with_a_reason_from_the_keyboard(
    qtbot, shell, refused_fir, data_dir
):
    shell.start()
    window = unlock(qtbot, shell)
    qtbot.waitUntil(lambda: any("waiting for your review" in b.text() for b in window.home.buttons))
    wait_for_tasks(qtbot, shell)
    waiting = next(b for b in window.home.buttons if "waiting for your review" in b.text())
    assert waiting.text() == "1 record(s) waiting for your review"
    qtbot.mouseClick(waiting, Qt.MouseButton.LeftButton)  # the SHO's inbox, one click away
    page = window.review
    assert window.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    row = window.navigation.item(window.pages.indexOf(page))
    qtbot.waitUntil(lambda: row.text() == "Review (1)")
    assert page.table.item(0, 1).text() == "refused to register"
    assert page.table.item(0, 2).text() == OFFICER_BADGE
    assert page.table.item(0, 4).text() == "a civil dispute over land"

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.message.text().startswith("Reason:"))
    assert page.reason.hasFocus() or page.focusWidget() is page.reason
    qtbot.keyClicks(page.reason, WHY)
    qtbot.keyClick(page.reason, Qt.Key.Key_Return)  # Return in the box returns the record
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    qtbot.waitUntil(lambda: row.text() == "Review")
    assert "next sync" in page.message.text()

    window.show_page("home")
    wait_for_tasks(qtbot, shell)
    qtbot.waitUntil(lambda: any(WHY in b.text() for b in window.home.buttons))
    line = next(b for b in window.home.buttons if WHY in b.text())
    assert line.text().startswith(f"Returned to you by {OFFICER_BADGE}")
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.findChild(RecordForm) is not None)
    form = window.findChild(RecordForm)
    qtbot.waitUntil(lambda: form.review_banner.isVisible())
    assert WHY in form.review_banner.text()

    form.close()  # a form is a window of its own: closing the main window leaves it open
    window.close()
    shell.shutdown()
    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        stored = RecordService(session).get(refused_fir)
        assert review.returned(stored)["reason"] == WHY
    finally:
        session.close()
