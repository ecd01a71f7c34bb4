"""The person view from any screen, and the notice a form shows while a clerk types a CNIC."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from fieldclient.ui.person_dialog import PersonDialog
from fieldclient.vault.repository import RecordQuery
from tests.gui import test_forms
from tests.gui.conftest import unlock, wait_for_tasks
from tests.gui.test_forms import WAIT_MS, idle
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD
from tests.helpers.payloads import challan_payload, fir_payload

# The form fixtures of test_forms, shared here.
unexpected_failures = test_forms.unexpected_failures
tasks = test_forms.tasks
services = test_forms.services
open_record_form = test_forms.open_record_form

DRIVER = "35202-1234567-3"  # challan_payload's driver


def test_a_cnic_typed_into_a_form_tells_what_the_station_has_and_flags_a_duplicate(
    qtbot, open_record_form, services
):
    services.records.create("challan", challan_payload())
    services.records.create("fir", {**fir_payload(), "accused": [{"name": "B", "cnic": DRIVER}]})
    form = open_record_form("challan")
    assert form.person_notice.isHidden()
    qtbot.keyClicks(form.driver["cnic"], DRIVER[:-1])  # not yet a whole CNIC: nothing asked
    idle(qtbot, form.tasks)
    assert form.person_notice.isHidden()
    qtbot.keyClicks(form.driver["cnic"], DRIVER[-1])
    qtbot.waitUntil(form.person_notice.isVisible, timeout=WAIT_MS)
    notice = form.person_notice.text()
    assert "1 × challan as driver (unpaid)" in notice
    assert "1 × FIR as accused" in notice
    assert "Possible duplicate: challan" in notice
    assert services.records.count(RecordQuery(record_type="challan")) == 1  # nothing stored
    form.driver["cnic"].clear()
    qtbot.waitUntil(form.person_notice.isHidden, timeout=WAIT_MS)


def test_the_person_view_opens_from_any_screen_and_lists_every_record(qtbot, shell, existing_vault):
    session = open_session(existing_vault, OFFICER_BADGE, OFFICER_PASSWORD)
    records = RecordService(session)
    challan = records.create("challan", challan_payload())
    fir = records.create("fir", {**fir_payload(), "accused": [{"name": "B", "cnic": DRIVER}]})
    session.close()
    shell.start()
    window = unlock(qtbot, shell)
    window.show_page("fir")
    wait_for_tasks(qtbot, shell)
    qtbot.keyClick(
        window,
        Qt.Key.Key_P,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: _person_dialog() is not None, timeout=WAIT_MS)
    dialog = _person_dialog()
    qtbot.keyClicks(dialog.identity, "3520212345673")
    qtbot.keyClick(dialog.identity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=WAIT_MS)
    rows = {
        dialog.table.item(row, 0).data(Qt.ItemDataRole.UserRole): (
            dialog.table.item(row, 0).text(),
            dialog.table.item(row, 1).text(),
            dialog.table.item(row, 3).text(),
        )
        for row in range(2)
    }
    assert rows == {
        challan.id: ("challan", "driver", "issued"),
        fir.id: ("FIR", "accused", "draft"),
    }
    assert "2" in dialog.summary.text()
    dialog.close()


def _person_dialog() -> PersonDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, PersonDialog)]
    return found[0] if found else None
