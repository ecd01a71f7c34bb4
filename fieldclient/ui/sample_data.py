"""Made-up records for screenshots and training demos (never real people; times in the past)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from fieldclient.domain.pakistan_time import pakistan_now
from fieldclient.services.station import StationServices

INFORMANTS = ("Muhammad Ali", "محمد اکرم", "Gul Zaman", "Shazia Bibi", "عبدالرحمن", "Imran Khan")
TENANTS = ("Zahid Khan", "Naveed Ahmed", "فیصل شاہ")
PLATES = ("LEA-1234", "LEC-5821", "RIM-904", "PSH-3310")
BADGES = ("PSH-1021", "PSH-1022", "PSH-1030")


def _ago(hours: float) -> str:
    return (pakistan_now() - timedelta(hours=hours)).isoformat()


def fir_payload(serial: int) -> dict[str, Any]:
    return {
        "informant": {
            "name": INFORMANTS[serial % len(INFORMANTS)],
            "father_name": "Ali Khan",
            "cnic": f"17301-{1234500 + serial:07d}-1",
            "phone": f"0300-{1234500 + serial:07d}",
            "address": "Mohalla Tatara, Peshawar",
        },
        "offences": ["PPC 379"] if serial % 2 else ["PPC 411"],
        "occurred_at": _ago(30 + serial * 7),
        "place": "Near Tatara chowk",
        "narrative": "میری موٹر سائیکل چوری ہو گئی۔ The motorcycle was parked outside the shop.",
        "accused": [{"unknown": True, "description": "two young men on a motorcycle"}],
        "diary_no": str(14 + serial),
    }


def challan_payload(serial: int) -> dict[str, Any]:
    return {
        "vehicle_reg": PLATES[serial % len(PLATES)],
        "vehicle_type": "car",
        # The sample station is in Peshawar: its challans are priced from the KP table.
        "province": "Khyber Pakhtunkhwa",
        "violations": ["KP21-SEATBELT", "KP21-NOLIGHTS"] if serial % 2 else ["KP21-SEATBELT"],
        "driver": {"name": "Bilal Ahmed", "cnic": "17301-1234567-3", "licence_no": "PSH-123456"},
        "location": "University Road, Peshawar",
        "issued_at": _ago(1 + serial * 3),
    }


def tenant_payload(serial: int) -> dict[str, Any]:
    return {
        "landlord": {"name": "Haji Gul", "cnic": "17301-7654321-1", "phone": "0333-7654321"},
        "property_address": f"House {12 + serial}, Street 4, Hayatabad Phase 3, Peshawar",
        "tenant": {
            "name": TENANTS[serial % len(TENANTS)],
            "father_name": "Sher Khan",
            "cnic": f"15602-{1112220 + serial:07d}-5",
            "phone": "0345-1112223",
            "permanent_address": "Village Kabal, Swat",
            "occupation": "Shopkeeper",
        },
        "start_date": (pakistan_now() - timedelta(days=1 + serial)).date().isoformat(),
    }


def attendance_payload(serial: int) -> dict[str, Any]:
    return {
        "badge_no": BADGES[serial % len(BADGES)],
        "kind": "check_in" if serial % 2 == 0 else "check_out",
        "method": "fingerprint",
        "at": _ago(0.5 + serial * 4),
        "match_score": 70 + serial % 25,
        "device": "station-pc-1",
    }


SAMPLES = {
    "fir": fir_payload,
    "challan": challan_payload,
    "tenant": tenant_payload,
    "attendance": attendance_payload,
}


def add_sample_records(services: StationServices, per_type: int = 8) -> None:
    """A few records of every type; some FIRs registered, one challan paid."""
    for record_type, payload in SAMPLES.items():
        for serial in range(per_type):
            record = services.records.create(record_type, payload(serial))
            if record_type == "fir" and serial % 3 == 0:
                services.records.transition(record.id, "registered", "entered in the daily diary")
            if record_type == "challan" and serial == 0:
                services.records.edit(record.id, {"payment_ref": "BOP-778812"})
                services.records.transition(record.id, "paid")
