"""Generated record payloads: varied names, CNICs, phones, plates, places and Urdu text.

Deterministic for a seed, valid for `fieldclient.domain.records.validate_new`, and spread over the
last three years so that sorting by record time and date filters have real work to do.
"""

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.reference import police_stations, ppc_sections, traffic_violations

SPREAD = timedelta(days=3 * 365)

# Share of each type in a station's vault.
TYPE_MIX = (("fir", 0.40), ("challan", 0.30), ("tenant", 0.15), ("attendance", 0.15))
# A device offline for long issues more challans than its leased number blocks hold; those would be
# refused at push, so the sync figures use the other types in the same proportions.
SYNC_MIX = tuple((name, share) for name, share in TYPE_MIX if name != "challan")

FIRST_NAMES = (
    "Muhammad", "Ahmed", "Ali", "Bilal", "Usman", "Hamza", "Imran", "Zahid", "Tariq", "Asif",
    "Farooq", "Naveed", "Shahid", "Kamran", "Waqas", "Adnan", "Fahad", "Junaid", "Saad", "Yasir",
    "Ayesha", "Fatima", "Sana", "Maryam", "Zainab", "Hina", "Nadia", "Rabia", "Saima", "Amna",
    "Gul", "Sher", "Noor", "Iqbal", "Rehman", "Sajjad", "Javed", "Arshad", "Khalid", "Rashid",
)  # fmt: skip
SURNAMES = (
    "Khan", "Afridi", "Yousafzai", "Khattak", "Durrani", "Bangash", "Orakzai", "Shinwari",
    "Mohmand", "Qureshi", "Malik", "Butt", "Chaudhry", "Awan", "Abbasi", "Siddiqui", "Hussain",
    "Shah", "Gillani", "Bhatti", "Rana", "Mughal", "Baloch", "Marwat", "Wazir", "Swati",
)  # fmt: skip
URDU_NAMES = (
    "محمد علی", "احمد خان", "بلال احمد", "عمران شاہ", "زاہد خان", "طارق محمود", "عائشہ بی بی",
    "فاطمہ گل", "شیر خان", "نور محمد", "گل زمان", "حمزہ آفریدی", "اسد اللہ", "رحمان گل",
)  # fmt: skip
OCCUPATIONS = (
    "Shopkeeper", "Driver", "Teacher", "Labourer", "Student", "Tailor", "Mechanic", "Clerk",
    "دکاندار", "مزدور", "استاد", "ڈرائیور",
)  # fmt: skip
URDU_SENTENCES = (
    "میری موٹر سائیکل چوری ہو گئی۔",
    "دکان کا تالا توڑ کر سامان لے گئے۔",
    "دو نامعلوم افراد نے اسلحہ کے زور پر موبائل فون چھین لیا۔",
    "رات کے وقت گھر میں چوری کی واردات ہوئی۔",
    "زمین کے تنازعہ پر جھگڑا ہوا اور فائرنگ کی گئی۔",
    "مدعی کو راستے میں روک کر زخمی کیا گیا۔",
    "گاڑی کا شیشہ توڑ کر بیگ نکال لیا گیا۔",
    "ملزمان موقع سے فرار ہو گئے۔",
    "واقعہ کے گواہ موجود ہیں۔",
    "نقدی اور زیورات غائب ہیں۔",
)
ENGLISH_SENTENCES = (
    "The motorcycle was parked outside the shop.",
    "The complainant was returning home from the bazaar after Isha prayers.",
    "Two men on a motorcycle snatched the mobile phone at gunpoint.",
    "The lock of the shop was found broken in the morning.",
    "A dispute over a water channel turned into a fight.",
    "Witnesses saw a white car leaving the street at high speed.",
    "Cash and gold ornaments are missing from the almirah.",
    "The accused threatened the family and fled towards the main road.",
)
ACCUSED_DESCRIPTIONS = (
    "two young men on a motorcycle",
    "a tall man in a grey shalwar kameez",
    "unknown persons, faces covered",
    "دو نامعلوم نوجوان",
    "ایک شخص سفید گاڑی میں",
)
STREETS = ("Main Bazaar", "GT Road", "University Road", "Saddar Road", "Mall Road", "Ring Road")
VEHICLE_TYPES = ("motorcycle", "car", "public_service_vehicle", "heavy")
OFFICER_BADGES = tuple(f"PSH-{1000 + i}" for i in range(60))
# Offences an FIR commonly cites; filtered against the sourced PPC list at first use.
COMMON_OFFENCES = ("302", "324", "337-A", "379", "380", "382", "392", "395", "406", "420", "506")


