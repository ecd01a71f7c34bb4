"""The record forms, driven the way an officer would: typing, clicking, Ctrl+S; stored data checked
by reading back through the services."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QImage, QKeyEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.services.station import StationServices
from fieldclient.ui.forms import open_form
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.repository import RecordQuery
from tests.helpers.documents import enroll_without_server
from tests.helpers.documents_check import decoded_qr_texts, page_texts
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME
from tests.helpers.payloads import fir_payload

URDU_NARRATIVE = "میری موٹر سائیکل چوری ہو گئی۔ "
WAIT_MS = 10_000


# ---- helpers ---------------------------------------------------------------------------------


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard does, Urdu included (QTest.keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def press_ctrl_s(qtbot, form: QWidget) -> None:
    qtbot.keyClick(form, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def unexpected_failures() -> list[Exception]:
    return []


@pytest.fixture
def tasks(qtbot, session, unexpected_failures) -> Iterator[Tasks]:
    running = Tasks(report_failure=unexpected_failures.append)
    running.open_session(lambda: session)
    qtbot.waitUntil(lambda: running.in_flight == 0, timeout=WAIT_MS)
    yield running
    running.shutdown()
    assert unexpected_failures == []


@pytest.fixture
def services(session) -> StationServices:
    """For reading back what the forms stored (only while the DB thread is idle)."""
    return StationServices.for_session(session)


@pytest.fixture
def questions(monkeypatch) -> list[str]:
    """Answer Yes to every QMessageBox.question; the texts asked are kept."""
    asked: list[str] = []

    def answer_yes(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    return asked


@pytest.fixture
def open_record_form(qtbot, tasks) -> Iterator[Callable[..., RecordForm]]:
    parent = QWidget()
    qtbot.addWidget(parent)
    opened: list[RecordForm] = []

    def open_(record_type: str, record_id: str | None = None) -> RecordForm:
        form = open_form(parent, tasks, record_type, record_id)
        opened.append(form)
        qtbot.waitExposed(form)
        form.activateWindow()
        idle(qtbot, tasks)
        return form

    yield open_
    for form in opened:
        if shiboken6.isValid(form):
            form.close()
    idle(qtbot, tasks)


def idle(qtbot, tasks: Tasks) -> None:
    qtbot.waitUntil(lambda: tasks.in_flight == 0, timeout=WAIT_MS)


def read_vault(qtbot, tasks: Tasks, read: Callable[[StationServices], object]) -> object:
    """Read through the DB thread (safe while a form may be writing a draft)."""
    results: list[object] = []
    tasks.run_db(read, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    return results[0]


# ---- FIR -------------------------------------------------------------------------------------


def fill_fir(qtbot, form) -> None:
    qtbot.keyClicks(form.informant["name"], "Muhammad Ali")
    fill_fir_except_name_and_narrative(qtbot, form)
    type_text(form.narrative, URDU_NARRATIVE)
    qtbot.keyClicks(form.narrative, "The motorcycle was parked outside the shop.")


def fill_fir_except_name_and_narrative(qtbot, form) -> None:
    qtbot.keyClicks(form.informant["father_name"], "Ali Khan")
    qtbot.keyClicks(form.informant["cnic"], "17101-1234567-1")
    qtbot.keyClicks(form.informant["phone"], "03001234567")
    qtbot.keyClicks(form.informant["address"], "Mohalla Tatara, Peshawar")
    qtbot.keyClicks(form.offences.filter, "379 theft")
    qtbot.keyClick(form.offences.filter, Qt.Key.Key_Return)
    qtbot.keyClick(form.occurred_at, Qt.Key.Key_Down)  # the year section: one year back
    qtbot.keyClicks(form.place, "Near Tatara chowk")
    accused = form.accused.boxes[0]
    qtbot.mouseClick(accused.unknown, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(accused.description, "two young men on a motorcycle")


def test_register_an_fir_then_add_a_statement_and_change_status(
    qtbot, open_record_form, services, questions
):
    form = open_record_form("fir")
    fill_fir(qtbot, form)
    assert form.offences.codes() == ["PPC 379"]

    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    draft = services.records.get(form.record_id)
    assert draft.status == "draft"
    assert draft.data["narrative"].startswith(URDU_NARRATIVE.strip())
    assert draft.data["informant"]["phone"] == "0300-1234567"
    assert draft.data["accused"] == [
        {"unknown": True, "description": "two young men on a motorcycle"}
    ]
    assert int(draft.data["occurred_at"][:4]) < int(draft.data["reported_at"][:4])

    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    assert "daily-diary" in form.error_rows()["diary_no"].error_text
    assert services.records.get(form.record_id).status == "draft"

    qtbot.keyClicks(form.diary_no, "14")
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    assert "read the information over" in form.error_rows()["read_over_to_informant"].error_text
    qtbot.mouseClick(form.read_over, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    assert "more than 24 hours" in form.error_rows()["delay_reason"].error_text
    assert questions == [] and services.records.get(form.record_id).status == "draft"
    type_text(form.delay_reason, "مدعی ہسپتال میں تھا")
    qtbot.mouseClick(form.register_button, Qt.MouseButton.LeftButton)
    assert any("Register this FIR" in text for text in questions)
    qtbot.waitUntil(lambda: form.record.status == "registered", timeout=WAIT_MS)
    registered = services.records.get(form.record_id)
    assert registered.status == "registered"
    assert registered.data["diary_no"] == "14"
    assert form.read_only
    assert form.narrative.isReadOnly() and form.informant["name"].isReadOnly()
    assert not form.accused.add_button.isEnabled()
    assert form.save_button.isHidden() and form.register_button.isHidden()

    type_text(form.statements.text, "ملزم کی شناخت ہو گئی۔")
    qtbot.mouseClick(form.statements.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(form.record.statements) == 1, timeout=WAIT_MS)
    assert services.records.get(form.record_id).statements[0]["text"] == "ملزم کی شناخت ہو گئی۔"

    assert form.status_panel.status.currentData() == "under_investigation"
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    assert "required" in form.status_panel.reason_row.error_text
    qtbot.keyClicks(form.status_panel.reason, "Investigation officer appointed")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record.status == "under_investigation", timeout=WAIT_MS)
    assert services.records.get(form.record_id).history[-1]["reason"] == (
        "Investigation officer appointed"
    )


def test_fir_errors_show_under_their_fields_as_the_officer_types(qtbot, open_record_form, services):
    form = open_record_form("fir")
    qtbot.keyClicks(form.informant["cnic"], "1234")
    assert "13 digits" in form.error_rows()["informant.cnic"].error_text
    assert form.error_rows()["informant.name"].error_text == ""  # untouched: no nagging yet

    press_ctrl_s(qtbot, form)
    idle(qtbot, form.tasks)
    name_row = form.error_rows()["informant.name"]
    assert name_row.error_text == "Name: is required"  # every message names its field
    assert form.error_rows()["accused.0.name"].error_text.startswith("Name: is required")
    assert name_row.editor.property("fieldError") is True  # marked red, as the banner says
    clean = [r for r in form.error_rows().values() if not r.error_text and r.marked_widget()]
    assert clean and not any(row.marked_widget().property("fieldError") for row in clean)
    assert form.focusWidget() is name_row.editor  # the cursor is on the first field to fix
    assert form.record_id is None
    assert services.records.count(RecordQuery(record_type="fir")) == 0


def test_an_fir_with_every_register_field_filled_the_way_a_clerk_does(
    qtbot, open_record_form, services, tmp_path
):
    """Informant without CNIC or phone, a complainant, an other-law offence with its clause, a
    range of time, place, property, signature image, officers: all stored as typed."""
    form = open_record_form("fir")
    qtbot.keyClicks(form.informant["name"], "Gul Bibi")
    qtbot.keyClicks(form.informant["father_name"], "Noor Khan")
    qtbot.keyClicks(form.informant["address"], "Khazana camp, Peshawar")
    qtbot.keyClicks(form.id_document_kind, "PoR")
    qtbot.keyClicks(form.id_document_number, "PoR-778899")
    qtbot.keyClicks(form.complainant["name"], "ASI Tariq Mehmood")
    qtbot.keyClicks(form.complainant["age"], "41")
    qtbot.keyClicks(form.complainant["occupation"], "police officer")
    qtbot.keyClicks(form.offences.filter, "cnsa 9(c)")
    qtbot.keyClick(form.offences.filter, Qt.Key.Key_Return)
    qtbot.keyClicks(form.offences.filter, "AO 13")
    qtbot.keyClick(form.offences.filter, Qt.Key.Key_Return)
    assert form.offences.codes() == ["CNSA 9(c)", "AO 13"]
    qtbot.mouseClick(form.over_a_period, Qt.MouseButton.LeftButton)
    qtbot.keyClick(form.occurred_at, Qt.Key.Key_Down)  # from: a year back
    qtbot.keyClicks(form.delay_reason, "recovered during patrolling")
    qtbot.keyClicks(form.place, "Ring Road")
    qtbot.keyClicks(form.distance, "2.5")
    qtbot.keyClicks(form.direction, "North-e")
    qtbot.keyClicks(form.beat, "Chowki Khazana")
    for column, text in ((0, "Honda CD-70"), (1, "85000")):
        form.property_taken.table.setCurrentCell(0, column)
        qtbot.keyClick(form.property_taken.table, Qt.Key.Key_F2)  # edit the cell
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    type_text(form.narrative, URDU_NARRATIVE)
    qtbot.mouseClick(form.read_over, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.signed_with, "Thumb")
    picture = tmp_path / "thumb.png"
    png = write_png(picture)
    form.choose_signature(str(picture))
    idle(qtbot, form.tasks)
    accused = form.accused.boxes[0]
    qtbot.keyClicks(accused.name, "Gul Khan")
    qtbot.keyClicks(form.investigating_officer["name"], "Sajid Khan")
    qtbot.keyClicks(form.investigating_officer["rank"], "SI")
    qtbot.keyClicks(form.steps_taken, "SI Sajid Khan sent to the spot")
    qtbot.mouseClick(form.copies_sent.given, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(form.recording_officer["name"], "Imran Ali")
    qtbot.keyClicks(form.recording_officer["rank"], "ASI")
    qtbot.keyClicks(form.recording_officer["belt_no"], "PSH-77")

    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    data = services.records.get(form.record_id).data
    assert "cnic" not in data["informant"] and "phone" not in data["informant"]
    assert data["informant"]["id_document"] == {"kind": "por_card", "number": "PoR-778899"}
    assert data["complainant"] == {
        "name": "ASI Tariq Mehmood",
        "age": 41,
        "occupation": "police officer",
    }
    assert data["offences"] == ["CNSA 9(c)", "AO 13"]
    assert "occurred_at" not in data
    assert data["occurred_from"] < data["occurred_to"] <= data["reported_at"]
    assert data["delay_reason"] == "recovered during patrolling"
    assert (data["distance_from_station_km"], data["direction_from_station"]) == (
        2.5,
        "north_east",
    )
    assert data["beat"] == "Chowki Khazana"
    assert data["property_carried_off"] == [{"description": "Honda CD-70", "value": 85000}]
    assert data["read_over_to_informant"] is True
    assert data["informant_signed_with"] == "thumb_impression"
    assert services.records.photo(data["photos"]["informant_signature"])[1] == png
    assert data["investigating_officer"] == {"name": "Sajid Khan", "rank": "SI"}
    assert data["steps_taken"] == "SI Sajid Khan sent to the spot"
    assert data["report_to_magistrate_sent_at"] >= data["reported_at"]
    assert data["recording_officer"] == {"name": "Imran Ali", "rank": "ASI", "belt_no": "PSH-77"}

    record_id = form.record_id
    form.close()
    again = open_record_form("fir", record_id)
    assert again.over_a_period.isChecked() and again.occurred_to.isEnabled()
    assert again.direction.value() == "north_east" and again.distance.text() == "2.5"
    assert again.property_taken.payload() == [{"description": "Honda CD-70", "value": "85000"}]
    assert again.id_document_kind.value() == "por_card"
    assert again.payload()["complainant"]["age"] == "41"


def test_fir_without_cnic_asks_for_another_document_under_the_cnic(
    qtbot, open_record_form, services
):
    form = open_record_form("fir")
    fill_fir(qtbot, form)
    form.informant["cnic"].clear()
    press_ctrl_s(qtbot, form)
    idle(qtbot, form.tasks)
    assert "another identity document" in form.error_rows()["informant.cnic"].error_text
    assert form.record_id is None
    qtbot.keyClicks(form.informant["no_id_reason"], "a child of 12; has no card")
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    assert services.records.get(form.record_id).data["informant"]["no_id_reason"] == (
        "a child of 12; has no card"
    )


def test_a_long_message_under_a_field_is_not_clipped(qtbot, open_record_form):
    form = open_record_form("fir")
    form.resize(640, 720)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.informant["cnic"], "1234 and some more words to make it wrap")
    label = form.error_rows()["informant.cnic"].error_label
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    assert label.heightForWidth(label.width()) > label.fontMetrics().lineSpacing()  # wrapped


# ---- keyboard --------------------------------------------------------------------------------


def test_down_moves_through_the_ppc_matches_and_return_adds_the_highlighted_one(
    qtbot, open_record_form
):
    form = open_record_form("fir")
    picker = form.offences
    qtbot.keyClicks(picker.filter, "41")
    first = picker.matches.currentItem().data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    second = picker.matches.currentItem().data(Qt.ItemDataRole.UserRole)
    assert second != first
    qtbot.keyClick(picker.filter, Qt.Key.Key_Up)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert picker.codes() == [second]  # the highlighted one, not the first match


def test_ppc_sections_are_found_with_urdu_digits(qtbot, open_record_form):
    form = open_record_form("fir")
    type_text(form.offences.filter, "۳۷۹")
    qtbot.keyClick(form.offences.filter, Qt.Key.Key_Return)
    assert form.offences.codes() == ["PPC 379"]
    type_text(form.offences.filter, "چوری")  # no Urdu names in the reference data yet: said so
    assert form.offences.no_match.isVisibleTo(form)
    assert "number" in form.offences.no_match.text()


def test_tab_visits_the_accused_fields_before_add_another_accused(qtbot, open_record_form):
    form = open_record_form("fir")
    accused = form.accused
    box = accused.boxes[0]
    assert _next_focus(box.remove_button) is accused.add_button
    qtbot.mouseClick(accused.add_button, Qt.MouseButton.LeftButton)
    second = accused.boxes[1]
    assert _next_focus(box.remove_button) is second.unknown
    assert _next_focus(second.remove_button) is accused.add_button


def _next_focus(widget: QWidget) -> QWidget:
    """The next widget Tab would reach (skipping those that take no focus by Tab)."""
    candidate = widget.nextInFocusChain()
    while not candidate.focusPolicy() & Qt.FocusPolicy.TabFocus:
        candidate = candidate.nextInFocusChain()
    return candidate


def choose(qtbot, combo, value: str) -> None:
    """Pick the entry holding `value` the way a keyboard user does: focus, then arrow keys."""
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _step in range(combo.count()):
        if combo.currentData() == value:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentData() == value


def test_a_draft_is_refused_with_a_reason_not_cancelled(qtbot, open_record_form, services):
    draft = services.records.create("fir", fir_payload())
    form = open_record_form("fir", draft.id)
    offered = [
        form.status_panel.status.itemData(i) for i in range(form.status_panel.status.count())
    ]
    assert offered == ["refused", "non_cognizable"]
    choose(qtbot, form.status_panel.status, "refused")
    qtbot.keyClicks(form.status_panel.reason, "a dispute over rent; civil matter")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record.status == "refused", timeout=WAIT_MS)
    stored = services.records.get(draft.id)
    assert (stored.status, stored.history[-1]["reason"]) == (
        "refused",
        "a dispute over rent; civil matter",
    )


def test_cancellation_is_proposed_then_completed_with_the_magistrates_order(
    qtbot, open_record_form, services
):
    fir = services.records.create("fir", fir_payload())
    services.records.transition(fir.id, "registered", "Diary 14")
    services.records.transition(fir.id, "under_investigation", "IO appointed")
    # only the IO proposes cancellation (docs/REGISTERS.md §8): the SHO names another SHO and
    # takes the IO's role for this case
    services.session.vault.add_officer("KP-2002", "Second SHO", "second sho password", "sho")
    services.session.vault.set_role(OFFICER_BADGE, "investigating_officer")
    form = open_record_form("fir", fir.id)
    assert "Interim report under s.173 due by" in form.lifecycle.deadline.text()
    assert form.lifecycle.order_no.isHidden()  # the order is recorded after the proposal

    choose(qtbot, form.status_panel.status, "cancellation_proposed")
    qtbot.keyClicks(form.status_panel.reason, "no offence made out")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    idle(qtbot, form.tasks)
    assert services.records.get(fir.id).status == "under_investigation"  # no category yet

    choose(qtbot, form.lifecycle.category, "false_mistake_of_fact")
    qtbot.mouseClick(form.lifecycle.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancellation_proposal" in form.record.data, timeout=WAIT_MS)
    choose(qtbot, form.status_panel.status, "cancellation_proposed")
    qtbot.keyClicks(form.status_panel.reason, "no offence made out")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record.status == "cancellation_proposed", timeout=WAIT_MS)

    assert not form.lifecycle.order_no.isHidden()
    qtbot.keyClicks(form.lifecycle.court, "Judicial Magistrate, Peshawar")
    qtbot.keyClicks(form.lifecycle.order_no, "CR-112/2026")
    qtbot.mouseClick(form.lifecycle.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "cancellation_order" in form.record.data, timeout=WAIT_MS)
    choose(qtbot, form.status_panel.status, "cancelled")
    qtbot.keyClicks(form.status_panel.reason, "Magistrate agreed")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record.status == "cancelled", timeout=WAIT_MS)

    stored = services.records.get(fir.id)
    assert stored.data["cancellation_proposal"] == {"category": "false_mistake_of_fact"}
    assert stored.data["cancellation_order"]["order_no"] == "CR-112/2026"
    assert stored.data["cancellation_order"]["court"] == "Judicial Magistrate, Peshawar"
    assert [entry["to"] for entry in stored.history][-2:] == ["cancellation_proposed", "cancelled"]


# ---- challan ---------------------------------------------------------------------------------


def choose_car(qtbot, form) -> None:
    """Arrow down the vehicle types: — choose —, Motorcycle, Motor car / jeep."""
    qtbot.keyClick(form.vehicle_type, Qt.Key.Key_Down)
    qtbot.keyClick(form.vehicle_type, Qt.Key.Key_Down)
    assert form.vehicle_type.currentData() == "car"


def pick(qtbot, picker, words: str) -> None:
    qtbot.keyClicks(picker.filter, words)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)


def test_issue_a_challan_with_the_fine_shown_as_violations_are_picked(
    qtbot, open_record_form, services, monkeypatch
):
    form = open_record_form("challan")
    qtbot.keyClicks(form.vehicle_reg, "lea 1234")
    choose_car(qtbot, form)
    assert "Choose" in form.fine_label.text()

    pick(qtbot, form.violations, "traffic signal")  # the superseded serial 3 is not offered
    assert form.violations.codes() == ["PB25-SIGNAL"]
    assert "Rs 5,000" in form.fine_label.text()
    pick(qtbot, form.violations, "negligent")
    assert form.violations.codes() == ["PB25-SIGNAL", "PB25-NEGLIGENT"]
    assert "Rs 10,000" in form.fine_label.text()
    assert "no payment window" in form.fine_label.text()

    qtbot.keyClicks(form.driver["name"], "Bilal Ahmed")
    qtbot.keyClicks(form.driver["cnic"], "35202-123")
    cnic_error = form.error_rows()["driver.cnic"].error_text
    assert "CNIC" in cnic_error and "13 digits" in cnic_error
    qtbot.keyClicks(form.location, "Mall Road, Lahore")
    press_ctrl_s(qtbot, form)
    idle(qtbot, form.tasks)
    assert form.record_id is None
    assert services.records.count(RecordQuery(record_type="challan")) == 0
    assert form.general_errors.isVisible()

    qtbot.keyClicks(form.driver["cnic"], "4567-3")
    assert form.error_rows()["driver.cnic"].error_text == ""
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    confirm = form.confirm_box  # issuing is final: asked first, Cancel is the default
    assert confirm.isVisible() and "LEA-1234" in confirm.text() and "Rs 10,000" in confirm.text()
    qtbot.mouseClick(confirm.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    idle(qtbot, form.tasks)
    assert form.record_id is None
    assert services.records.count(RecordQuery(record_type="challan")) == 0
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    issue = next(b for b in form.confirm_box.buttons() if b.text() == "&Issue")
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    challan = services.records.get(form.record_id)
    assert challan.data["vehicle_reg"] == "LEA-1234"
    assert challan.data["fine_total"] == 10000
    assert challan.data["driver"]["cnic"] == "35202-1234567-3"
    assert challan.data["officer"] == {"name": OFFICER_NAME}  # the signed-in officer
    shown_number = challan.number or challan.provisional_number
    assert shown_number and shown_number in form.header.text()
    assert form.read_only and form.vehicle_reg.isReadOnly()
    assert form.payment_ref.text() == "not paid"

    qtbot.mouseClick(form.pay_button, Qt.MouseButton.LeftButton)
    payment = form.payment_dialog
    ok = payment.buttons.button(payment.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)  # empty: refused, naming the field
    assert payment.isVisible()
    assert payment.problem.text().startswith("Payment reference:")
    assert payment.reference.hasFocus() or payment.focusWidget() is payment.reference
    idle(qtbot, form.tasks)
    assert services.records.get(form.record_id).status == "issued"
    qtbot.keyClicks(payment.reference, "HBL-778812")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record.status == "paid", timeout=WAIT_MS)
    paid = services.records.get(form.record_id)
    assert (paid.status, paid.data["payment_ref"]) == ("paid", "HBL-778812")
    assert form.pay_button.isHidden()
    assert form.payment_ref.text() == "HBL-778812"  # shown again, after "Saved."


def test_the_fine_is_not_clipped(qtbot, open_record_form):
    form = open_record_form("challan")
    choose_car(qtbot, form)
    pick(qtbot, form.violations, "traffic signal")
    form.show()
    qtbot.waitExposed(form)
    label = form.fine_label
    needed = label.heightForWidth(label.width())
    assert label.height() >= needed > 0


def test_challan_shows_when_the_table_gives_no_payment_window(qtbot, open_record_form):
    form = open_record_form("challan")
    choose_car(qtbot, form)
    qtbot.keyClicks(form.province, "Khyber")
    assert form.province.currentData() == "Khyber Pakhtunkhwa"
    pick(qtbot, form.violations, "night without headlight")
    assert "Rs 1,000" in form.fine_label.text()
    assert "no payment window in the table" in form.fine_label.text()


def test_a_challan_with_every_ticket_field_filled_the_way_a_warden_does(
    qtbot, open_record_form, services, tmp_path
):
    form = open_record_form("challan")
    assert form.officer["name"].text() == OFFICER_NAME  # filled in from the signed-in officer
    qtbot.keyClicks(form.psid, "1234 5612 3456 7800 00")
    qtbot.keyClicks(form.traffic_sector, "Civil Lines")
    qtbot.keyClicks(form.district, "Lahore")
    qtbot.keyClicks(form.location, "Mall Road")
    qtbot.keyClicks(form.driver["name"], "John Smith")
    qtbot.keyClicks(form.driver["father_name"], "Peter Smith")
    qtbot.keyClicks(form.driver["address"], "Hotel Avari, Lahore")
    press_ctrl_s(qtbot, form)  # no CNIC, no other document: asked for one, under the CNIC
    idle(qtbot, form.tasks)
    assert form.record_id is None
    assert "identity document" in form.error_rows()["driver.cnic"].error_text
    choose(qtbot, form.id_kind, "passport")
    qtbot.keyClicks(form.id_number, "GB1234567")
    qtbot.keyClicks(form.licence["licence_category"], "LTV")
    qtbot.keyClicks(form.vehicle_reg, "lea 1234")
    choose(qtbot, form.vehicle_type, "car_above_2000cc")
    qtbot.keyClicks(form.make, "Toyota Land Cruiser")
    qtbot.keyClicks(form.colour, "black")
    pick(qtbot, form.violations, "traffic signal")
    assert "Rs 15,000" in form.fine_label.text()  # the above-2000cc amount of PB25-SIGNAL
    qtbot.keyClicks(form.seized_kind.lineEdit(), "driving licence")
    qtbot.keyClicks(form.seized_number, "UK-55512")
    qtbot.keyClicks(form.officer["rank"], "Traffic Warden")
    png = write_png(tmp_path / "signature.png")
    form.choose_signature(str(tmp_path / "signature.png"))
    qtbot.waitUntil(lambda: form.signature.attachment_id is not None, timeout=WAIT_MS)
    qtbot.mouseClick(form.refused_to_sign, Qt.MouseButton.LeftButton)
    assert "signature is attached" in form.error_rows()["offender_refused_to_sign"].error_text
    qtbot.mouseClick(form.refused_to_sign, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    issue = next(b for b in form.confirm_box.buttons() if b.text() == "&Issue")
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    data = services.records.get(form.record_id).data
    assert data["psid"] == "123456123456780000"
    assert (data["traffic_sector"], data["district"]) == ("Civil Lines", "Lahore")
    assert data["driver"] == {
        "name": "John Smith",
        "father_name": "Peter Smith",
        "address": "Hotel Avari, Lahore",
        "id_document": {"kind": "passport", "number": "GB1234567"},
        "licence_category": "LTV",
    }
    assert data["vehicle"] == {"make": "Toyota Land Cruiser", "colour": "black"}
    assert (data["vehicle_type"], data["fine_total"]) == ("car_above_2000cc", 15000)
    assert data["seized_document"] == {"kind": "driving licence", "number": "UK-55512"}
    assert data["officer"] == {"name": OFFICER_NAME, "rank": "Traffic Warden"}
    assert services.records.photo(data["photos"]["offender_signature"])[1] == png
    assert "offender_refused_to_sign" not in data

    assert form.after_issue.return_button.isHidden()  # returned on payment, not before
    services.records.edit(form.record_id, {"payment_ref": "BOP-1"})
    services.records.transition(form.record_id, "paid")
    record_id = form.record_id
    form.close()
    again = open_record_form("challan", record_id)
    assert again.seized_kind.currentText() == "driving licence"
    qtbot.mouseClick(again.after_issue.return_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: "seized_document_returned_at" in services.records.get(record_id).data,
        timeout=WAIT_MS,
    )
    idle(qtbot, again.tasks)
    assert again.after_issue.returned.text().startswith("Seized document returned at")


def test_a_contested_challan_ends_with_the_amount_the_court_set(qtbot, open_record_form, services):
    from tests.helpers.payloads import challan_payload

    challan = services.records.create("challan", challan_payload())
    services.records.transition(challan.id, "contested", "driver says the light was green")
    form = open_record_form("challan", challan.id)
    panel = form.after_issue
    assert panel.court_box.isVisible()
    qtbot.mouseClick(panel.court_button, Qt.MouseButton.LeftButton)  # no court named: refused
    idle(qtbot, form.tasks)
    assert services.records.get(challan.id).status == "contested"
    qtbot.keyClicks(panel.court, "Civil Judge, Lahore")
    panel.amount.setValue(2500)
    qtbot.mouseClick(panel.court_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: services.records.get(challan.id).status == "decided_by_court", timeout=WAIT_MS
    )
    decision = services.records.get(challan.id).data["court_decision"]
    assert (decision["court"], decision["amount"]) == ("Civil Judge, Lahore", 2500)
    assert services.records.get(challan.id).data["fine_total"] == challan.data["fine_total"]


def test_superseded_rows_are_not_offered_and_unknown_amounts_say_so(qtbot, open_record_form):
    form = open_record_form("challan")
    choose_car(qtbot, form)
    offered = form.violations._labels
    assert "3" not in offered and "PB25-SIGNAL" in offered
    qtbot.keyClicks(form.province, "Khyber")
    offered = form.violations._labels
    assert "cannot be priced" in offered["KP-HELMET"]
    assert "enactment not verified" in offered["KP24-SIGNAL"]
    pick(qtbot, form.violations, "helmet")
    assert "not guessed" in form.fine_label.text() or "cannot be priced" in form.fine_label.text()


def test_tab_follows_the_ticket(qtbot, open_record_form):
    form = open_record_form("challan")
    for before, after in (
        (form.psid, form.traffic_sector),
        (form.traffic_sector, form.district),
        (form.driver["name"], form.driver["father_name"]),
        (form.driver["address"], form.driver["cnic"]),
        (form.vehicle_reg, form.vehicle_type),
        (form.make, form.colour),
        (form.seized_number, form.officer["name"]),
        (form.officer["name"], form.officer["rank"]),
    ):
        assert _next_focus(before) is after


def test_the_stations_province_fixes_the_fine_table(qtbot, open_record_form):
    form = open_record_form("challan")
    assert form.province.isEnabled()  # a station code typed by hand: the warden chooses
    form._prefill_from_station(("Khyber Pakhtunkhwa", OFFICER_NAME))
    assert form.province.currentData() == "Khyber Pakhtunkhwa"
    assert not form.province.isEnabled()


# ---- tenant ----------------------------------------------------------------------------------


def write_png(path: Path) -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("darkgreen"))
    assert image.save(str(path), "PNG")
    return path.read_bytes()


def fill_tenant(qtbot, form) -> None:
    qtbot.keyClicks(form.landlord["name"], "Haji Gul")
    qtbot.keyClicks(form.landlord["cnic"], "1730176543211")
    qtbot.keyClicks(form.landlord["phone"], "0333-7654321")
    qtbot.keyClicks(form.property_address, "House 12, Street 4, Hayatabad Phase 3, Peshawar")
    type_text(form.tenant["name"], "زاہد خان")
    qtbot.keyClicks(form.tenant["father_name"], "Sher Khan")
    qtbot.keyClicks(form.tenant["cnic"], "15602-1112223-5")
    qtbot.keyClicks(form.tenant["phone"], "+923451112223")
    qtbot.keyClicks(form.tenant["permanent_address"], "Village Kabal, Swat")
    qtbot.keyClicks(form.tenant["occupation"], "Shopkeeper")
    qtbot.keyClick(form.family_count, Qt.Key.Key_Up)  # from "not given" to 0
    qtbot.keyClick(form.family_count, Qt.Key.Key_Up)


def test_register_a_tenant_with_a_photo_and_hand_over_the_receipt(
    qtbot, open_record_form, services, tmp_path
):
    png = write_png(tmp_path / "tenant.png")
    form = open_record_form("tenant")
    fill_tenant(qtbot, form)
    form.choose_photo("tenant", str(tmp_path / "tenant.png"))
    qtbot.waitUntil(lambda: form.photos["tenant"].attachment_id is not None, timeout=WAIT_MS)
    assert form.photos["tenant"].has_preview

    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    record = services.records.get(form.record_id)
    assert record.number and record.number in form.receipt.text()
    assert form.receipt.isVisible()
    assert record.data["tenant"]["name"] == "زاہد خان"
    assert record.data["family_count"] == 1
    assert services.records.photo(record.data["photos"]["tenant"]) == ("image/png", png)


def test_a_file_that_is_not_a_picture_is_refused_under_the_photo(qtbot, open_record_form, tmp_path):
    (tmp_path / "notes.txt").write_text("not a picture")
    form = open_record_form("tenant")
    form.choose_photo("cnic_front", str(tmp_path / "notes.txt"))
    assert "JPEG or PNG" in form.error_rows()["photos.cnic_front"].error_text
    assert form.photos["cnic_front"].attachment_id is None


# ---- drafts ----------------------------------------------------------------------------------


def fir_draft(qtbot, tasks: Tasks):
    return read_vault(qtbot, tasks, lambda services: services.drafts.load("fir:new"))


def test_a_draft_is_kept_on_close_and_restored_when_the_form_opens_again(
    qtbot, open_record_form, tasks, questions
):
    form = open_record_form("fir")
    qtbot.keyClicks(form.informant["name"], "Muhammad Ali")
    type_text(form.narrative, URDU_NARRATIVE)
    qtbot.waitUntil(lambda: fir_draft(qtbot, tasks) is not None, timeout=WAIT_MS)  # typing stopped

    qtbot.keyClick(form.place, Qt.Key.Key_Escape)
    assert any("not saved" in text for text in questions)  # asked before anything is thrown away
    qtbot.waitUntil(lambda: not shiboken6.isValid(form) or not form.isVisible(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    kept = fir_draft(qtbot, tasks)
    assert kept.body["informant"] == {"name": "Muhammad Ali"}
    assert kept.updated_at.endswith("+00:00")  # stored in UTC ...

    again = open_record_form("fir")
    assert "Restore the unsaved FIR you were typing?" in questions
    in_pakistan = datetime.fromisoformat(kept.updated_at).astimezone(PAKISTAN_TIME)
    assert again.notice.text() == (  # ... shown in Pakistan time
        f"Restored the unsaved text from {in_pakistan:%Y-%m-%d %H:%M}."
    )
    assert again.informant["name"].text() == "Muhammad Ali"
    assert again.narrative.toPlainText() == URDU_NARRATIVE.strip()

    fill_fir_except_name_and_narrative(qtbot, again)
    press_ctrl_s(qtbot, again)
    qtbot.waitUntil(lambda: again.record_id is not None, timeout=WAIT_MS)
    idle(qtbot, tasks)
    assert fir_draft(qtbot, tasks) is None  # the saved record took the draft's place
    stored = read_vault(qtbot, tasks, lambda services: services.records.get(again.record_id))
    assert stored.data["narrative"] == URDU_NARRATIVE.strip()


def test_closing_and_throwing_away_leaves_no_draft(qtbot, open_record_form, tasks, monkeypatch):
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.No
    )
    form = open_record_form("fir")
    qtbot.keyClicks(form.informant["name"], "Muhammad Ali")
    qtbot.keyClick(form.informant["name"], Qt.Key.Key_Escape)
    idle(qtbot, tasks)
    assert fir_draft(qtbot, tasks) is None


# ---- stored records --------------------------------------------------------------------------


def test_a_stored_draft_opens_for_editing_and_a_registered_fir_read_only(
    qtbot, open_record_form, services
):
    draft = services.records.create("fir", fir_payload(narrative="پہلا بیان"))
    registered = services.records.create("fir", fir_payload(name="Shah Zeb"))
    services.records.transition(registered.id, "registered", "entered in the daily diary")

    form = open_record_form("fir", draft.id)
    assert form.informant["name"].text() == "Muhammad Ali"
    assert form.narrative.toPlainText() == "پہلا بیان"
    assert not form.read_only
    form.place.selectAll()
    qtbot.keyClicks(form.place, "Outside the Tatara mosque")
    form.informant["address"].selectAll()
    qtbot.keyClick(form.informant["address"], Qt.Key.Key_Delete)
    assert "required" in form.error_rows()["informant.address"].error_text
    qtbot.keyClicks(form.informant["address"], "Gulbahar No. 1")
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.notice.text() == "Saved.", timeout=WAIT_MS)
    edited = services.records.get(draft.id)
    assert edited.data["place"] == "Outside the Tatara mosque"
    assert edited.data["informant"]["address"] == "Gulbahar No. 1"
    assert edited.data["accused"] == draft.data["accused"]

    frozen = open_record_form("fir", registered.id)
    assert frozen.read_only and frozen.place.isReadOnly()
    frozen.resize(640, 720)
    frozen.show()
    qtbot.waitExposed(frozen)
    assert frozen.scroll.viewport().height() > 400  # not a strip above the panels
    writable = open_record_form("fir", draft.id)
    writable.resize(640, 720)
    writable.show()
    qtbot.waitExposed(writable)

    def background(box: QWidget) -> QColor:  # right of the text, inside the frame
        return box.grab().toImage().pixelColor(box.width() - 8, box.height() // 2)

    frozen_colour, writable_colour = background(frozen.place), background(writable.place)
    assert frozen_colour != writable_colour  # a frozen field does not look like a text box
    assert frozen.statements.isVisible() and frozen.register_button.isHidden()
    frozen.offences.matches.setCurrentRow(0)
    frozen.offences.add_highlighted()  # what a double-click would do
    assert frozen.offences.codes() == ["PPC 379"]


def test_a_registered_fir_prints_the_informants_copy_to_pdf_off_the_gui_thread(
    qtbot, open_record_form, services, tmp_path, monkeypatch
):
    enroll_without_server(services.session)
    draft = services.records.create("fir", fir_payload(name="Shah Zeb"))
    registered = services.records.create("fir", fir_payload(narrative=URDU_NARRATIVE))
    services.records.transition(registered.id, "registered", "entered in the daily diary")
    assert open_record_form("fir", draft.id).print_button.isHidden()

    form = open_record_form("fir", registered.id)
    assert form.print_button.isVisible()
    target = tmp_path / "copy.pdf"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "PDF files (*.pdf)")
    )
    save_action = next(a for a in form.print_button.menu().actions() if "PDF" in a.text())
    save_action.trigger()

    qtbot.waitUntil(lambda: "Document saved" in form.notice.text(), timeout=WAIT_MS)
    assert str(target) in form.notice.text()
    [qr_text] = decoded_qr_texts(target)
    assert services.documents.verify_text(qr_text).authentic
    prints = services.session.vault.conn.execute(
        "SELECT count(*) FROM audit WHERE action = 'document.print' AND record_id = ?",
        (registered.id,),
    ).fetchone()[0]
    assert prints == 1
    form.print_button.save_pdf(tmp_path / "no such folder" / "copy.pdf")
    qtbot.waitUntil(lambda: "was not written" in form.notice.text(), timeout=WAIT_MS)
    assert form.print_button.isEnabled()


def test_printing_to_a_printer_draws_the_document_and_counts_the_print(
    qtbot, open_record_form, services, tmp_path
):
    registered = services.records.create("fir", fir_payload())
    services.records.transition(registered.id, "registered", "entered in the daily diary")
    form = open_record_form("fir", registered.id)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))

    form.print_button.print_to(printer)

    qtbot.waitUntil(lambda: "sent to the printer" in form.notice.text(), timeout=WAIT_MS)
    assert "First Information Report" in page_texts(tmp_path / "printer.pdf")[0]
    detail = services.session.vault.conn.execute(
        "SELECT detail FROM audit WHERE action = 'document.print' AND record_id = ?",
        (registered.id,),
    ).fetchone()[0]
    assert '"to": "printer"' in detail
