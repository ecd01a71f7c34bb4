"""The daily diary window, driven as a Moharrir would: write entries, close the day, save the
day's register as a PDF, and register an FIR under a new diary entry from the FIR form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.gui import test_forms
from tests.gui.test_forms import WAIT_MS, fill_fir, idle, press_ctrl_s, type_text
from tests.helpers.documents_check import page_texts

# The form fixtures of test_forms, shared here.
unexpected_failures = test_forms.unexpected_failures
tasks = test_forms.tasks
services = test_forms.services
open_record_form = test_forms.open_record_form
questions = test_forms.questions

URDU_ENTRY = "گشت پارٹی صدر روانہ ہوئی۔"


def test_write_entries_close_the_day_and_print_its_register(
    qtbot, open_record_form, services, questions, tmp_path
):
    form = open_record_form("diary")
    type_text(form.text, URDU_ENTRY)
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    first = services.records.get(form.record_id)
    assert (first.data["entry_type"], first.data["text"]) == ("general", URDU_ENTRY)
    assert first.provisional_number in form.header.text()
    assert form.read_only  # an entry is never changed

    second = open_record_form("diary")
    qtbot.keyClick(second.entry_type, Qt.Key.Key_Down)  # general -> s.155 report
    qtbot.keyClicks(second.text, "Report of a quarrel in Mohalla Jangi; parties sent to court.")
    qtbot.mouseClick(second.received_later, Qt.MouseButton.LeftButton)
    qtbot.keyClick(second.received_at, Qt.Key.Key_Down)  # the year back: earlier, as it should
    press_ctrl_s(qtbot, second)
    qtbot.waitUntil(lambda: second.record_id is not None, timeout=WAIT_MS)
    report = services.records.get(second.record_id)
    assert report.data["entry_type"] == "ncr_155" and "received_at" in report.data

    qtbot.mouseClick(second.close_day_button, Qt.MouseButton.LeftButton)
    assert any("Close today's diary now" in text for text in questions)
    qtbot.waitUntil(lambda: "is closed" in second.notice.text(), timeout=WAIT_MS)
    today = services.session.now().date()
    assert services.diary.is_closed(today)

    target = tmp_path / "diary.pdf"
    second.save_register(today, target)
    qtbot.waitUntil(lambda: "Register saved" in second.notice.text(), timeout=WAIT_MS)
    text = " ".join(page_texts(target))
    unwrapped = "".join(text.split())  # a long number wraps inside its narrow column
    for entry in (first, report):
        assert entry.provisional_number in unwrapped
    assert "Mohalla Jangi" in text and "Day closed" in text


def test_an_fir_is_registered_under_a_new_diary_entry(qtbot, open_record_form, services, questions):
    form = open_record_form("fir")
    fill_fir(qtbot, form)
    qtbot.mouseClick(form.read_over, Qt.MouseButton.LeftButton)
    type_text(form.delay_reason, "مدعی ہسپتال میں تھا")  # fill_fir's occurrence is a year back
    qtbot.mouseClick(form.diary_register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: form.record is not None and form.record.status == "registered", timeout=WAIT_MS
    )
    idle(qtbot, form.tasks)
    fir = services.records.get(form.record_id)
    entry = services.records.get(fir.data["diary_entry_id"])
    assert fir.data["diary_no"] == entry.provisional_number
    assert (entry.data["entry_type"], entry.data["record_ref"]) == ("fir", fir.id)
    assert form.diary_register_button.isHidden()
    assert any("new daily-diary entry" in text for text in questions)


def test_a_tenant_registered_at_the_desk_is_entered_in_the_diary(qtbot, open_record_form, services):
    form = open_record_form("tenant")
    test_forms.fill_tenant(qtbot, form)
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    today = services.session.now().date()
    [entry] = services.diary.entries(today)
    assert (entry.data["entry_type"], entry.data["record_ref"]) == ("tenant", form.record_id)
    assert "زاہد خان" in entry.data["text"]
