"""The tenant register's fields of issue 13 on the form, driven as a facilitation-centre clerk
would: every field typed, a foreign tenant by passport, the reporting deadline from the station
setting, a record returned for correction and sent again, a tenant who left, the Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldclient.settings import TENANT_REPORT_WITHIN_HOURS, IniSettings
from tests.gui import test_forms
from tests.gui.test_forms import WAIT_MS, _next_focus, choose, fill_tenant, press_ctrl_s
from tests.helpers.payloads import tenant_payload

unexpected_failures = test_forms.unexpected_failures
tasks = test_forms.tasks
services = test_forms.services
open_record_form = test_forms.open_record_form


def type_into(qtbot, editors: dict, values: dict[str, str]) -> None:
    for key, value in values.items():
        qtbot.keyClicks(editors[key], value)


def fill_everything(qtbot, form) -> None:
    fill_tenant(qtbot, form)
    type_into(qtbot, form.landlord, {"father_name": "Haji Rahim", "address": "House 40, Phase 1"})
    choose(qtbot, form.property_type, "portion")
    type_into(
        qtbot,
        form.dealer,
        {
            "name": "Khyber Estate",
            "cnic": "1730199988871",
            "phone": "0312-9998887",
            "office_address": "Office 4, Board Bazaar",
        },
    )
    type_into(qtbot, form.tenant, {"previous_address": "Mingora", "workplace": "Shop 7, Khyber"})
    qtbot.keyClick(form.agreement_end.given, Qt.Key.Key_Space)
    qtbot.keyClick(form.agreement_end.editor, Qt.Key.Key_Up)  # the year section: a year on
    qtbot.keyClicks(form.monthly_rent, "35000")
    family = form.family.editors
    type_into(
        qtbot,
        family[0],
        {"name": "Bibi Amina", "relation": "wife", "age": "30", "cnic": "15602-3334445-6"},
    )
    type_into(qtbot, family[1], {"name": "Hamza", "relation": "son", "age": "6"})
    for index, (name, cnic) in enumerate(
        (("Amjad Ali", "17301-2223334-1"), ("Naveed Iqbal", "17301-5556667-1"))
    ):
        type_into(
            qtbot,
            form.references[index],
            {
                "name": name,
                "cnic": cnic,
                "phone": "0301-222333" + str(index),
                "address": "Gulbahar",
            },
        )
    type_into(
        qtbot,
        form.weapons.editors[0],
        {"licence_no": "PB-123456", "weapon_kind": "pistol 30 bore", "issuing_authority": "DC"},
    )


def test_a_clerk_fills_every_register_field_and_it_is_stored(qtbot, open_record_form, services):
    form = open_record_form("tenant")
    fill_everything(qtbot, form)
    qtbot.keyClick(form.possession_at.given, Qt.Key.Key_Space)
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)

    data = services.records.get(form.record_id).data
    assert data["landlord"]["father_name"] == "Haji Rahim"
    assert data["property_type"] == "portion"
    assert data["property_dealer"]["cnic"] == "17301-9998887-1"
    assert data["property_dealer"]["office_address"] == "Office 4, Board Bazaar"
    assert data["tenant"]["workplace"] == "Shop 7, Khyber"
    assert data["monthly_rent"] == 35000
    assert data["agreement_end"] > data["start_date"]
    assert data["family_members"] == [
        {"name": "Bibi Amina", "relation": "wife", "age": 30, "cnic": "15602-3334445-6"},
        {"name": "Hamza", "relation": "son", "age": 6},
    ]
    assert [ref["cnic"] for ref in data["references"]] == ["17301-2223334-1", "17301-5556667-1"]
    assert data["references"][1]["address"] == "Gulbahar"
    assert data["licensed_weapons"][0]["weapon_kind"] == "pistol 30 bore"
    assert "possession_at" in data


def test_an_adults_missing_cnic_is_named_under_its_cell(qtbot, open_record_form, services):
    form = open_record_form("tenant")
    fill_tenant(qtbot, form)
    type_into(
        qtbot, form.family.editors[0], {"name": "Gul Bano", "relation": "mother", "age": "60"}
    )
    press_ctrl_s(qtbot, form)
    cell = form.family.cells[0]["cnic"]
    qtbot.waitUntil(lambda: "18" in cell.error_text, timeout=WAIT_MS)
    assert form.record_id is None  # nothing stored


def test_a_foreign_tenant_is_registered_by_passport(qtbot, open_record_form, services):
    form = open_record_form("tenant")
    fill_tenant(qtbot, form)
    form.tenant["cnic"].clear()
    press_ctrl_s(qtbot, form)
    row = form.error_rows()["tenant.cnic"]
    qtbot.waitUntil(lambda: "passport" in row.error_text, timeout=WAIT_MS)
    assert form.record_id is None

    type_into(qtbot, form.passport, {"number": "AB 1234567", "nationality": "Afghan"})
    type_into(qtbot, form.passport, {"visa_no": "V778899", "visa_expiry": "2027-06-30"})
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)
    tenant = services.records.get(form.record_id).data["tenant"]
    assert "cnic" not in tenant
    assert tenant["passport"] == {
        "number": "AB1234567",
        "nationality": "Afghan",
        "visa_no": "V778899",
        "visa_expiry": "2027-06-30",
    }


def test_the_deadline_from_the_station_setting_is_shown_and_late_filing_flagged(
    qtbot, open_record_form, services
):
    IniSettings(services.session.vault.data_dir).set(TENANT_REPORT_WITHIN_HOURS, 48)
    form = open_record_form("tenant")
    qtbot.waitUntil(lambda: form.report_hours == 48, timeout=WAIT_MS)
    assert "possession" in form.deadline.text()
    qtbot.keyClick(form.possession_at.given, Qt.Key.Key_Space)  # possession now: in time
    assert "48 hours after possession" in form.deadline.text()
    assert "late" not in form.deadline.text()
    qtbot.keyClick(form.possession_at.editor, Qt.Key.Key_Down)  # a year ago: late
    assert "Filed late." in form.deadline.text()


def test_without_the_setting_the_form_says_no_deadline_is_set(qtbot, open_record_form):
    form = open_record_form("tenant")
    qtbot.keyClick(form.possession_at.given, Qt.Key.Key_Space)
    assert "No reporting deadline is set" in form.deadline.text()
    assert "late" not in form.deadline.text()


def test_returned_for_correction_shows_the_objections_and_goes_back(
    qtbot, open_record_form, services
):
    made = services.records.create("tenant", tenant_payload())
    services.records.transition(made.id, "returned_for_correction", "no references given")
    form = open_record_form("tenant", made.id)
    qtbot.waitUntil(lambda: form.flag.isVisible(), timeout=WAIT_MS)
    assert "no references given" in form.flag.text()
    assert not form.read_only
    for index, name in enumerate(("Amjad Ali", "Naveed Iqbal")):
        type_into(qtbot, form.references[index], {"name": name, "phone": "03012223334"})
    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.notice.text() == "Saved.", timeout=WAIT_MS)
    assert len(services.records.get(made.id).data["references"]) == 2

    choose(qtbot, form.status_panel.status, "submitted")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.records.get(made.id).status == "submitted", timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not form.flag.isVisible(), timeout=WAIT_MS)


def test_returning_needs_the_objections(qtbot, open_record_form, services):
    made = services.records.create("tenant", tenant_payload())
    form = open_record_form("tenant", made.id)
    qtbot.waitUntil(lambda: form.status_panel.isVisible(), timeout=WAIT_MS)
    choose(qtbot, form.status_panel.status, "returned_for_correction")
    qtbot.mouseClick(form.status_panel.change_button, Qt.MouseButton.LeftButton)
    assert "required" in form.status_panel.reason_row.error_text
    assert services.records.get(made.id).status == "submitted"


def test_a_tenant_who_left_is_recorded_as_vacated(qtbot, open_record_form, services):
    made = services.records.create("tenant", tenant_payload())
    form = open_record_form("tenant", made.id)
    qtbot.waitUntil(lambda: form.vacate_panel.isVisible(), timeout=WAIT_MS)
    qtbot.mouseClick(form.vacate_panel.vacate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: services.records.get(made.id).status == "vacated", timeout=WAIT_MS)
    left = services.records.get(made.id)
    assert left.data["vacated_on"] == form.vacate_panel.left_on.iso()
    qtbot.waitUntil(lambda: form.read_only and not form.vacate_panel.isVisible(), timeout=WAIT_MS)


def test_tab_follows_the_register_order(qtbot, open_record_form):
    form = open_record_form("tenant")
    assert _next_focus(form.landlord["address"]) is form.property_address
    assert _next_focus(form.property_address) is form.property_type
    assert _next_focus(form.dealer["office_address"]) is form.tenant["name"]
    assert _next_focus(form.tenant["workplace"]) is form.passport["number"]
    assert _next_focus(form.family.editors[0]["cnic"]) is form.family.editors[1]["name"]
    assert _next_focus(form.family.editors[-1]["cnic"]) is form.family.add_button
    qtbot.mouseClick(form.family.add_button, Qt.MouseButton.LeftButton)
    assert _next_focus(form.family.editors[1]["cnic"]) is form.family.editors[2]["name"]
    assert _next_focus(form.family.editors[2]["cnic"]) is form.family.add_button
    assert _next_focus(form.family.add_button) is form.references[0]["name"]
    assert _next_focus(form.references[0]["address"]) is form.references[1]["name"]
    assert _next_focus(form.references[1]["address"]) is form.weapons.editors[0]["licence_no"]
