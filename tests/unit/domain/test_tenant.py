"""Tenant records: fields, references, photos, server-only verification, receipt numbers."""

from __future__ import annotations

import pytest

from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.records import (
    SERVER_ONLY_TRANSITIONS,
    check_transition,
    initial_status,
    validate_new,
    validate_patch,
)
from fieldclient.domain.records.tenant import receipt_number

REFERENCES = [
    {"name": "Amjad Ali", "phone": "0301-2223334"},
    {"name": "نوید اقبال", "phone": "+923214445556", "cnic": "1730155566671"},
]


def codes(payload, now) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as refused:
        validate_new("tenant", payload, now=now)
    return [(e.field, e.code) for e in refused.value.errors]


def test_full_tenant_record(tenant_payload, now):
    tenant_payload.update(
        family_count=4,
        property_dealer={"name": "Khyber Estate", "phone": "0312-9998887"},
        references=REFERENCES,
        photos={"tenant": "att_01", "cnic_front": "att_02", "cnic_back": "att_03"},
    )
    data = validate_new("tenant", tenant_payload, now=now)
    assert data["references"][1] == {
        "name": "نوید اقبال",
        "phone": "0321-4445556",
        "cnic": "17301-5556667-1",
    }
    assert data["tenant"]["name"] == "زاہد خان"
    assert initial_status("tenant") == "submitted"


def test_references_must_be_exactly_two(tenant_payload, now):
    tenant_payload["references"] = REFERENCES[:1]
    assert codes(tenant_payload, now) == [("references", "references_count")]
    tenant_payload["references"] = [*REFERENCES, REFERENCES[0]]
    assert codes(tenant_payload, now) == [("references", "references_count")]


def test_bad_nested_values_are_named_with_their_path(tenant_payload, now):
    tenant_payload["references"] = [REFERENCES[0], {"name": "X", "phone": "0300"}]
    tenant_payload["tenant"]["cnic"] = "05602-1112223-5"
    tenant_payload["family_count"] = -1
    assert codes(tenant_payload, now) == [
        ("tenant.cnic", "cnic_province"),
        ("family_count", "out_of_range"),
        ("references.1.phone", "mobile_format"),
    ]


def test_photo_ids_must_look_like_attachment_ids(tenant_payload, now):
    tenant_payload["photos"] = {"tenant": "../../etc/passwd"}
    assert codes(tenant_payload, now) == [("photos.tenant", "attachment_id")]


def test_tenant_and_landlord_cannot_share_a_cnic(tenant_payload, now):
    tenant_payload["tenant"]["cnic"] = tenant_payload["landlord"]["cnic"]
    assert codes(tenant_payload, now) == [("tenant.cnic", "same_as_landlord")]


def test_only_the_server_verifies_or_flags(tenant_payload, now):
    data = validate_new("tenant", tenant_payload, now=now)
    assert ("submitted", "verified") in SERVER_ONLY_TRANSITIONS["tenant"]
    with pytest.raises(TransitionRefused, match="central record check"):
        check_transition("tenant", "submitted", "verified", None, data)
    check_transition("tenant", "submitted", "verified", None, data, actor="server")
    check_transition("tenant", "submitted", "flagged", "record found", data, actor="server")
    with pytest.raises(TransitionRefused, match="reason"):
        check_transition("tenant", "submitted", "flagged", None, data, actor="server")
    with pytest.raises(TransitionRefused):
        check_transition("tenant", "verified", "flagged", "late hit", data, actor="server")


def test_submitted_record_may_be_corrected_verified_one_not(tenant_payload, now):
    data = validate_new("tenant", tenant_payload, now=now)
    patched = validate_patch("tenant", "submitted", data, {"family_count": 3}, now=now)
    assert patched["family_count"] == 3
    with pytest.raises(FrozenRecord):
        validate_patch("tenant", "verified", data, {"family_count": 3}, now=now)


def test_receipt_number_from_station_day_and_id():
    assert (
        receipt_number("PS01", "2026-11-22T15:00:00+05:00", "3f2a9c1b7d4e5a6b" + "0" * 16)
        == "TR-PS01-20261122-3F2A9C1B-7D4E5A6B"
    )


def test_receipt_numbers_differ_for_ids_that_begin_alike():
    """A day's receipts are unique while the records' ids differ in their first 16 characters."""
    made = "2026-11-22T15:00:00+05:00"
    numbers = {receipt_number("PS01", made, f"3f2a9c1b{n:08x}" + "0" * 16) for n in range(100)}
    assert len(numbers) == 100
