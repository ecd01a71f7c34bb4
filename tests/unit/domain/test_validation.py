"""Registry validation: required and unknown fields, bad JSON, safe reprs, the envelope."""

from __future__ import annotations

import copy

import pytest

from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records import payload_from_json, validate_new

REQUIRED = {
    "fir": ["informant", "offences", "occurred_at", "place", "narrative", "accused"],
    "challan": ["vehicle_reg", "vehicle_type", "violations", "driver", "location", "issued_at"],
    "tenant": ["landlord", "property_address", "tenant", "start_date"],
    "attendance": ["badge_no", "kind", "method", "at"],
}


@pytest.fixture
def payloads(fir_payload, challan_payload, tenant_payload, attendance_payload):
    return {
        "fir": fir_payload,
        "challan": challan_payload,
        "tenant": tenant_payload,
        "attendance": attendance_payload,
    }


@pytest.mark.parametrize("record_type", list(REQUIRED))
def test_valid_payload_passes_and_normalising_twice_changes_nothing(record_type, payloads, now):
    data = validate_new(record_type, payloads[record_type], now=now)
    assert validate_new(record_type, copy.deepcopy(data), now=now) == data


@pytest.mark.parametrize(
    ("record_type", "field"), [(t, f) for t, fields in REQUIRED.items() for f in fields]
)
def test_each_required_field_is_named_when_missing(record_type, field, payloads, now):
    payload = payloads[record_type]
    del payload[field]
    with pytest.raises(ValidationFailed) as refused:
        validate_new(record_type, payload, now=now)
    assert [(e.field, e.code) for e in refused.value.errors] == [(field, "required")]


def test_blank_text_counts_as_missing(fir_payload, now):
    fir_payload["informant"]["name"] = "   "
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", fir_payload, now=now)
    assert refused.value.fields == ["informant.name"]


def test_unknown_field_with_typo_suggests_the_real_name(fir_payload, now):
    fir_payload["informant"]["fathers_name"] = fir_payload["informant"].pop("father_name")
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", fir_payload, now=now)
    messages = {e.field: e.message for e in refused.value.errors}
    assert "did you mean father_name?" in messages["informant.fathers_name"]
    assert messages["informant.father_name"].startswith("is required")


def test_unrelated_unknown_field_lists_allowed_fields(attendance_payload, now):
    attendance_payload["colour"] = "blue"
    with pytest.raises(ValidationFailed) as refused:
        validate_new("attendance", attendance_payload, now=now)
    assert refused.value.errors[0].code == "unknown_field"
    assert "badge_no" in refused.value.errors[0].message


def test_every_bad_field_is_reported_at_once(fir_payload, now):
    fir_payload["informant"]["cnic"] = "12345-123456-1"
    fir_payload["informant"]["phone"] = "12"
    fir_payload["occurred_at"] = "2026-11-22 10:00"
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", fir_payload, now=now)
    assert refused.value.fields == ["informant.cnic", "informant.phone", "occurred_at"]
    sentence = str(refused.value)
    assert sentence.startswith("Please correct 3 fields")
    assert (
        "informant.cnic: CNIC must be 13 digits written 12345-1234567-1 (you typed 12345-123456-1)"
        in sentence
    )


def test_repr_for_logs_names_fields_but_never_values(fir_payload, now):
    fir_payload["informant"]["cnic"] = "17101-123456-1"
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", fir_payload, now=now)
    logged = repr(refused.value) + repr(refused.value.errors)
    assert "informant.cnic" in logged and "cnic_format" in logged
    assert "17101" not in logged


def test_field_error_str_is_path_then_message():
    assert (
        str(FieldError("informant.cnic", "is required", "required"))
        == "informant.cnic: is required"
    )


@pytest.mark.parametrize("payload", [[1, 2], "text", None, 5])
def test_payload_that_is_not_an_object_is_refused(payload, now):
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", payload, now=now)
    assert refused.value.errors[0].code == "not_object"


def test_wrong_types_inside_are_named(fir_payload, now):
    fir_payload["offences"] = "PPC 379"
    fir_payload["informant"] = ["name"]
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", fir_payload, now=now)
    assert {(e.field, e.code) for e in refused.value.errors} == {
        ("informant", "not_object"),
        ("offences", "not_list"),
    }


def test_unknown_record_type_refused(now):
    with pytest.raises(ValidationFailed) as refused:
        validate_new("parcel", {}, now=now)
    assert refused.value.fields == ["type"]


def test_invalid_json_gives_line_and_column():
    with pytest.raises(ValidationFailed) as refused:
        payload_from_json('{"place": "Tatara",\n "narrative" "x"}')
    assert refused.value.errors[0].code == "invalid_json"
    assert "line 2" in refused.value.errors[0].message


def test_valid_json_with_urdu_parses():
    assert payload_from_json('{"narrative": "چوری"}'.encode()) == {"narrative": "چوری"}


def test_record_round_trips_through_its_json_form(fir_payload):
    record = Record(
        id="a" * 32,
        type="fir",
        status="draft",
        data=fir_payload,
        station="PS-TATARA",
        created_by="PSH-1021",
        created_at="2026-11-22T15:00:00+05:00",
        updated_at="2026-11-22T15:00:00+05:00",
        device_id="dev1",
    )
    assert Record.from_dict(record.to_dict()) == record


def test_malformed_record_json_names_the_bad_fields():
    with pytest.raises(ValidationFailed) as refused:
        Record.from_dict({"id": 5, "type": "fir", "extra": 1})
    fields = refused.value.fields
    assert "id" in fields and "status" in fields and "extra" in fields
    with pytest.raises(ValidationFailed):
        Record.from_dict("not a record")
