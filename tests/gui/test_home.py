"""The home screen for the day, a flagged tenant that cannot be missed, and every record's status
history, driven as an officer would."""

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.record_list_model import ALERT_BACKGROUND
from tests.gui.conftest import unlock, wait_for_tasks
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import challan_payload, fir_payload, hours_ago, tenant_payload

LEFT = Qt.MouseButton.LeftButton
REASON = "FIR 12/2023 at PS Gulbahar"
RETURNED = "reference 2 has no CNIC"
ISOLATES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069"))


def plain(text: str) -> str:
    """Without the directional isolates that keep Latin pieces in order in Urdu lines."""
    return text.translate(ISOLATES)


@pytest.fixture
def day_vault(data_dir: Path) -> Path:
    """Two draft FIRs (one registered since), a flagged tenant, a verified one, a challan past
    its due date (serial 23: 10 days to pay) and one within it."""
    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    records = RecordService(session)
    records.create("fir", fir_payload("Gul Zaman"))
    registered = records.create("fir", fir_payload("Akbar Ali"))
    records.transition(registered.id, "registered", "entered in the daily diary")
    for hours in (15 * 24, 2 * 24):
        records.create(
            "challan", {**challan_payload(), "violations": ["23"], "issued_at": hours_ago(hours)}
        )
    for name, status, reason in (("Zahid Khan", "flagged", REASON), ("Sher Ali", "verified", None)):
        tenant = records.create("tenant", tenant_payload(name))
        entry = {
            "id": f"check-{name}",
            "at": tenant.created_at,
            "by": None,
            "from": "submitted",
            "to": status,
            "reason": reason,
        }
        checked = dataclasses.replace(tenant, status=status, history=[*tenant.history, entry])
        with session.vault.transaction():  # as a pull from the central check writes it
            session.writer.write_records([checked])
    returned = records.create("tenant", tenant_payload("Gul Khan"))
    records.transition(returned.id, "returned_for_correction", RETURNED)
    session.close()
    return data_dir


def _home_button(qtbot, window, words: str) -> QPushButton:
    button = next(b for b in window.home.buttons if words in b.text())
    qtbot.waitUntil(button.isVisible)  # shown once the page has laid it out
    return button


def test_the_home_screen_lists_what_is_waiting_and_each_opens_in_one_click(qtbot, shell, day_vault):
    shell.start()
    window = unlock(qtbot, shell)
    assert window.pages.currentWidget() is window.home  # the day first
    qtbot.waitUntil(lambda: len(window.home.buttons) >= 3)
    wait_for_tasks(qtbot, shell)  # the last count has arrived: its buttons stay
    texts = [b.text() for b in window.home.buttons]
    assert "1 draft FIR(s) not yet registered" in texts
    assert "1 tenant record(s) flagged by the record check" in texts
    assert "1 tenant record(s) returned for correction" in texts
    assert "1 overdue: Challans" in texts  # derived from the due date, never set by hand
    assert any("change(s) not yet sent to the server" in t for t in texts)

    qtbot.mouseClick(_home_button(qtbot, window, "flagged"), LEFT)
    tenants = window.lists["tenant"]
    assert window.pages.currentWidget() is tenants
    qtbot.waitUntil(lambda: tenants.model.rowCount() == 1)
    assert tenants.status_filter.currentData() == "flagged"
    status_cell = tenants.model.index(0, 1)
    qtbot.waitUntil(lambda: REASON in plain(status_cell.data() or ""))  # the reason, on the row
    assert status_cell.data(Qt.ItemDataRole.BackgroundRole) == ALERT_BACKGROUND

    window.show_page("home")
    wait_for_tasks(qtbot, shell)
    qtbot.mouseClick(_home_button(qtbot, window, "draft FIR"), LEFT)
    firs = window.lists["fir"]
    qtbot.waitUntil(lambda: firs.model.rowCount() == 1)
    assert firs.status_filter.currentData() == "draft"


def test_a_returned_tenant_waits_for_the_clerk_with_the_objections(qtbot, shell, day_vault):
    shell.start()
    window = unlock(qtbot, shell)
    qtbot.waitUntil(lambda: any("returned" in b.text() for b in window.home.buttons))
    wait_for_tasks(qtbot, shell)
    qtbot.mouseClick(_home_button(qtbot, window, "returned"), LEFT)
    tenants = window.lists["tenant"]
    assert window.pages.currentWidget() is tenants
    qtbot.waitUntil(lambda: tenants.model.rowCount() == 1)
    assert tenants.status_filter.currentData() == "returned_for_correction"
    status_cell = tenants.model.index(0, 1)
    qtbot.waitUntil(lambda: RETURNED in plain(status_cell.data() or ""))  # the objections


def test_a_flagged_tenant_shows_why_and_every_record_its_status_history(qtbot, shell, day_vault):
    shell.start()
    window = unlock(qtbot, shell)
    tenants = window.lists["tenant"]
    window.show_filtered("tenant", "flagged")
    qtbot.waitUntil(lambda: tenants.model.rowCount() == 1 and bool(tenants.model.record_id(0)))
    form = window.open_form("tenant", tenants.model.record_id(0))
    qtbot.waitUntil(lambda: form.flag.isVisible())
    assert plain(form.flag.text()) == f"Flagged by the central record check: {REASON}"
    assert form.history.isVisible()
    assert f"submitted → flagged, by the central server: {REASON}" in plain(
        form.history.lines.text()
    )
    form.close()

    window.show_filtered("fir", "registered")
    firs = window.lists["fir"]
    qtbot.waitUntil(lambda: firs.model.rowCount() == 1 and bool(firs.model.record_id(0)))
    fir_form = window.open_form("fir", firs.model.record_id(0))
    qtbot.waitUntil(lambda: fir_form.history.isVisible())
    line = plain(fir_form.history.lines.text())
    assert "draft → registered" in line and OFFICER_BADGE in line
    assert "entered in the daily diary" in line
    wait_for_tasks(qtbot, shell)


def test_an_unsaved_form_is_one_click_from_the_home_screen(qtbot, shell, day_vault):
    shell.start()
    window = unlock(qtbot, shell)
    form = window.open_form("fir")
    qtbot.keyClicks(form.informant["name"], "Muhammad Ali")
    form.close()  # kept as a draft
    wait_for_tasks(qtbot, shell)
    window.refresh_all()
    qtbot.waitUntil(lambda: any("Unsaved FIR form" in b.text() for b in window.home.buttons))
    wait_for_tasks(qtbot, shell)
    qtbot.mouseClick(_home_button(qtbot, window, "Unsaved FIR form"), LEFT)
    reopened = [f for f in window.findChildren(RecordForm) if f.isVisible()]
    assert len(reopened) == 1 and reopened[0].record_type == "fir"
