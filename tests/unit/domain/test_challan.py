"""Challan: fines and due dates from the table, refusing gaps, lifecycle, what may change."""

from __future__ import annotations

from datetime import date

import pytest

from fieldclient.domain.errors import (
    FrozenRecord,
    MissingReferenceData,
    TransitionRefused,
    ValidationFailed,
)
from fieldclient.domain.records import (
    check_transition,
    initial_status,
    validate_new,
    validate_patch,
)
from fieldclient.domain.records.challan import compute_fine, due_date


def test_fine_is_the_sum_of_the_table_cells_for_the_vehicle_type():
    # Punjab schedule: 3 signal (car 500, heavy 1000), 22 seatbelt (car 500, heavy 750)
    assert compute_fine(["3", "22"], "car") == 1000
    assert compute_fine(["3", "22"], "heavy") == 1750
    assert compute_fine(["19"], "motorcycle", "Punjab") == 200
    assert compute_fine(["KP24-OVERSPEED"], "motorcycle", "Khyber Pakhtunkhwa") == 500


def test_blank_fine_cell_is_refused_never_priced_at_zero():
    with pytest.raises(ValidationFailed) as refused:
        compute_fine(["3", "19"], "car")
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("violations.1", "no_fine_for_vehicle")
    ]
    assert "motor car" in refused.value.errors[0].message


def test_code_from_another_province_is_unknown():
    with pytest.raises(ValidationFailed) as refused:
        compute_fine(["KP24-OVERSPEED"], "car", "Punjab")
    assert refused.value.errors[0].code == "violation_unknown"


def test_due_date_is_issue_date_plus_payment_window():
    assert due_date("2026-11-22T23:30:00+05:00", ["3", "22"]) == date(2026, 12, 2)


def test_due_date_refused_where_the_table_has_no_window():
    with pytest.raises(MissingReferenceData, match="KP24-SIGNAL"):
        due_date("2026-11-22T12:00:00+05:00", ["KP24-SIGNAL"], "Khyber Pakhtunkhwa")
    with pytest.raises(MissingReferenceData, match="PB25-HELMET"):
        due_date("2026-11-22T12:00:00+05:00", ["19", "PB25-HELMET"], "Punjab")


def test_new_challan_gets_computed_fine_and_due_date(challan_payload, now):
    challan_payload["vehicle_reg"] = "lea 1234"
    challan_payload["violations"] = [3, "22"]
    data = validate_new("challan", challan_payload, now=now)
    assert data["vehicle_reg"] == "LEA-1234"
    assert data["province"] == "Punjab"
    assert data["violations"] == ["3", "22"]
    assert data["fine_total"] == 1000
    assert data["due_date"] == "2026-12-02"
    assert initial_status("challan") == "issued"


def test_kp_challan_has_no_due_date(challan_payload, now):
    challan_payload.update(province="KP", vehicle_type="motorcycle", violations=["kp24-signal"])
    data = validate_new("challan", challan_payload, now=now)
    assert data["province"] == "Khyber Pakhtunkhwa"
    assert data["fine_total"] == 500
    assert "due_date" not in data


def test_caller_supplied_fine_that_disagrees_with_the_table_is_refused(challan_payload, now):
    challan_payload["fine_total"] = 200
    challan_payload["due_date"] = "2026-12-30"
    with pytest.raises(ValidationFailed) as refused:
        validate_new("challan", challan_payload, now=now)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("fine_total", "computed_mismatch"),
        ("due_date", "computed_mismatch"),
    ]
    assert "Rs 1000" in refused.value.errors[0].message


@pytest.mark.parametrize(
    ("field", "value", "code"),
    [
        ("vehicle_type", "rickshaw", "not_a_choice"),
        ("province", "Sindh", "province_unknown"),
        ("violations", ["3", "3"], "duplicate"),
        ("violations", ["99"], "violation_unknown"),
        ("vehicle_reg", "12-ABC", "vehicle_reg_format"),
        ("issued_at", "2026-11-22T12:00:00", "time_without_offset"),
    ],
)
def test_bad_challan_fields_are_named(challan_payload, now, field, value, code):
    challan_payload[field] = value
    with pytest.raises(ValidationFailed) as refused:
        validate_new("challan", challan_payload, now=now)
    assert refused.value.errors[0].code == code
    assert refused.value.errors[0].field.split(".")[0] == field


def test_driver_without_licence_can_be_challaned(challan_payload, now):
    del challan_payload["driver"]["licence_no"]
    challan_payload["violations"] = ["12"]
    assert validate_new("challan", challan_payload, now=now)["fine_total"] == 500


def test_lifecycle(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)
    paid = {**data, "payment_ref": "BOP-778812"}
    check_transition("challan", "issued", "paid", None, paid)
    check_transition("challan", "overdue", "paid", None, paid)  # stored before it was derived
    check_transition("challan", "issued", "contested", "driver says the signal was green", data)
    check_transition("challan", "contested", "paid", None, paid)
    check_transition("challan", "contested", "cancelled", "court set it aside", data)


def test_paid_needs_a_payment_reference(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)
    with pytest.raises(TransitionRefused, match="payment_ref"):
        check_transition("challan", "issued", "paid", None, data)


def test_contest_needs_a_reason_and_overdue_is_never_set_by_hand(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)
    with pytest.raises(TransitionRefused, match="reason"):
        check_transition("challan", "issued", "contested", "", data)
    with pytest.raises(TransitionRefused, match="can only go to paid, contested, voided"):
        check_transition("challan", "issued", "overdue", None, data)


@pytest.mark.parametrize(
    ("before", "after"), [("paid", "issued"), ("issued", "cancelled"), ("overdue", "contested")]
)
def test_transitions_off_the_lifecycle_refused(challan_payload, now, before, after):
    data = validate_new("challan", challan_payload, now=now)
    with pytest.raises(TransitionRefused):
        check_transition("challan", before, after, "reason", {**data, "payment_ref": "X1"})


def test_only_the_payment_reference_may_change_after_issue(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)
    patched = validate_patch("challan", "issued", data, {"payment_ref": "BOP-778812"}, now=now)
    assert patched["payment_ref"] == "BOP-778812"
    with pytest.raises(FrozenRecord, match="violations"):
        validate_patch("challan", "issued", data, {"violations": ["3"]}, now=now)
    with pytest.raises(FrozenRecord):
        validate_patch("challan", "paid", data, {"payment_ref": "BOP-1"}, now=now)
    with pytest.raises(FrozenRecord, match="psid"):
        validate_patch("challan", "issued", data, {"psid": "123456789012345678"}, now=now)
