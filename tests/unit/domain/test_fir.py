"""FIR: offences, accused, times, lifecycle, frozen content, supplementary statements, numbers."""

from __future__ import annotations

import pytest

from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.records import (
    STATUSES,
    check_transition,
    initial_status,
    validate_new,
    validate_patch,
    validate_statement,
)
from fieldclient.domain.records.fir import official_number, provisional_number


def refusal(payload, now) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", payload, now=now)
    return [(e.field, e.code) for e in refused.value.errors]


def test_normalises_identifiers_and_defaults_report_time(fir_payload, now):
    fir_payload["informant"]["cnic"] = "1710112345671"
    fir_payload["informant"]["phone"] = "+923001234567"
    data = validate_new("fir", fir_payload, now=now)
    assert data["informant"]["cnic"] == "17101-1234567-1"
    assert data["informant"]["phone"] == "0300-1234567"
    assert data["reported_at"] == "2026-11-22T15:00:00+05:00"
    assert data["informant"]["name"] == "محمد علی"
    assert data["narrative"].startswith("میری موٹر سائیکل")


@pytest.mark.parametrize(
    ("typed", "normal"), [("PPC 379", "PPC 379"), ("ppc 337a", "PPC 337-A"), ("489-F", "PPC 489-F")]
)
def test_offences_written_many_ways_normalise(fir_payload, now, typed, normal):
    fir_payload["offences"] = [typed]
    assert validate_new("fir", fir_payload, now=now)["offences"] == [normal]


@pytest.mark.parametrize(
    ("typed", "code"),
    [("PPC 999", "offence_unknown"), ("theft", "offence_format"), ("PPC 379-Z", "offence_unknown")],
)
def test_offences_not_in_the_ppc_list_are_refused(fir_payload, now, typed, code):
    fir_payload["offences"] = ["PPC 302", typed]
    assert refusal(fir_payload, now) == [("offences.1", code)]


def test_duplicate_and_empty_offences_refused(fir_payload, now):
    fir_payload["offences"] = ["PPC 379", "ppc 379"]
    assert refusal(fir_payload, now) == [("offences", "duplicate")]
    fir_payload["offences"] = []
    assert refusal(fir_payload, now) == [("offences", "too_few")]


def test_known_and_unknown_accused(fir_payload, now):
    fir_payload["accused"] = [
        {
            "name": "Gul Khan",
            "father_name": "Sher Khan",
            "cnic": "1710176543211",
            "address": "Tehkal",
        },
        {"unknown": True, "description": "tall man, black shawl"},
    ]
    data = validate_new("fir", fir_payload, now=now)
    assert data["accused"][0]["cnic"] == "17101-7654321-1"


def test_known_accused_needs_a_name_and_unknown_has_none(fir_payload, now):
    fir_payload["accused"] = [{"description": "someone"}, {"unknown": True, "name": "Gul"}]
    assert refusal(fir_payload, now) == [
        ("accused.0.name", "required"),
        ("accused.1.name", "unknown_with_identity"),
    ]


def test_no_accused_at_all_is_refused(fir_payload, now):
    fir_payload["accused"] = []
    assert refusal(fir_payload, now) == [("accused", "too_few")]


def test_occurrence_after_report_refused(fir_payload, now):
    fir_payload["reported_at"] = "2026-11-22T09:00:00+05:00"
    assert refusal(fir_payload, now) == [("occurred_at", "after_report")]


def test_occurrence_in_the_future_refused(fir_payload, now):
    fir_payload["occurred_at"] = "2026-11-23T10:00:00+05:00"
    assert refusal(fir_payload, now) == [("occurred_at", "time_in_future")]


