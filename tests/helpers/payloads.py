"""Valid payloads of every record type, with times safely in the past (the core JSON names)."""

from datetime import datetime, timedelta, timezone
from typing import Any

PKT = timezone(timedelta(hours=5))


def hours_ago(hours: float) -> str:
    return (datetime.now(PKT) - timedelta(hours=hours)).replace(microsecond=0).isoformat()


def fir_payload(name: str = "Muhammad Ali", narrative: str | None = None) -> dict[str, Any]:
    return {
        "informant": {
            "name": name,
            "father_name": "Ali Khan",
            "cnic": "17101-1234567-1",
            "phone": "0300-1234567",
            "address": "Mohalla Tatara, Peshawar",
        },
        "offences": ["PPC 379"],
        "occurred_at": hours_ago(5),
        "place": "Near Tatara chowk",
        "narrative": narrative
        or "میری موٹر سائیکل چوری ہو گئی۔ The motorcycle was parked outside the shop.",
        "accused": [{"unknown": True, "description": "two young men on a motorcycle"}],
        "diary_no": "14",
    }


def challan_payload(vehicle_reg: str = "LEA-1234") -> dict[str, Any]:
    return {
        "vehicle_reg": vehicle_reg,
        "vehicle_type": "car",
        "violations": ["PB25-SIGNAL", "PB21-SEATBELT"],
        "driver": {"name": "Bilal Ahmed", "cnic": "35202-1234567-3", "licence_no": "LHR-123456"},
        "location": "Mall Road, Lahore",
        "issued_at": hours_ago(1),
    }


def tenant_payload(tenant_name: str = "Zahid Khan") -> dict[str, Any]:
    return {
        "landlord": {"name": "Haji Gul", "cnic": "17301-7654321-1", "phone": "0333-7654321"},
        "property_address": "House 12, Street 4, Hayatabad Phase 3, Peshawar",
        "tenant": {
            "name": tenant_name,
            "father_name": "Sher Khan",
            "cnic": "15602-1112223-5",
            "phone": "0345-1112223",
            "permanent_address": "Village Kabal, Swat",
            "occupation": "Shopkeeper",
        },
        "start_date": (datetime.now(PKT) - timedelta(days=1)).date().isoformat(),
    }


def attendance_payload(badge: str = "PSH-1021") -> dict[str, Any]:
    return {
        "badge_no": badge,
        "kind": "check_in",
        "method": "fingerprint",
        "at": hours_ago(0.5),
        "match_score": 87,
        "device": "station-pc-1",
    }


PAYLOADS = {
    "fir": fir_payload,
    "challan": challan_payload,
    "tenant": tenant_payload,
    "attendance": attendance_payload,
}


def complaint_payload(name: str = "Shabana Bibi", via: str = "front_desk") -> dict[str, Any]:
    return {
        "complainant": {
            "name": name,
            "father_name": "Gul Khan",
            "cnic": "17301-2345678-2",
            "phone": "0312-3456789",
            "address": "Gulbahar No. 2, Peshawar",
        },
        "against": [{"name": "Rashid Khan", "cnic": "17301-8765432-1"}],
        "details": "ہمسایہ روزانہ دھمکیاں دیتا ہے۔ The neighbour threatens the family every night.",
        "occurred_at": hours_ago(30),
        "place": "Gulbahar No. 2, street 7",
        "received_via": via,
    }
