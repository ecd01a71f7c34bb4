"""The review inbox takes a challan's proposed void and a tenant registration (issue 17.4),
driven through the real widgets on one station PC where officers sign in in turn: a traffic
warden proposes a void from the challan's form and the SHO approves it from the inbox; the SHO
returns a clerk's tenant registration, the clerk sees the reason, corrects and resubmits it, and
it waits in the inbox again."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from fieldclient.domain import review
from fieldclient.services.records import RecordService
from fieldclient.services.review import ReviewService
from fieldclient.services.session import create_vault, open_session
from fieldclient.services.sync import SyncService
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.main_window import MainWindow
from fieldclient.ui.review_page import ReviewPage
from fieldclient.ui.shell import AppShell
from tests.gui.conftest import wait_for_tasks
from tests.gui.test_forms import choose
from tests.gui.test_sync_gui import FAST_RETRY, click_sync_and_wait
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import challan_payload, tenant_payload

LEFT = Qt.MouseButton.LeftButton
WAIT_MS = 30_000  # the machine is shared: generous, never a sleep
PASSWORD = "another officer's password"
WHY_VOID = "the plate was written LEA-1243"
WHY_BACK = "no references given"


@pytest.fixture
def station_pc(data_dir: Path) -> dict[str, str]:
    """A vault whose SHO added a warden and a clerk; the warden's challan and the clerk's
    tenant registration are stored. Returns the record ids."""
    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    session.vault.add_officer("TW-1", "Warden Aslam", PASSWORD, "traffic_warden")
    session.vault.add_officer("CL-1", "Clerk Bano", PASSWORD, "clerk")
    session.close()
    made = {}
    for badge, kind, payload in (
        ("TW-1", "challan", challan_payload()),
        ("CL-1", "tenant", tenant_payload()),
    ):
        session = open_session(data_dir, badge, PASSWORD)
        made[kind] = RecordService(session).create(kind, payload).id
        session.close()
    return made


def sign_in(qtbot, shell: AppShell, badge: str) -> MainWindow:
    screen = shell.unlock_screen
    assert screen is not None
    choose(qtbot, screen.officer, badge)
    qtbot.keyClicks(screen.password, OFFICER_PASSWORD if badge == OFFICER_BADGE else PASSWORD)
    qtbot.mouseClick(screen.unlock_button, LEFT)
    qtbot.waitUntil(lambda: shell.main_window is not None, timeout=WAIT_MS)
    window = shell.main_window  # the shell fixture closes it (sign-outs close the earlier ones)
    wait_for_tasks(qtbot, shell)
    return window


def open_record(qtbot, window: MainWindow, kind: str, record_id: str) -> RecordForm:
    form = window.open_form(kind, record_id)
    assert isinstance(form, RecordForm)  # closed with its window
    qtbot.waitUntil(lambda: form.record is not None, timeout=WAIT_MS)
    return form


def inbox(qtbot, window: MainWindow) -> ReviewPage:
    """The SHO's inbox, one click from the home screen."""
    qtbot.waitUntil(
        lambda: any("waiting for your review" in b.text() for b in window.home.buttons),
        timeout=WAIT_MS,
    )
    waiting = next(b for b in window.home.buttons if "waiting for your review" in b.text())
    qtbot.mouseClick(waiting, LEFT)
    assert window.pages.currentWidget() is window.review
    return window.review


def row_of(page: ReviewPage, kind: str) -> int:
    return next(index for index, row in enumerate(page.rows) if row.record_type == kind)


def stored(data_dir: Path, record_id: str):  # type: ignore[no-untyped-def]
    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        return RecordService(session).get(record_id)
    finally:
        session.close()


def test_a_warden_proposes_a_void_and_the_sho_approves_it_from_the_inbox(
    qtbot, shell, station_pc, data_dir
):
    shell.start()
    window = sign_in(qtbot, shell, "TW-1")
    form = open_record(qtbot, window, "challan", station_pc["challan"])
    panel = form.status_panel
    qtbot.waitUntil(panel.isVisible, timeout=WAIT_MS)
    wait_for_tasks(qtbot, shell)  # the role read: what a warden may not do is not offered
    offered = {panel.status.itemData(index) for index in range(panel.status.count())}
    assert offered == {"contested", "void_proposed"}
    choose(qtbot, panel.status, "void_proposed")
    assert panel.status.currentText() == "void proposed"
    qtbot.mouseClick(panel.change_button, LEFT)
    assert "required" in panel.reason_row.error_text  # a proposal says why
    qtbot.keyClicks(panel.reason, WHY_VOID)
    qtbot.mouseClick(panel.change_button, LEFT)
    qtbot.waitUntil(lambda: form.record.status == "void_proposed", timeout=WAIT_MS)
    qtbot.waitUntil(form.review_banner.isVisible, timeout=WAIT_MS)
    assert form.review_banner.text() == "Waiting for review by: SHO."
    assert not any("waiting for your review" in b.text() for b in window.home.buttons)

    shell.switch_officer()
    window = sign_in(qtbot, shell, OFFICER_BADGE)
    page = inbox(qtbot, window)
    qtbot.waitUntil(lambda: page.table.rowCount() == 2, timeout=WAIT_MS)  # and the tenant
    row = row_of(page, "challan")
    assert page.table.item(row, 1).text() == "void proposed"
    assert page.table.item(row, 2).text() == "TW-1"
    assert page.table.item(row, 4).text() == WHY_VOID
    page.choose_row(row)
    qtbot.mouseClick(page.approve_button, LEFT)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)
    assert page.message.text() == "Approved."
    assert page.rows[0].record_type == "tenant"
    wait_for_tasks(qtbot, shell)
    shell.shutdown()

    voided = stored(data_dir, station_pc["challan"])
    assert voided.status == "voided"
    last = voided.history[-1]
    assert (last["from"], last["by"], last["reason"]) == ("void_proposed", OFFICER_BADGE, WHY_VOID)


