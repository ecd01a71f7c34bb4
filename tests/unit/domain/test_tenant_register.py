"""The tenant register's fields of issue 13 (docs/REGISTERS.md section 5): landlord and dealer
details, foreign tenants, the household, references, rent, possession and the reporting deadline,
licensed weapons, and the returned-for-correction and vacated states."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.records import check_transition, kind_of, validate_new, validate_patch
from fieldclient.domain.records.people import people_in
from fieldclient.domain.records.tenant import filed_late, report_deadline
from fieldclient.domain.records.tenant_fields import ADULT_AGE

REFERENCES = [
    {
        "name": "Amjad Ali",
        "cnic": "17301-2223334-1",
        "phone": "0301-2223334",
        "address": "House 3, University Town, Peshawar",
    },
    {
        "name": "نوید اقبال",
        "cnic": "1730155566671",
        "phone": "+923214445556",
        "address": "Gulbahar 2, Peshawar",
    },
]


def codes(payload, now) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as refused:
        validate_new("tenant", payload, now=now)
    return [(e.field, e.code) for e in refused.value.errors]


def full(payload: dict) -> dict:
    payload["landlord"].update(father_name="Haji Rahim", address="House 40, Hayatabad Phase 1")
    payload["tenant"].update(previous_address="Mingora, Swat", workplace="Khyber Bazaar shop 7")
    payload.update(
        property_type="portion",
        agreement_end="2027-11-30",
        monthly_rent="35000",
        possession_at="2026-11-20T10:00:00+05:00",
        property_dealer={
            "name": "Khyber Estate",
            "phone": "0312-9998887",
            "cnic": "1730199988871",
            "office_address": "Office 4, Board Bazaar",
        },
        references=REFERENCES,
        family_members=[
            {"name": "Bibi Amina", "relation": "wife", "age": 30, "cnic": "15602-3334445-6"},
            {"name": "Hamza", "relation": "son", "age": 6},
        ],
        licensed_weapons=[
            {"licence_no": "PB-123456", "weapon_kind": "pistol 30 bore", "issuing_authority": "DC"}
        ],
    )
    return payload


def test_every_new_field_is_kept_normalised(tenant_payload, now):
    data = validate_new("tenant", full(tenant_payload), now=now)
    assert data["monthly_rent"] == 35000
    assert data["property_dealer"]["cnic"] == "17301-9998887-1"
    assert data["property_dealer"]["office_address"] == "Office 4, Board Bazaar"
    assert data["references"][1]["cnic"] == "17301-5556667-1"
    assert data["references"][1]["address"] == "Gulbahar 2, Peshawar"
    assert data["landlord"]["father_name"] == "Haji Rahim"
    assert data["tenant"]["workplace"] == "Khyber Bazaar shop 7"
    assert data["family_members"][1] == {"name": "Hamza", "relation": "son", "age": 6}
    assert data["licensed_weapons"][0]["issuing_authority"] == "DC"
    assert data["possession_at"] == "2026-11-20T10:00:00+05:00"


def test_an_old_shape_record_is_still_valid(tenant_payload, now):
    """Every issue-13 field is optional: the record of before stays valid as it was."""
    tenant_payload.update(
        family_count=4,
        property_dealer={"name": "Khyber Estate", "phone": "0312-9998887"},
        references=[{"name": "Amjad Ali", "phone": "0301-2223334"}, REFERENCES[1]],
    )
    data = validate_new("tenant", tenant_payload, now=now)
    assert data["property_dealer"] == {"name": "Khyber Estate", "phone": "0312-9998887"}
    assert data["references"][0] == {"name": "Amjad Ali", "phone": "0301-2223334"}


def test_an_adults_cnic_is_required_a_childs_is_not(tenant_payload, now):
    tenant_payload["family_members"] = [
        {"name": "Bibi Amina", "relation": "wife", "age": ADULT_AGE},
        {"name": "Hamza", "relation": "son", "age": ADULT_AGE - 1},
    ]
    assert codes(tenant_payload, now) == [("family_members.0.cnic", "adult_cnic_missing")]
    assert ADULT_AGE == 18


def test_a_family_member_needs_name_relation_and_age(tenant_payload, now):
    tenant_payload["family_members"] = [{"name": "Hamza"}]
    assert codes(tenant_payload, now) == [
        ("family_members.0.relation", "required"),
        ("family_members.0.age", "required"),
    ]


def test_a_foreign_tenant_by_passport_instead_of_a_cnic(tenant_payload, now):
    del tenant_payload["tenant"]["cnic"]
    tenant_payload["tenant"]["passport"] = {
        "number": "ab 123-4567",
        "nationality": "Afghan",
        "visa_no": "V778899",
        "visa_expiry": "2027-06-30",
    }
    data = validate_new("tenant", tenant_payload, now=now)
    assert data["tenant"]["passport"]["number"] == "AB1234567"
    assert "cnic" not in data["tenant"]


def test_a_foreign_tenant_by_por_card(tenant_payload, now):
    del tenant_payload["tenant"]["cnic"]
    tenant_payload["tenant"]["por_card_no"] = "por-0012345"
    assert validate_new("tenant", tenant_payload, now=now)["tenant"]["por_card_no"] == "POR0012345"


def test_a_tenant_without_any_identity_is_refused(tenant_payload, now):
    del tenant_payload["tenant"]["cnic"]
    assert codes(tenant_payload, now) == [("tenant.cnic", "tenant_identity_missing")]


def test_a_passport_needs_number_and_nationality(tenant_payload, now):
    tenant_payload["tenant"]["passport"] = {"number": "12", "visa_no": "V1"}
    assert codes(tenant_payload, now) == [
        ("tenant.passport.number", "document_number_format"),
        ("tenant.passport.nationality", "required"),
    ]


def test_references_stay_exactly_two_with_their_new_fields(tenant_payload, now):
    tenant_payload["references"] = REFERENCES[:1]
    assert codes(tenant_payload, now) == [("references", "references_count")]


def test_dates_before_the_tenancy_and_bad_values_are_named(tenant_payload, now):
    tenant_payload.update(
        agreement_end="2026-01-01", monthly_rent=-5, property_type="palace", possession_at="x"
    )
    assert codes(tenant_payload, now) == [
        ("property_type", "not_a_choice"),
        ("monthly_rent", "out_of_range"),
        ("possession_at", "time_format"),
    ]
    tenant_payload.update(monthly_rent=1, property_type="house", possession_at=None)
    assert codes(tenant_payload, now) == [("agreement_end", "before_start")]


def test_possession_cannot_be_in_the_future(tenant_payload, now):
    tenant_payload["possession_at"] = (now + timedelta(days=1)).isoformat()
    assert codes(tenant_payload, now) == [("possession_at", "time_in_future")]


def test_a_weapon_needs_licence_kind_and_authority(tenant_payload, now):
    tenant_payload["licensed_weapons"] = [{"weapon_kind": "rifle"}]
    assert codes(tenant_payload, now) == [
        ("licensed_weapons.0.licence_no", "required"),
        ("licensed_weapons.0.issuing_authority", "required"),
    ]


def test_reporting_deadline_runs_from_possession_for_the_settings_hours(tenant_payload):
    tenant_payload["possession_at"] = "2026-11-20T10:00:00+05:00"
    deadline = report_deadline(tenant_payload, 48)
    assert deadline == datetime.fromisoformat("2026-11-22T10:00:00+05:00")
    assert not filed_late(tenant_payload, deadline, 48)
    assert filed_late(tenant_payload, deadline + timedelta(minutes=1), 48)
    assert filed_late(tenant_payload, deadline, 24)


def test_no_deadline_without_possession_time_or_setting(tenant_payload):
    late_filing = datetime.fromisoformat("2027-01-01T00:00:00+05:00")
    assert report_deadline(tenant_payload, 48) is None
    assert not filed_late(tenant_payload, late_filing, 48)
    tenant_payload["possession_at"] = "2026-11-20T10:00:00+05:00"
    assert report_deadline(tenant_payload, 0) is None
    assert not filed_late(tenant_payload, late_filing, 0)


def test_returned_for_correction_needs_objections_and_goes_back_to_the_clerk(tenant_payload, now):
    data = validate_new("tenant", tenant_payload, now=now)
    with pytest.raises(TransitionRefused, match="reason"):
        check_transition("tenant", "submitted", "returned_for_correction", None, data)
    check_transition("tenant", "submitted", "returned_for_correction", "no reference CNIC", data)
    corrected = validate_patch(
        "tenant", "returned_for_correction", data, {"references": REFERENCES}, now=now
    )
    assert len(corrected["references"]) == 2
    check_transition("tenant", "returned_for_correction", "submitted", None, corrected)
    with pytest.raises(TransitionRefused):
        check_transition(
            "tenant", "returned_for_correction", "verified", "ok", data, actor="server"
        )


def test_vacated_needs_its_date_and_is_final(tenant_payload, now):
    data = validate_new("tenant", tenant_payload, now=now)
    with pytest.raises(TransitionRefused, match="vacated_on"):
        check_transition("tenant", "verified", "vacated", None, data)
    left = validate_patch("tenant", "verified", data, {"vacated_on": "2027-02-01"}, now=now)
    check_transition("tenant", "verified", "vacated", None, left)
    check_transition("tenant", "flagged", "vacated", None, left)
    with pytest.raises(FrozenRecord):
        validate_patch("tenant", "verified", data, {"monthly_rent": 5}, now=now)
    with pytest.raises(FrozenRecord):
        validate_patch("tenant", "vacated", left, {"vacated_on": "2027-03-01"}, now=now)
    with pytest.raises(TransitionRefused, match="final"):
        check_transition("tenant", "vacated", "submitted", None, left)


def test_vacated_before_the_tenancy_started_is_refused(tenant_payload, now):
    data = validate_new("tenant", tenant_payload, now=now)
    with pytest.raises(ValidationFailed) as refused:
        validate_patch("tenant", "submitted", data, {"vacated_on": "2026-01-01"}, now=now)
    assert [(e.field, e.code) for e in refused.value.errors] == [("vacated_on", "before_start")]


def test_the_person_index_names_dealer_references_family_and_foreign_tenant(tenant_payload, now):
    payload = full(tenant_payload)
    del payload["tenant"]["cnic"]
    payload["tenant"]["passport"] = {"number": "AB1234567", "nationality": "Afghan"}
    payload["tenant"]["por_card_no"] = "POR0012345"
    data = validate_new("tenant", payload, now=now)
    found = set(people_in(data, kind_of("tenant").people))
    assert found == {
        ("AB1234567", "tenant"),
        ("POR0012345", "tenant"),
        ("1730176543211", "landlord"),
        ("1730199988871", "dealer"),
        ("1730122233341", "reference"),
        ("1730155566671", "reference"),
        ("1560233344456", "family_member"),
    }
