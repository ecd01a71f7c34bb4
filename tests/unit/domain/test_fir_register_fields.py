"""FIR register fields (issue 13, docs/REGISTERS.md section 1): other laws' offences, the
informant without a CNIC or phone, the complainant, occurrence ranges, the reason for delay,
property, distance and direction, the officers; and that an FIR of the old shape stays valid."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.records import validate_new
from fieldclient.domain.records.fir.content import delay_reason_problem, report_delay
from fieldclient.domain.records.fir.offences import offence_options


def refusal(payload, now) -> list[tuple[str, str]]:
    with pytest.raises(ValidationFailed) as refused:
        validate_new("fir", payload, now=now)
    return [(e.field, e.code) for e in refused.value.errors]


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("CNSA 9(c)", "CNSA 9(c)"),
        ("cnsa 9 (C)", "CNSA 9(c)"),
        ("AO 13", "AO 13"),
        ("ao 11b", "AO 11-B"),
        ("ATA 7", "ATA 7"),
        ("ata 11-f", "ATA 11F"),
        ("PECA 22A", "PECA 22A"),
        ("KPAA 15", "KPAA 15"),
        ("MVO 89-A", "MVO 89-A"),
        ("PPC 324(1)", "PPC 324(1)"),
    ],
)
def test_offences_of_other_laws_normalise_to_the_table(fir_payload, now, typed, normal):
    fir_payload["offences"] = ["PPC 302", typed]
    assert validate_new("fir", fir_payload, now=now)["offences"] == ["PPC 302", normal]


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("CNSA 99", "offence_unknown"),
        ("XYZ 7", "offence_unknown_law"),
        ("ATA", "offence_format"),
        ("CNSA 9(c)(d)(e)(f)x", "offence_format"),
    ],
)
def test_offences_not_in_the_other_laws_table_are_refused(fir_payload, now, typed, code):
    fir_payload["offences"] = [typed]
    assert refusal(fir_payload, now) == [("offences.0", code)]


def test_the_picker_offers_the_other_laws_each_section_once():
    codes = [code for code, _label in offence_options()]
    assert {"PPC 379", "CNSA 9", "AO 13", "ATA 7", "PECA 3"} <= set(codes)
    assert len(codes) == len(set(codes))
    labels = dict(offence_options())
    assert labels["KPCNSA 9"].startswith("KPCNSA 9 — Khyber Pakhtunkhwa Control")


def test_an_fir_of_the_old_shape_stays_valid(fir_payload, now):
    data = validate_new("fir", fir_payload, now=now)
    assert "complainant" not in data and data["occurred_at"] == "2026-11-22T10:00:00+05:00"


def test_informant_without_cnic_and_phone_gives_another_document(fir_payload, now):
    del fir_payload["informant"]["cnic"], fir_payload["informant"]["phone"]
    assert refusal(fir_payload, now) == [("informant.cnic", "identity_missing")]
    fir_payload["informant"]["id_document"] = {"kind": "por_card", "number": "PoR-123456"}
    data = validate_new("fir", fir_payload, now=now)
    assert data["informant"]["id_document"] == {"kind": "por_card", "number": "PoR-123456"}
    del fir_payload["informant"]["id_document"]
    fir_payload["informant"]["no_id_reason"] = "a child of 12; has no card"
    assert validate_new("fir", fir_payload, now=now)["informant"]["no_id_reason"]


def test_identity_document_kind_is_one_of_the_list(fir_payload, now):
    fir_payload["informant"]["id_document"] = {"kind": "library card", "number": "7"}
    assert refusal(fir_payload, now) == [("informant.id_document.kind", "not_a_choice")]


def test_reason_for_no_document_is_refused_beside_a_cnic(fir_payload, now):
    fir_payload["informant"]["no_id_reason"] = "lost"
    assert refusal(fir_payload, now) == [("informant.no_id_reason", "reason_with_cnic")]


def test_complainant_distinct_from_informant(fir_payload, now):
    fir_payload["complainant"] = {
        "name": "ASI Tariq Mehmood",
        "age": "41",
        "occupation": "police officer",
        "address": "PS Tatara",
    }
    data = validate_new("fir", fir_payload, now=now)
    assert data["complainant"]["age"] == 41
    fir_payload["complainant"] = {"age": 200}
    assert refusal(fir_payload, now) == [
        ("complainant.name", "required"),
        ("complainant.age", "out_of_range"),
    ]


def test_occurrence_as_a_range(fir_payload, now):
    del fir_payload["occurred_at"]
    fir_payload["occurred_from"] = "2026-11-21T23:00:00+05:00"
    fir_payload["occurred_to"] = "2026-11-22T05:00:00+05:00"
    data = validate_new("fir", fir_payload, now=now)
    assert (data["occurred_from"], data["occurred_to"]) == (
        "2026-11-21T23:00:00+05:00",
        "2026-11-22T05:00:00+05:00",
    )


def test_occurrence_range_problems(fir_payload, now):
    fir_payload["occurred_from"] = "2026-11-21T23:00:00+05:00"
    assert refusal(fir_payload, now) == [("occurred_from", "instant_and_range")]
    del fir_payload["occurred_at"]
    assert refusal(fir_payload, now) == [("occurred_to", "required")]
    fir_payload["occurred_to"] = "2026-11-21T22:00:00+05:00"
    assert refusal(fir_payload, now) == [("occurred_to", "range_reversed")]
    del fir_payload["occurred_from"], fir_payload["occurred_to"]
    assert refusal(fir_payload, now) == [("occurred_at", "required")]


def test_range_must_end_before_the_report(fir_payload, now):
    del fir_payload["occurred_at"]
    fir_payload["occurred_from"] = "2026-11-22T09:00:00+05:00"
    fir_payload["occurred_to"] = "2026-11-22T12:00:00+05:00"
    fir_payload["reported_at"] = "2026-11-22T11:00:00+05:00"
    assert refusal(fir_payload, now) == [("occurred_to", "after_report")]


def test_delay_reason_needed_only_above_the_allowed_delay(fir_payload, now):
    fir_payload["reported_at"] = "2026-11-22T14:00:00+05:00"  # 4 hours after the occurrence
    data = validate_new("fir", fir_payload, now=now)
    assert report_delay(data) == timedelta(hours=4)
    assert delay_reason_problem(data, timedelta(hours=24)) is None
    problem = delay_reason_problem(data, timedelta(hours=3))
    assert problem is not None
    assert (problem.field, problem.code) == ("delay_reason", "delay_reason_required")
    fir_payload["delay_reason"] = "the informant was in hospital"
    data = validate_new("fir", fir_payload, now=now)
    assert delay_reason_problem(data, timedelta(hours=3)) is None


def test_delay_of_a_range_counts_from_its_end(fir_payload, now):
    del fir_payload["occurred_at"]
    fir_payload["occurred_from"] = "2026-11-20T23:00:00+05:00"
    fir_payload["occurred_to"] = "2026-11-22T05:00:00+05:00"
    fir_payload["reported_at"] = "2026-11-22T07:00:00+05:00"
    data = validate_new("fir", fir_payload, now=now)
    assert report_delay(data) == timedelta(hours=2)


def test_place_property_officers_and_copies(fir_payload, now):
    fir_payload |= {
        "distance_from_station_km": "2.5",
        "direction_from_station": "north_east",
        "beat": "Chowki Tatara",
        "property_carried_off": [
            {"description": "Honda CD-70, red, LEA-1234", "value": "85000"},
            {"description": "a mobile phone"},
        ],
        "read_over_to_informant": True,
        "informant_signed_with": "thumb_impression",
        "photos": {"informant_signature": "a" * 32},
        "investigating_officer": {"name": "Sajid Khan", "rank": "SI", "belt_no": "1234"},
        "steps_taken": "SI Sajid Khan sent to the spot",
        "report_to_magistrate_sent_at": "2026-11-22T14:30:00+05:00",
        "reported_at": "2026-11-22T13:00:00+05:00",
        "recording_officer": {"name": "Imran Ali", "rank": "ASI", "belt_no": "PSH-77"},
    }
    data = validate_new("fir", fir_payload, now=now)
    assert data["distance_from_station_km"] == 2.5
    assert data["property_carried_off"][0]["value"] == 85000
    assert data["recording_officer"] == {"name": "Imran Ali", "rank": "ASI", "belt_no": "PSH-77"}


def test_bad_place_property_and_officer_values_name_their_fields(fir_payload, now):
    fir_payload |= {
        "distance_from_station_km": "far",
        "direction_from_station": "up",
        "property_carried_off": [{"value": -5}],
        "recording_officer": {"rank": "ASI", "belt_no": "12 34"},
        "photos": {"informant_signature": "../etc/passwd"},
    }
    assert sorted(refusal(fir_payload, now)) == sorted(
        [
            ("distance_from_station_km", "distance_format"),
            ("direction_from_station", "not_a_choice"),
            ("property_carried_off.0.description", "required"),
            ("property_carried_off.0.value", "out_of_range"),
            ("recording_officer.name", "required"),
            ("recording_officer.belt_no", "token_format"),
            ("photos.informant_signature", "attachment_id"),
        ]
    )


def test_copies_cannot_be_sent_before_the_report(fir_payload, now):
    fir_payload["reported_at"] = "2026-11-22T13:00:00+05:00"
    fir_payload["report_to_magistrate_sent_at"] = "2026-11-22T12:00:00+05:00"
    assert refusal(fir_payload, now) == [("report_to_magistrate_sent_at", "before_report")]