def test_a_returned_tenant_is_corrected_resubmitted_and_waits_again(
    qtbot, shell, station_pc, data_dir
):
    tenant_id = station_pc["tenant"]
    shell.start()
    window = sign_in(qtbot, shell, OFFICER_BADGE)
    page = inbox(qtbot, window)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)  # only the tenant
    page.choose_row(row_of(page, "tenant"))
    assert page.table.item(row_of(page, "tenant"), 1).text() == "submitted"
    qtbot.keyClicks(page.reason, WHY_BACK)
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=WAIT_MS)
    assert "next sync" in page.message.text()

    shell.switch_officer()
    window = sign_in(qtbot, shell, "CL-1")
    assert not any("waiting for your review" in b.text() for b in window.home.buttons)
    qtbot.waitUntil(lambda: any(WHY_BACK in b.text() for b in window.home.buttons), timeout=WAIT_MS)
    line = next(b for b in window.home.buttons if WHY_BACK in b.text())
    assert line.text().startswith(f"Returned to you by {OFFICER_BADGE}")
    qtbot.mouseClick(line, LEFT)
    qtbot.waitUntil(lambda: window.findChild(RecordForm) is not None, timeout=WAIT_MS)
    form = window.findChild(RecordForm)
    qtbot.waitUntil(lambda: form.record is not None and form.flag.isVisible(), timeout=WAIT_MS)
    assert WHY_BACK in form.flag.text()
    assert not form.review_banner.isVisible()  # the flag says it once
    for index, name in enumerate(("Amjad Ali", "Naveed Iqbal")):
        qtbot.keyClicks(form.references[index]["name"], name)
        qtbot.keyClicks(form.references[index]["phone"], "03012223334")
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: form.notice.text() == "Saved.", timeout=WAIT_MS)
    choose(qtbot, form.status_panel.status, "submitted")
    qtbot.keyClicks(form.status_panel.reason, "two references added")
    qtbot.mouseClick(form.status_panel.change_button, LEFT)
    qtbot.waitUntil(lambda: form.record.status == "submitted", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not form.flag.isVisible(), timeout=WAIT_MS)
    assert form.review_banner.text() == "Waiting for review by: SHO or Moharrir (duty officer)."

    shell.switch_officer()
    window = sign_in(qtbot, shell, OFFICER_BADGE)
    page = inbox(qtbot, window)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=WAIT_MS)
    row = row_of(page, "tenant")
    assert page.table.item(row, 2).text() == "CL-1"
    assert page.table.item(row, 4).text() == "two references added"
    wait_for_tasks(qtbot, shell)
    shell.shutdown()
    again = stored(data_dir, tenant_id)
    assert again.status == "submitted" and review.waiting(again)
    assert [ref["name"] for ref in again.data["references"]] == ["Amjad Ali", "Naveed Iqbal"]


def test_the_shos_return_shows_on_the_wardens_screen_after_a_sync(
    qtbot, shell, server, admin, station, data_dir, tmp_path
):
    """Two PCs of one station through the real server on loopback: the warden's (in the app)
    and the SHO's (its services, as the SHO's app would call them)."""
    shell.sync_retry = FAST_RETRY
    warden = create_vault(
        data_dir,
        badge="TW-1",
        name="Warden Aslam",
        password=PASSWORD,
        station=station,
        role="traffic_warden",
    )
    SyncService(warden, retry=FAST_RETRY).enroll(server.url, admin.enroll_code(station))
    records = RecordService(warden)
    challan = records.create("challan", challan_payload())
    records.transition(challan.id, "void_proposed", WHY_VOID)
    assert SyncService(warden, retry=FAST_RETRY).sync_once().rejected == 0
    warden.close()

    sho = create_vault(
        tmp_path / "sho", badge="SHO-1", name="SHO Khan", password=PASSWORD, station=station
    )
    try:
        sho_sync = SyncService(sho, retry=FAST_RETRY)
        sho_sync.enroll(server.url, admin.enroll_code(station))
        assert sho_sync.sync_once().error is None
        reviews = ReviewService(RecordService(sho))
        assert [r.id for r in reviews.inbox("sho")] == [challan.id]
        reviews.decide(challan.id, review.RETURNED, "the photo shows LEA-1234")
        assert sho_sync.sync_once().rejected == 0
    finally:
        sho.close()

    shell.start()
    window = sign_in(qtbot, shell, "TW-1")
    click_sync_and_wait(qtbot, shell)
    window.show_page("home")
    window.refresh_all()
    wait_for_tasks(qtbot, shell)
    qtbot.waitUntil(
        lambda: any("LEA-1234" in b.text() for b in window.home.buttons), timeout=WAIT_MS
    )
    line = next(b for b in window.home.buttons if "the photo shows" in b.text())
    assert line.text().startswith("Returned to you by SHO-1: challan")
    qtbot.mouseClick(line, LEFT)
    qtbot.waitUntil(lambda: window.findChild(RecordForm) is not None, timeout=WAIT_MS)
    form = window.findChild(RecordForm)
    qtbot.waitUntil(lambda: form.review_banner.isVisible(), timeout=WAIT_MS)
    assert "Returned by SHO-1" in form.review_banner.text()
    assert "the photo shows LEA-1234" in form.review_banner.text()
    assert form.record.status == "issued"
    form.close()  # a form is a window of its own: closing the main window leaves it open
