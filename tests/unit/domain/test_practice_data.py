"""Practice records: shaped like real ones, never real (docs/TRAINING.md)."""

import random
from datetime import datetime

import pytest

from fieldclient.domain import records as kinds
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.training import practice_data

# The operator prefixes of resources/reference/vehicle_registration_formats.md, section 3.
ALLOCATED_MOBILE_PREFIXES = {f"03{n:02d}" for n in range(50)} | {"0355", "0370", "0371"}
NOW = datetime(2026, 12, 1, 12, 0, tzinfo=PAKISTAN_TIME)


@pytest.mark.parametrize("seed", range(20))
def test_practice_cnic_is_accepted_as_a_cnic_but_names_no_real_division(seed):
    rng = random.Random(seed)
    cnic = practice_data.practice_cnic(rng, female=seed % 2 == 0)
    payload = {"name": "Gul Zaman", "phone": "0390-1234567", "cnic": cnic}
    data = kinds.validate_new(
        "tenant",
        {
            "landlord": payload,
            "property_address": "House 1, Street 2, Peshawar",
            "tenant": payload
            | {
                "cnic": practice_data.practice_cnic(rng),
                "father_name": "Ali Khan",
                "permanent_address": "Swat",
                "occupation": "Driver",
            },
            "start_date": "2026-11-01",
        },
        now=NOW,
    )
    assert data["landlord"]["cnic"] == cnic  # the validator takes it as typed
    # The documented way it fails as a real one: digit 2 (the division) is 0, and KP's
    # divisions are 11–17; a real KP CNIC's first two digits name one of them.
    assert cnic.startswith("10") and practice_data.is_practice_cnic(cnic)
    assert practice_data.real_kp_division(cnic) is None
    assert practice_data.real_kp_division("17301-1234567-1") == 17  # a real Peshawar prefix
    assert int(cnic[-1]) % 2 == (0 if seed % 2 == 0 else 1)  # the gender digit reads naturally


def test_practice_mobiles_use_no_allocated_operator_prefix():
    rng = random.Random(1)
    numbers = {practice_data.practice_mobile(rng) for _ in range(200)}
    assert all(number[:4] not in ALLOCATED_MOBILE_PREFIXES for number in numbers)
    assert all(number.startswith("039") for number in numbers)


def test_practice_payloads_validate_and_use_kp_and_punjab_stations():
    stations = practice_data.practice_stations()
    assert {row.province for row in stations} == {"Khyber Pakhtunkhwa", "Punjab"}
    rng = random.Random(7)
    for station in stations[:3] + stations[-3:]:
        kinds.validate_new("fir", practice_data.fir_payload(rng, NOW, station), now=NOW)
        tenancy = practice_data.tenant_payload(rng, NOW, station)
        data = kinds.validate_new("tenant", tenancy, now=NOW)
        assert len(data["references"]) == 2 and data["possession_at"] < NOW.isoformat()
        challan = practice_data.challan_payload(rng, NOW, station.province)
        assert kinds.validate_new("challan", challan, now=NOW)["fine_total"] > 0