def test_lifecycle_along_the_path(fir_payload, now):
    data = validate_new("fir", {**fir_payload, "diary_no": "23"}, now=now)
    assert initial_status("fir") == "draft"
    data["reports_under_s173"] = [{"kind": "final", "submitted_on": "2026-11-30"}]
    for before, after in [
        ("draft", "registered"),
        ("registered", "under_investigation"),
        ("under_investigation", "challan_submitted"),
    ]:
        check_transition("fir", before, after, "as ordered by the SHO", data)
    check_transition("fir", "under_investigation", "untraced", "report under s.173", data)
    for ending in ("refused", "non_cognizable"):
        check_transition("fir", "draft", ending, "not a cognizable offence", data)
    assert set(STATUSES["fir"]) == {
        "draft",
        "registered",
        "under_investigation",
        "challan_submitted",
        "cancelled",
        "untraced",
        "refused",
        "non_cognizable",
        "cancellation_proposed",
        "transferred",
    }


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("draft", "under_investigation"),
        ("registered", "draft"),
        ("registered", "cancelled"),
        ("draft", "cancelled"),
        ("under_investigation", "cancelled"),
        ("cancelled", "under_investigation"),
        ("challan_submitted", "under_investigation"),
        ("cancelled", "registered"),
        ("untraced", "registered"),
        ("draft", "archived"),
    ],
)
def test_transitions_off_the_lifecycle_refused(fir_payload, now, before, after):
    data = validate_new("fir", {**fir_payload, "diary_no": "23"}, now=now)
    with pytest.raises(TransitionRefused) as refused:
        check_transition("fir", before, after, "reason", data)
    assert refused.value.from_status == before and refused.value.to_status == after


def test_every_fir_status_change_needs_a_reason(fir_payload, now):
    data = validate_new("fir", {**fir_payload, "diary_no": "23"}, now=now)
    for reason in (None, "", "   "):
        with pytest.raises(TransitionRefused, match="reason"):
            check_transition("fir", "draft", "registered", reason, data)


def test_registration_needs_the_daily_diary_number(fir_payload, now):
    data = validate_new("fir", fir_payload, now=now)
    with pytest.raises(TransitionRefused, match="diary_no"):
        check_transition("fir", "draft", "registered", "complaint received", data)


def test_draft_can_be_edited(fir_payload, now):
    data = validate_new("fir", fir_payload, now=now)
    patched = validate_patch("fir", "draft", data, {"informant": {"phone": "03451112223"}}, now=now)
    assert patched["informant"]["phone"] == "0345-1112223"
    assert patched["informant"]["name"] == data["informant"]["name"]


def test_bad_patch_to_a_draft_names_the_field(fir_payload, now):
    data = validate_new("fir", fir_payload, now=now)
    with pytest.raises(ValidationFailed) as refused:
        validate_patch("fir", "draft", data, {"informant": {"cnic": "123"}}, now=now)
    assert refused.value.fields == ["informant.cnic"]


@pytest.mark.parametrize(
    "status", ["registered", "under_investigation", "challan_submitted", "cancelled", "untraced"]
)
@pytest.mark.parametrize(
    "patch",
    [
        {"narrative": "changed story"},
        {"informant": {"cnic": "17101-0000000-1"}},
        {"offences": None},
        {"place": 5},
    ],
)
def test_registered_fir_content_is_frozen(fir_payload, now, status, patch):
    data = validate_new("fir", {**fir_payload, "diary_no": "23"}, now=now)
    with pytest.raises(FrozenRecord) as refused:
        validate_patch("fir", status, data, patch, now=now, record_id="r1")
    assert refused.value.record_id == "r1"


def test_registered_fir_frozen_message_points_to_statements(fir_payload, now):
    data = validate_new("fir", {**fir_payload, "diary_no": "23"}, now=now)
    with pytest.raises(FrozenRecord, match="supplementary statement"):
        validate_patch("fir", "registered", data, {"narrative": "x"}, now=now)


def test_patch_that_changes_nothing_is_allowed_on_a_registered_fir(fir_payload, now):
    data = validate_new("fir", {**fir_payload, "diary_no": "23"}, now=now)
    assert validate_patch("fir", "registered", data, {"place": data["place"]}, now=now) == data


def test_supplementary_statement_on_a_registered_fir(now):
    statement = validate_statement(
        "fir", "registered", {"text": "ملزم کی شناخت ہو گئی", "given_by": "Ali Khan"}, now=now
    )
    assert statement == {"text": "ملزم کی شناخت ہو گئی", "given_by": "Ali Khan"}


def test_statement_refused_on_a_draft_and_when_empty(now):
    with pytest.raises(ValidationFailed) as refused:
        validate_statement("fir", "draft", {"text": "x"}, now=now)
    assert refused.value.errors[0].code == "statement_not_allowed"
    with pytest.raises(ValidationFailed) as refused:
        validate_statement("fir", "registered", {"text": " ", "txet": "x"}, now=now)
    assert refused.value.fields == ["txet", "text"]


def test_numbers():
    assert official_number("PS-TATARA", 2026, 17) == "PS-TATARA-2026-0017"
    assert (
        provisional_number("PS-TATARA", 2026, "3f2a9c1b" + "0" * 24) == "P-PS-TATARA-2026-3F2A9C1B"
    )
