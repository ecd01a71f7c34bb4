"""Valid payloads of every record type, and a fixed 'now', for the domain tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

import pytest

PKT = timezone(timedelta(hours=5))
NOW = datetime(2026, 11, 22, 15, 0, tzinfo=PKT)


@pytest.fixture
def now() -> datetime:
    return NOW


@pytest.fixture
def fir_payload() -> dict[str, Any]:
    return {
        "informant": {
            "name": "محمد علی",
            "father_name": "Ali Khan",
            "cnic": "17101-1234567-1",
            "phone": "0300-1234567",
            "address": "Mohalla Tatara, Peshawar",
        },
        "offences": ["PPC 379"],
        "occurred_at": "2026-11-22T10:00:00+05:00",
        "place": "Near Tatara chowk",
        "narrative": "میری موٹر سائیکل چوری ہو گئی۔ The motorcycle was parked outside the shop.",
        "accused": [{"unknown": True, "description": "two young men on a motorcycle"}],
    }


@pytest.fixture
def challan_payload() -> dict[str, Any]:
    return {
        "vehicle_reg": "LEA-1234",
        "vehicle_type": "car",
        "violations": ["3", "22"],
        "driver": {"name": "Bilal Ahmed", "cnic": "35202-1234567-3", "licence_no": "LHR-123456"},
        "location": "Mall Road, Lahore",
        "issued_at": "2026-11-22T12:00:00+05:00",
    }


@pytest.fixture
def tenant_payload() -> dict[str, Any]:
    return {
        "landlord": {"name": "Haji Gul", "cnic": "17301-7654321-1", "phone": "0333-7654321"},
        "property_address": "House 12, Street 4, Hayatabad Phase 3, Peshawar",
        "tenant": {
            "name": "زاہد خان",
            "father_name": "Sher Khan",
            "cnic": "15602-1112223-5",
            "phone": "0345-1112223",
            "permanent_address": "Village Kabal, Swat",
            "occupation": "Shopkeeper",
        },
        "start_date": "2026-12-01",
    }


@pytest.fixture
def attendance_payload() -> dict[str, Any]:
    return {
        "badge_no": "PSH-1021",
        "kind": "check_in",
        "method": "fingerprint",
        "at": "2026-11-22T08:55:00+05:00",
        "match_score": 87,
        "device": "station-pc-1",
    }
