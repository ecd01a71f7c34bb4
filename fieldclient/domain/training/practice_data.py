"""Made-up but realistic records for the practice vault.

Every identity number here is shaped like a real one (the validators accept it, so trainees
type and see what they will meet on duty) but can never be a real person's:

* CNIC: digit 1 is the province and digit 2 the division (resources/reference/
  vehicle_registration_formats.md, section 2). Khyber Pakhtunkhwa's divisions are numbered 11–17;
  no division has the digit 0, so a CNIC beginning ``10`` belongs to nobody. Every practice CNIC
  begins ``10`` (``is_practice_cnic``).
* Mobile numbers use the prefixes 0390–0399, which no operator was allocated (the operator
  table in the same file ends at 0371), so a trainee's practice call reaches nobody.
* Plates carry the letters ``TRN``, and names are common Pakistani names picked at random.

The generator takes a `random.Random`, so a test (or a reset) can ask for the same records again.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from fieldclient.domain import reference

PRACTICE_CNIC_PREFIX = "10"  # province 1 (KP), division 0: no such division
KP_DIVISION_CODES = frozenset(range(11, 18))  # Bannu 11 … Peshawar 17
PRACTICE_MOBILE_PREFIXES = tuple(f"039{digit}" for digit in range(10))
PRACTICE_PLATE_LETTERS = "TRN"

MEN = (
    "Muhammad Asif",
    "Imran Khan",
    "Gul Zaman",
    "Bilal Ahmed",
    "Naveed Akhtar",
    "Zahid Hussain",
    "Sher Afzal",
    "Tariq Mehmood",
    "Usman Ghani",
    "Fazal Rabbi",
    "Abdul Wahab",
    "Kashif Raza",
    "محمد اکرم",
    "عبدالرحمن",
    "فیصل شاہ",
    "شاہد محمود",
)
WOMEN = ("Shazia Bibi", "Nasreen Akhtar", "Rubina Kausar", "Samina Gul", "زینب بی بی", "نسرین")
FATHERS = ("Ali Khan", "Muhammad Yousaf", "Ghulam Rasool", "Haji Gul", "Abdul Qayyum", "محمد رفیق")
OCCUPATIONS = ("Shopkeeper", "Driver", "Teacher", "Labourer", "Student", "Tailor")
PLACES = ("near the bus stand", "outside the main bazaar", "on the canal road", "near the school")
NARRATIVES = (
    "My motorcycle was parked outside the shop and was gone when I came back.",
    "Two men on a motorcycle snatched my mobile phone and rode away.",
    "میری دکان کا تالا توڑ کر سامان چوری کر لیا گیا۔",
)
OFFENCES = ("PPC 379", "PPC 356", "PPC 411", "PPC 457")


def practice_cnic(rng: random.Random, *, female: bool = False) -> str:
    """``10xxx-xxxxxxx-g``: division digit 0, which no province uses; the last digit keeps the
    documented meaning (odd for a man, even for a woman) so the card reads naturally."""
    area = f"{PRACTICE_CNIC_PREFIX}{rng.randrange(1000):03d}"
    family = f"{rng.randrange(10_000_000):07d}"
    gender = rng.choice("2468" if female else "13579")
    return f"{area}-{family}-{gender}"


def is_practice_cnic(cnic: str) -> bool:
    """True for a CNIC made here: its division digit is 0."""
    return cnic.replace("-", "").startswith(PRACTICE_CNIC_PREFIX)


def real_kp_division(cnic: str) -> int | None:
    """The KP division a CNIC's first two digits name, or None when no division has them."""
    digits = cnic.replace("-", "")
    code = int(digits[:2]) if digits[:2].isdigit() else -1
    return code if code in KP_DIVISION_CODES else None


def practice_mobile(rng: random.Random) -> str:
    return f"{rng.choice(PRACTICE_MOBILE_PREFIXES)}-{rng.randrange(10_000_000):07d}"


def practice_plate(rng: random.Random) -> str:
    return f"{PRACTICE_PLATE_LETTERS}-{rng.randrange(1, 1000)}"


def practice_stations() -> list[reference.PoliceStationRow]:
    """Places for practice records from the reference table (empty without it): KP police
    stations, and Punjab districts (the table names no Punjab police station yet, and a
    station name is not made up here)."""
    try:
        rows = reference.police_stations()
    except (FileNotFoundError, OSError):
        return []
    return [
        row
        for row in rows
        if (row.province == "Khyber Pakhtunkhwa" and row.police_station) or row.province == "Punjab"
    ]


def _person(rng: random.Random) -> dict[str, str]:
    female = rng.random() < 0.3
    return {
        "name": rng.choice(WOMEN if female else MEN),
        "father_name": rng.choice(FATHERS),
        "cnic": practice_cnic(rng, female=female),
        "phone": practice_mobile(rng),
    }


def _address(rng: random.Random, station: reference.PoliceStationRow | None) -> str:
    if station is None:
        town = "Peshawar"
    elif station.police_station:
        town = f"{station.police_station}, {station.district}"
    else:
        town = station.district
    return f"House {rng.randrange(1, 300)}, Street {rng.randrange(1, 20)}, {town}"


def fir_payload(rng: random.Random, now: datetime, station: Any) -> dict[str, Any]:
    informant = _person(rng) | {"address": _address(rng, station)}
    return {
        "informant": informant,
        "offences": [rng.choice(OFFENCES)],
        "occurred_at": (now - timedelta(hours=rng.randrange(6, 240))).isoformat(),
        "place": rng.choice(PLACES),
        "narrative": rng.choice(NARRATIVES),
        "accused": [{"unknown": True, "description": "two young men on a motorcycle"}],
        "diary_no": str(rng.randrange(1, 60)),
    }


def challan_payload(rng: random.Random, now: datetime, province: str) -> dict[str, Any]:
    person = _person(rng)
    punjab = province == "Punjab"
    return {
        "vehicle_reg": practice_plate(rng),
        "vehicle_type": "car",
        "violations": [rng.choice(("PB25-SIGNAL", "PB21-SEATBELT"))]
        if punjab
        else ["KP21-SEATBELT"],
        "driver": {"name": person["name"], "cnic": person["cnic"]},
        "location": rng.choice(PLACES),
        "issued_at": (now - timedelta(hours=rng.randrange(1, 72))).isoformat(),
        "province": province,
    }


def tenant_payload(rng: random.Random, now: datetime, station: Any) -> dict[str, Any]:
    landlord = _person(rng)
    tenant = _person(rng)
    start = (now - timedelta(days=rng.randrange(1, 60))).date()
    references = [_person(rng) for _ in range(2)]
    return {
        "landlord": {key: landlord[key] for key in ("name", "cnic", "phone")},
        "property_address": _address(rng, station),
        "property_type": rng.choice(("house", "portion", "flat")),
        "tenant": tenant
        | {"permanent_address": _address(rng, None), "occupation": rng.choice(OCCUPATIONS)},
        "start_date": start.isoformat(),
        "monthly_rent": rng.randrange(10, 80) * 1000,
        "possession_at": f"{start.isoformat()}T{rng.randrange(9, 19):02d}:00:00+05:00",
        "references": [
            {key: person[key] for key in ("name", "cnic", "phone")}
            | {"address": _address(rng, None)}
            for person in references
        ],
    }
