"""Challan (issue 13): the ticket's fields, the driver's identity, the fine table's gaps and
superseded rows, the station's province, derived overdue, voiding and the court's decision."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from fieldclient.domain.errors import TransitionRefused, ValidationFailed
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.record import Record
from fieldclient.domain.records import check_transition, validate_new, validate_patch
from fieldclient.domain.records.challan import (
    KIND,
    compute_fine,
    is_overdue,
    new_challan_problems,
)


def _ticket(payload):
    return {
        **payload,
        "psid": "1234 5612 3456 7800 00",
        "traffic_sector": "Civil Lines sector",
        "district": "Lahore",
        "driver": {
            **payload["driver"],
            "father_name": "Ahmed Din",
            "address": "House 4, Street 9, Ichhra, Lahore",
            "licence_category": "LTV",
        },
        "vehicle": {"make": "Suzuki Mehran", "colour": "white"},
        "seized_document": {"kind": "driving licence", "number": "LHR-123456"},
        "officer": {"name": "Imran Ali", "rank": "Traffic Warden", "belt_no": "TW-118"},
        "photos": {"offender_signature": "a1b2c3d4"},
    }


def _codes(refused):
    return [(error.field, error.code) for error in refused.value.errors]


def test_a_full_ticket_is_kept_in_the_tickets_terms(challan_payload, now):
    data = validate_new("challan", _ticket(challan_payload), now=now)
    assert data["psid"] == "123456123456780000"
    assert data["driver"]["father_name"] == "Ahmed Din"
    assert data["vehicle"] == {"make": "Suzuki Mehran", "colour": "white"}
    assert data["seized_document"]["kind"] == "driving licence"
    assert data["officer"]["rank"] == "Traffic Warden"
    assert data["photos"]["offender_signature"] == "a1b2c3d4"
    assert list(data)[:3] == ["psid", "traffic_sector", "district"]  # the ticket's order


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("12345678901234567X", "psid_format"),
        ("1234567890123456", "psid_length"),
        (True, "psid_format"),
    ],
)
def test_a_bad_psid_is_named(challan_payload, now, value, code):
    with pytest.raises(ValidationFailed) as refused:
        validate_new("challan", {**challan_payload, "psid": value}, now=now)
    assert _codes(refused) == [("psid", code)]


def test_a_17_digit_camera_psid_is_accepted(challan_payload, now):
    # [S8]: Safe City e-challans carry 17 digits; the ticket books 18 [S7] (REGISTERS.md)
    data = validate_new("challan", {**challan_payload, "psid": "12345678901234567"}, now=now)
    assert data["psid"] == "12345678901234567"


def test_driver_without_cnic_needs_another_identity_or_a_reason(challan_payload, now):
    del challan_payload["driver"]["cnic"]
    del challan_payload["driver"]["licence_no"]
    with pytest.raises(ValidationFailed) as refused:
        validate_new("challan", challan_payload, now=now)
    assert _codes(refused) == [("driver.cnic", "identity_missing")]
    assert "passport" in refused.value.errors[0].message
    for identity in (
        {"id_document": {"kind": "passport", "number": "AB1234567"}},
        {"id_document": {"kind": "por_card", "number": "PoR-778"}},
        {"licence_no": "LHR-99"},
        {"no_id_reason": "carried no document"},
    ):
        driver = {**challan_payload["driver"], **identity}
        assert validate_new("challan", {**challan_payload, "driver": driver}, now=now)


def test_an_identity_document_needs_its_kind(challan_payload, now):
    del challan_payload["driver"]["cnic"]
    challan_payload["driver"]["id_document"] = {"kind": "ration card", "number": "9"}
    with pytest.raises(ValidationFailed) as refused:
        validate_new("challan", challan_payload, now=now)
    assert _codes(refused) == [("driver.id_document.kind", "not_a_choice")]


def test_signature_and_refusal_together_are_refused(challan_payload, now):
    payload = {**_ticket(challan_payload), "offender_refused_to_sign": True}
    with pytest.raises(ValidationFailed) as refused:
        validate_new("challan", payload, now=now)
    assert _codes(refused) == [("offender_refused_to_sign", "signed_and_refused")]
    del payload["photos"]
    assert validate_new("challan", payload, now=now)["offender_refused_to_sign"] is True


def test_the_seized_document_is_returned_on_payment(challan_payload, now):
    data = validate_new("challan", _ticket(challan_payload), now=now)
    returned = {"seized_document_returned_at": "2026-11-22T14:00:00+05:00"}
    with pytest.raises(ValidationFailed) as refused:
        validate_patch("challan", "issued", data, returned, now=now)
    assert _codes(refused) == [("seized_document_returned_at", "returned_before_payment")]
    paid = validate_patch("challan", "issued", data, {"payment_ref": "BOP-1"}, now=now)
    back = validate_patch("challan", "paid", paid, returned, now=now)
    assert back["seized_document_returned_at"] == "2026-11-22T14:00:00+05:00"
    with pytest.raises(ValidationFailed) as refused:
        validate_patch(
            "challan",
            "paid",
            paid,
            {"seized_document_returned_at": "2026-11-21T10:00:00+05:00"},
            now=now,
        )
    assert _codes(refused) == [("seized_document_returned_at", "returned_before_issue")]


def test_nothing_to_return_without_a_seized_document(challan_payload, now):
    payload = {
        **challan_payload,
        "payment_ref": "BOP-1",
        "seized_document_returned_at": "2026-11-22T13:00:00+05:00",
    }
    with pytest.raises(ValidationFailed) as refused:
        validate_new("challan", payload, now=now)
    assert _codes(refused) == [("seized_document_returned_at", "nothing_seized")]


def test_an_unknown_amount_is_refused_never_guessed():
    with pytest.raises(ValidationFailed) as refused:
        compute_fine(["KP-HELMET"], "motorcycle", "Khyber Pakhtunkhwa")
    assert _codes(refused) == [("violations.0", "fine_unknown")]
    assert "not guessed" in refused.value.errors[0].message


def test_three_wheeler_and_above_2000cc_only_where_the_table_prices_them():
    assert compute_fine(["PB25-SIGNAL"], "three_wheeler") == 3000
    assert compute_fine(["PB25-SIGNAL"], "car_above_2000cc") == 15000
    assert compute_fine(["KP25-ROUTEPERMIT-3W"], "three_wheeler", "Khyber Pakhtunkhwa") == 5000
    with pytest.raises(ValidationFailed) as refused:
        compute_fine(["PB25-NOLICENCE"], "car_above_2000cc")  # "luxury car" is not >2000cc
    assert _codes(refused) == [("violations.0", "no_fine_for_vehicle")]


def test_a_superseded_row_cannot_be_chosen_for_a_new_challan(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)  # 3 and 22: both superseded
    problems = new_challan_problems(data, "Punjab")
    assert [(p.field, p.code) for p in problems] == [
        ("violations.0", "violation_superseded"),
        ("violations.1", "violation_superseded"),
    ]
    assert "PB25-SIGNAL" in problems[0].message and "PB21-SEATBELT" in problems[1].message
    current = validate_new("challan", {**challan_payload, "violations": ["PB25-SIGNAL"]}, now=now)
    assert new_challan_problems(current, "Punjab") == []
    assert new_challan_problems(current, None) == []


def test_a_kp_station_never_prices_from_the_punjab_table(challan_payload, now):
    data = validate_new("challan", {**challan_payload, "violations": ["PB25-SIGNAL"]}, now=now)
    problems = new_challan_problems(data, "Khyber Pakhtunkhwa")
    assert [(p.field, p.code) for p in problems] == [("province", "not_station_province")]
    assert "Khyber Pakhtunkhwa table" in problems[0].message


def _record(status, data):
    return Record(
        id="c1",
        type="challan",
        status=status,
        data=data,
        station="PS-1",
        created_by="B-1",
        created_at="2026-11-22T12:00:00+05:00",
        updated_at="2026-11-22T12:00:00+05:00",
        device_id="d1",
    )


def test_overdue_is_derived_from_the_due_date(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)  # due 2026-12-02
    on_due_day = datetime(2026, 12, 2, 23, 59, tzinfo=PAKISTAN_TIME)
    day_after = on_due_day + timedelta(minutes=2)
    assert not is_overdue(_record("issued", data), on_due_day)
    assert is_overdue(_record("issued", data), day_after)
    assert KIND.overdue is is_overdue
    assert not is_overdue(_record("paid", data), day_after)
    assert not is_overdue(_record("voided", data), day_after)
    no_window = {key: value for key, value in data.items() if key != "due_date"}
    assert not is_overdue(_record("issued", no_window), day_after)
    assert is_overdue(_record("overdue", data), on_due_day - timedelta(days=9))  # old records


def test_voiding_needs_a_reason_and_is_final(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)
    with pytest.raises(TransitionRefused, match="reason"):
        check_transition("challan", "issued", "voided", " ", data)
    check_transition("challan", "issued", "voided", "wrong vehicle number written", data)
    check_transition("challan", "overdue", "voided", "issued to the wrong car", data)
    with pytest.raises(TransitionRefused, match="final"):
        check_transition("challan", "voided", "paid", None, {**data, "payment_ref": "B"})


def test_a_contest_can_end_with_the_amount_the_court_set(challan_payload, now):
    data = validate_new("challan", challan_payload, now=now)
    with pytest.raises(TransitionRefused, match="court's decision"):
        check_transition("challan", "contested", "decided_by_court", None, data)
    decision = {"court": "Civil Judge, Lahore", "order_date": "2026-11-30", "amount": 300}
    with pytest.raises(ValidationFailed) as refused:
        validate_patch("challan", "contested", data, {"court_decision": {"court": "X"}}, now=now)
    assert ("court_decision.amount", "required") in _codes(refused)
    decided = validate_patch("challan", "contested", data, {"court_decision": decision}, now=now)
    assert decided["court_decision"]["amount"] == 300
    assert decided["fine_total"] == 1000  # the ticket's fine stays as issued
    check_transition("challan", "contested", "decided_by_court", None, decided)
    check_transition("challan", "decided_by_court", "paid", None, {**decided, "payment_ref": "B"})


def test_an_old_shape_challan_is_still_valid(challan_payload, now):
    old = {**challan_payload, "documents_seized": ["driving licence"]}
    data = validate_new("challan", old, now=now)
    assert data["documents_seized"] == ["driving licence"]
    assert validate_patch("challan", "overdue", data, {"payment_ref": "BOP-1"}, now=now)
