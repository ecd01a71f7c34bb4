"""What the full-text index and the list show for each record type."""

from __future__ import annotations

from fieldclient.domain.record import Record
from fieldclient.domain.records import search_text, summary, validate_new


def make(record_type: str, data: dict, **extra) -> Record:
    return Record(
        id="3f2a9c1b" + "0" * 24,
        type=record_type,
        status=extra.pop("status", "draft"),
        data=data,
        station="PS-TATARA",
        created_by="PSH-1021",
        created_at="2026-11-22T15:00:00+05:00",
        updated_at="2026-11-22T15:00:00+05:00",
        device_id="dev1",
        **extra,
    )


def test_fir_search_text_holds_names_identifiers_narrative_and_numbers(fir_payload, now):
    data = validate_new("fir", {**fir_payload, "diary_no": "23"}, now=now)
    record = make(
        "fir",
        data,
        provisional_number="P-PS-TATARA-2026-3F2A9C1B",
        statements=[{"text": "ملزم گرفتار ہو گیا"}],
    )
    text = search_text(record)
    for expected in (
        "محمد علی",
        "17101-1234567-1",
        "1710112345671",
        "0300-1234567",
        "03001234567",
        "PPC 379",
        "موٹر سائیکل",
        "P-PS-TATARA-2026-3F2A9C1B",
        "ملزم گرفتار",
    ):
        assert expected in text


def test_challan_search_text_has_plate_with_and_without_hyphen(challan_payload, now):
    record = make("challan", validate_new("challan", challan_payload, now=now), number="W7-000123")
    text = search_text(record)
    assert "LEA-1234" in text and "LEA1234" in text and "W7-000123" in text
    assert "35202-1234567-3" in text and "3520212345673" in text


def test_tenant_search_text_leaves_out_photo_ids(tenant_payload, now):
    tenant_payload["photos"] = {"tenant": "att_secret_id"}
    text = search_text(make("tenant", validate_new("tenant", tenant_payload, now=now)))
    assert "زاہد خان" in text and "15602-1112223-5" in text
    assert "att_secret_id" not in text


def test_summaries_have_the_same_columns_for_every_type(
    fir_payload, challan_payload, tenant_payload, attendance_payload, now
):
    payloads = {
        "fir": fir_payload,
        "challan": challan_payload,
        "tenant": tenant_payload,
        "attendance": attendance_payload,
    }
    summaries = {
        record_type: summary(make(record_type, validate_new(record_type, payload, now=now)))
        for record_type, payload in payloads.items()
    }
    for columns in summaries.values():
        assert set(columns) == {"number", "status", "title", "detail", "when"}
    assert summaries["fir"]["title"] == "محمد علی"
    assert summaries["challan"]["detail"] == "Rs 1,000 — 3, 22"
    assert summaries["tenant"]["title"] == "زاہد خان"
    assert summaries["attendance"]["title"] == "PSH-1021"


def test_every_text_is_each_text_in_order_then_the_identifiers_without_dashes():
    from fieldclient.domain.records.text_index import every_text

    record = make(
        "fir",
        {
            "informant": {"name": "Gul Khan", "cnic": "17101-1234567-1", "age": 41},
            "accused": [{"unknown": True, "plate": "LEA 1234"}, {"name": "۱۲۳-۴۵۶"}],
            "photos": {"front": "attachment-id-77"},
            "offences": ["PPC 379", "CROSS-ROAD"],
            "amount": 12.5,
            "empty": "",
        },
        number="FIR-12/2026",
        statements=[{"text": "second statement 0300-1234567"}],
    )
    assert every_text(record).split("\n") == [
        "FIR-12/2026",
        "Gul Khan",
        "17101-1234567-1",
        "41",
        "LEA 1234",
        "۱۲۳-۴۵۶",
        "PPC 379",
        "CROSS-ROAD",
        "12.5",
        "second statement 0300-1234567",
        "1710112345671",
        "LEA1234",
        "PPC379",
        "secondstatement03001234567",
    ]