class PayloadGenerator:
    def __init__(self, seed: int, now: datetime | None = None) -> None:
        self.rng = random.Random(seed)
        self.now = now or datetime.now(PAKISTAN_TIME)
        self.places = [row for row in police_stations() if row.police_station]
        sections = ppc_sections()
        self.offences = [f"PPC {code}" for code in COMMON_OFFENCES if code in sections]
        self.violations = {
            vehicle: [
                code
                for code, row in traffic_violations("Punjab").items()
                if not row.superseded and row.fines.get(vehicle) is not None
            ]
            for vehicle in VEHICLE_TYPES
        }

    def records(
        self, count: int, mix: tuple[tuple[str, float], ...] = TYPE_MIX
    ) -> Iterator[tuple[str, dict[str, Any]]]:
        """`count` (record type, payload) pairs in the type mix."""
        types = [name for name, _ in mix]
        weights = [share for _, share in mix]
        for _ in range(count):
            record_type = self.rng.choices(types, weights)[0]
            yield record_type, self.payload(record_type)

    def payload(self, record_type: str) -> dict[str, Any]:
        return {
            "fir": self.fir,
            "challan": self.challan,
            "tenant": self.tenant,
            "attendance": self.attendance,
        }[record_type]()

    # ---- record types --------------------------------------------------------------------

    def fir(self) -> dict[str, Any]:
        reported = self._past_time()
        occurred = reported - timedelta(minutes=self.rng.randint(10, 72 * 60))
        return {
            "informant": {
                "name": self.name(),
                "father_name": self.name(),
                "cnic": self.cnic(),
                "phone": self.phone(),
                "address": self.address(),
            },
            "offences": self.rng.sample(self.offences, self.rng.randint(1, 3)),
            "occurred_at": occurred.isoformat(timespec="seconds"),
            "reported_at": reported.isoformat(timespec="seconds"),
            "place": f"Near {self.rng.choice(STREETS)}, {self.place()}",
            "narrative": self.narrative(),
            "accused": self.accused(),
            "diary_no": str(self.rng.randint(1, 400)),
        }

    def challan(self) -> dict[str, Any]:
        vehicle = self.rng.choice(VEHICLE_TYPES)
        codes = self.violations[vehicle]
        return {
            "vehicle_reg": self.plate(),
            "vehicle_type": vehicle,
            "violations": self.rng.sample(codes, self.rng.randint(1, min(3, len(codes)))),
            "driver": {
                "name": self.name(),
                "cnic": self.cnic(),
                "licence_no": f"LHR-{self.rng.randint(100000, 999999)}",
            },
            "location": f"{self.rng.choice(STREETS)}, {self.place()}",
            "issued_at": self._past_time().isoformat(timespec="seconds"),
        }

    def tenant(self) -> dict[str, Any]:
        return {
            "landlord": {"name": self.name(), "cnic": self.cnic(), "phone": self.phone()},
            "property_address": self.address(),
            "tenant": {
                "name": self.name(),
                "father_name": self.name(),
                "cnic": self.cnic(),
                "phone": self.phone(),
                "permanent_address": self.address(),
                "occupation": self.rng.choice(OCCUPATIONS),
            },
            "start_date": self._past_time().date().isoformat(),
            "family_count": self.rng.randint(1, 9),
        }

    def attendance(self) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "badge_no": self.rng.choice(OFFICER_BADGES),
            "kind": self.rng.choice(("check_in", "check_out")),
            "at": self._past_time().isoformat(timespec="seconds"),
            "device": "station-pc-1",
        }
        if self.rng.random() < 0.9:
            payload |= {"method": "fingerprint", "match_score": self.rng.randint(41, 99)}
        else:
            payload["method"] = "pin"
        return payload

    # ---- parts ---------------------------------------------------------------------------

    def name(self) -> str:
        if self.rng.random() < 0.2:
            return self.rng.choice(URDU_NAMES)
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(SURNAMES)}"

    def cnic(self) -> str:
        digits = str(self.rng.randint(1, 7)) + "".join(
            str(self.rng.randint(0, 9)) for _ in range(12)
        )
        return f"{digits[:5]}-{digits[5:12]}-{digits[12]}"

    def phone(self) -> str:
        return f"03{self.rng.randint(0, 49):02d}-{self.rng.randint(0, 9_999_999):07d}"

    def plate(self) -> str:
        letters = "".join(self.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        return f"{letters}-{self.rng.randint(1, 9999)}"

    def place(self) -> str:
        row = self.rng.choice(self.places)
        return f"{row.police_station}, {row.district}"

    def address(self) -> str:
        return f"House {self.rng.randint(1, 999)}, Street {self.rng.randint(1, 40)}, {self.place()}"

    def narrative(self) -> str:
        parts = self.rng.sample(URDU_SENTENCES, self.rng.randint(1, 3))
        parts += self.rng.sample(ENGLISH_SENTENCES, self.rng.randint(1, 3))
        return " ".join(parts)

    def accused(self) -> list[dict[str, Any]]:
        if self.rng.random() < 0.5:
            return [{"unknown": True, "description": self.rng.choice(ACCUSED_DESCRIPTIONS)}]
        return [
            {"name": self.name(), "father_name": self.name(), "cnic": self.cnic()}
            for _ in range(self.rng.randint(1, 3))
        ]

    def _past_time(self) -> datetime:
        back = self.rng.uniform(timedelta(minutes=10).total_seconds(), SPREAD.total_seconds())
        return (self.now - timedelta(seconds=back)).replace(microsecond=0)


def search_queries(generator: PayloadGenerator, count: int) -> list[str]:
    """What officers type into the search box: names, surnames, CNICs, plates, Urdu words, places.

    A third are broad (a common surname matches thousands of records), the rest selective.
    """
    rng = generator.rng
    makers = (
        lambda: rng.choice(SURNAMES),
        lambda: f"{rng.choice(FIRST_NAMES)} {rng.choice(SURNAMES)}",
        lambda: generator.cnic()[:11],
        lambda: generator.plate().split("-")[0],
        lambda: rng.choice([w for w in rng.choice(URDU_SENTENCES).split() if len(w) > 3]),
        lambda: rng.choice(generator.places).police_station.split()[0],
    )
    return [rng.choice(makers)() for _ in range(count)]
