"""The complaint register at the front desk, driven as a clerk would: receive a complaint, hand
over its slip, convert it to an FIR that opens filled from it, and see both records linked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fieldclient.ui.record_list_model import OVERDUE_COLOUR, RECORD_ID_ROLE, RecordListModel
from fieldclient.vault.repository import RecordQuery
from tests.gui import test_forms
from tests.gui.test_forms import WAIT_MS, idle, press_ctrl_s, type_text
from tests.helpers.documents import enroll_without_server
from tests.helpers.documents_check import decoded_qr_texts, page_texts
from tests.helpers.payloads import complaint_payload, hours_ago

# The form fixtures of test_forms, shared here.
unexpected_failures = test_forms.unexpected_failures
tasks = test_forms.tasks
services = test_forms.services
open_record_form = test_forms.open_record_form

URDU_COMPLAINT = "ہمسایہ روزانہ دھمکیاں دیتا ہے۔ "


def fill_complaint(qtbot, form) -> None:
    complainant = form.complainant
    qtbot.keyClicks(complainant["name"], "Shabana Bibi")
    qtbot.keyClicks(complainant["father_name"], "Gul Khan")
    qtbot.keyClicks(complainant["cnic"], "17301-2345678-2")
    qtbot.keyClicks(complainant["phone"], "03123456789")
    qtbot.keyClicks(complainant["address"], "Gulbahar No. 2, Peshawar")
    type_text(form.details, URDU_COMPLAINT)
    qtbot.keyClicks(form.details, "The neighbour threatens the family every night.")
    qtbot.keyClick(form.occurred_at, Qt.Key.Key_Down)  # the year section: one year back
    qtbot.keyClicks(form.place, "Gulbahar No. 2, street 7")
    qtbot.keyClicks(form.against.boxes[0].name, "Rashid Khan")


def test_a_complaint_is_received_its_slip_printed_and_converted_to_an_fir(
    qtbot, open_record_form, services, tmp_path, monkeypatch
):
    enroll_without_server(services.session)
    form = open_record_form("complaint")
    fill_complaint(qtbot, form)
    qtbot.keyClick(form.received_via, Qt.Key.Key_Down)  # front desk -> phone
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    received = services.records.get(form.record_id)
    assert received.status == "received" and received.data["received_via"] == "phone"
    assert received.data["complainant"]["phone"] == "0312-3456789"
    assert received.data["details"].startswith(URDU_COMPLAINT.strip())
    assert received.data["against"] == [{"name": "Rashid Khan"}]
    assert received.provisional_number in form.header.text()

    target = tmp_path / "slip.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF files (*.pdf)")
    )
    assert form.print_button.isVisible()
    save_action = next(a for a in form.print_button.menu().actions() if "PDF" in a.text())
    save_action.trigger()
    qtbot.waitUntil(lambda: "Document saved" in form.notice.text(), timeout=WAIT_MS)
    text = " ".join(page_texts(target))
    assert received.provisional_number in text and "Shabana Bibi" in text
    [qr_text] = decoded_qr_texts(target)
    assert services.documents.verify_text(qr_text).authentic

    qtbot.mouseClick(form.convert_button, Qt.MouseButton.LeftButton)
    fir_form = form.fir_form
    qtbot.waitExposed(fir_form)
    idle(qtbot, form.tasks)
    assert fir_form.informant["name"].text() == "Shabana Bibi"
    assert fir_form.informant["phone"].text() == "0312-3456789"
    assert fir_form.accused.boxes[0].name.text() == "Rashid Khan"
    assert fir_form.narrative.toPlainText().startswith(URDU_COMPLAINT.strip())
    assert received.provisional_number in fir_form.notice.text()

    press_ctrl_s(qtbot, fir_form)  # no offence yet: refused, nothing stored
    assert "offence" in fir_form.error_rows()["offences"].error_text.lower()
    assert services.records.get(received.id).status == "received"

    qtbot.keyClicks(fir_form.offences.filter, "506 intimidation")
    qtbot.keyClick(fir_form.offences.filter, Qt.Key.Key_Return)
    press_ctrl_s(qtbot, fir_form)
    qtbot.waitUntil(lambda: fir_form.record_id is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: form.record.status == "converted", timeout=WAIT_MS)
    fir = services.records.get(fir_form.record_id)
    converted = services.records.get(received.id)
    assert fir.status == "draft" and fir.data["complaint_id"] == received.id
    assert fir.data["offences"] == ["PPC 506"]
    assert converted.data["fir_id"] == fir.id
    assert converted.history[-1]["to"] == "converted"
    assert form.action_box.isHidden() and form.read_only
    fir_form.close()


def test_marking_for_inquiry_needs_the_officer_and_filing_needs_a_reason(
    qtbot, open_record_form, services
):
    form = open_record_form("complaint")
    fill_complaint(qtbot, form)
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)

    qtbot.mouseClick(form.inquiry_button, Qt.MouseButton.LeftButton)
    assert "required" in form.inquiry_row.error_text
    qtbot.keyClicks(form.inquiry_officer, "KP-77")
    qtbot.mouseClick(form.inquiry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record.status == "inquiry", timeout=WAIT_MS)
    assert services.records.get(form.record_id).data["inquiry_officer"] == "KP-77"
    assert form.read_only and not form.inquiry_button.isEnabled()

    assert form.status_panel.status.currentData() == "filed"
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    assert "required" in form.status_panel.reason_row.error_text
    qtbot.keyClicks(form.status_panel.reason, "Settled between the parties")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record.status == "filed", timeout=WAIT_MS)
    assert services.records.get(form.record_id).history[-1]["reason"] == (
        "Settled between the parties"
    )


def test_a_complaint_pending_past_the_limit_shows_as_overdue_in_the_list(qtbot, tasks, services):
    old = {**complaint_payload(), "received_at": hours_ago(24 * 9), "occurred_at": hours_ago(240)}
    overdue = services.records.create("complaint", old)
    fresh = services.records.create("complaint", complaint_payload("Noor Jehan"))
    filed = services.records.create(
        "complaint", {**old, "complainant": {"name": "Gul Bano", "phone": "03001112223"}}
    )
    services.records.transition(filed.id, "filed", "settled")
    model = RecordListModel(tasks, RecordQuery(record_type="complaint"))
    model.overdue_days = 7
    model.reload()
    qtbot.waitUntil(lambda: model.rowCount() == 3, timeout=WAIT_MS)
    idle(qtbot, tasks)
    status = {
        model.data(model.index(row, 0), RECORD_ID_ROLE): model.index(row, 1).data()
        for row in range(3)
    }
    assert status[overdue.id] == "received — overdue"
    assert status[fresh.id] == "received"
    assert status[filed.id] == "filed"
    red = model.index(
        next(r for r in range(3) if model.data(model.index(r, 0), RECORD_ID_ROLE) == overdue.id), 1
    ).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.name() == OVERDUE_COLOUR
