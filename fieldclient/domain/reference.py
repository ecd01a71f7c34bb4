"""Loaders for the sourced reference tables in ``resources/reference`` (read once, then cached).

Where each file came from, and how its blank cells are read: ``resources/reference/SOURCES.md``.
"""

from __future__ import annotations

import csv
import dataclasses
import re
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path

PROVINCE_ALIASES = {
    "punjab": "Punjab",
    "pb": "Punjab",
    "khyber pakhtunkhwa": "Khyber Pakhtunkhwa",
    "kp": "Khyber Pakhtunkhwa",
    "kpk": "Khyber Pakhtunkhwa",
    "islamabad capital territory": "Islamabad Capital Territory",
    "islamabad": "Islamabad Capital Territory",
    "ict": "Islamabad Capital Territory",
}


@dataclass(frozen=True)
class PpcSection:
    section: str  # "379", "337-A"
    title: str
    category: str
    bailable: bool | None  # None: the source gives no value (never read it as "no")
    cognizable: bool | None
    compoundable: bool | None
    title_ur: str = ""  # Urdu heading; empty where no source gives one (all, for now)


@dataclass(frozen=True)
class TrafficViolation:
    province: str
    code: str
    violation: str
    fines: dict[str, int | None]  # vehicle type code -> fine in PKR; None: no fine in the table
    payment_days: int | None  # None: the source gives no payment window
    source_year: str
    # "yes" latest law found; "no" a later row covers it (``superseded_by``); "proposed" a bill
    # not verified as enacted; "unknown" no later source, or no amount (SOURCES.md)
    current: str = "yes"
    superseded_by: tuple[str, ...] = ()

    @property
    def superseded(self) -> bool:
        """A later enacted or notified row covers this offence: not for new challans."""
        return self.current == "no"

    @property
    def priced(self) -> bool:
        """The sources give an amount for at least one vehicle class."""
        return any(amount is not None for amount in self.fines.values())


@dataclass(frozen=True)
class VehicleType:
    code: str
    label: str
    fine_column: str


@dataclass(frozen=True)
class PoliceStationRow:
    province: str
    division: str
    district: str
    police_station: str  # empty where only the district is known
    district_ur: str = ""  # Urdu name; empty where no source gives one
    police_station_ur: str = ""


def reference_dir() -> Path:
    """Where the CSVs are: the source tree, an installed wheel, or a PyInstaller bundle."""
    package_root = Path(__file__).resolve().parents[1]
    candidates = [
        package_root.parent / "resources" / "reference",
        package_root / "_resources" / "reference",
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources" / "reference")
    for candidate in candidates:
        if (candidate / "ppc_sections.csv").is_file():
            return candidate
    raise FileNotFoundError("reference data not found in " + ", ".join(map(str, candidates)))


def _rows(file_name: str) -> list[dict[str, str]]:
    with (reference_dir() / file_name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _yes_no(cell: str) -> bool | None:
    return {"yes": True, "no": False}.get(cell.strip().lower())


def _amount(cell: str) -> int | None:
    return int(cell) if cell.strip() else None


@cache
def ppc_sections() -> dict[str, PpcSection]:
    """PPC sections keyed by section number as printed, e.g. ``"337-A"``."""
    return {
        row["section"]: PpcSection(
            section=row["section"],
            title=row["title"],
            category=row["category"],
            bailable=_yes_no(row["bailable"]),
            cognizable=_yes_no(row["cognizable"]),
            compoundable=_yes_no(row["compoundable"]),
            title_ur=row.get("title_ur", "").strip(),
        )
        for row in _rows("ppc_sections.csv")
    }


@cache
def vehicle_types() -> dict[str, VehicleType]:
    return {row["code"]: VehicleType(**row) for row in _rows("vehicle_types.csv")}


@cache
def _all_traffic_violations() -> dict[str, dict[str, TrafficViolation]]:
    columns = {code: kind.fine_column for code, kind in vehicle_types().items()}
    tables: dict[str, dict[str, TrafficViolation]] = {}
    for row in _rows("traffic_violations.csv"):
        violation = TrafficViolation(
            province=row["province"],
            code=row["code"],
            violation=row["violation"],
            fines={code: _amount(row[column]) for code, column in columns.items()},
            payment_days=_amount(row["payment_days"]),
            source_year=row["source_year"],
            current=row["current"].strip() or "unknown",
            superseded_by=tuple(code for code in row["superseded_by"].split(";") if code),
        )
        tables.setdefault(violation.province, {})[violation.code] = violation
    return tables


def fine_provinces() -> tuple[str, ...]:
    """Provinces (and ICT) that have a fine table."""
    return tuple(_all_traffic_violations())


def traffic_violations(province: str) -> dict[str, TrafficViolation]:
    """The fine table of one province, keyed by code; empty for a province without one."""
    return _all_traffic_violations().get(province, {})


def canonical_province(name: str) -> str | None:
    """``"KP"``, ``"kp"``, ``"Khyber Pakhtunkhwa"`` -> ``"Khyber Pakhtunkhwa"``; None if unknown."""
    return PROVINCE_ALIASES.get(" ".join(name.lower().split()))


def station_code(district: str, police_station: str) -> str:
    """The code a station is set up with when chosen from the list: ``PESHAWAR-GULBAHAR``."""
    return re.sub(r"[^A-Z0-9]+", "-", f"{district} {police_station}".upper()).strip("-")


def province_of_station(code: str) -> str | None:
    """The province of a station set up from the list (``station_code``); None for a typed code
    the list does not hold."""
    for row in police_stations():
        if station_code(row.district, row.police_station) == code:
            return row.province
    return None


@cache
def police_stations() -> tuple[PoliceStationRow, ...]:
    names = [field.name for field in dataclasses.fields(PoliceStationRow)]
    return tuple(
        PoliceStationRow(**{name: row.get(name) or "" for name in names})
        for row in _rows("kp_districts_police_stations.csv")
    )


def districts(province: str) -> list[str]:
    """District names of one province, sorted, each once."""
    return sorted({row.district for row in police_stations() if row.province == province})


@dataclass(frozen=True)
class OtherLawOffence:
    law: str  # short code: "CNSA", "AO", "ATA" (SOURCES.md, offences_other_laws.csv)
    section: str  # as the Act prints it: "9", "11-B", "11F"
    title: str  # empty where the source's heading was not legible
    act: str
    applies_in: str  # "Punjab; Islamabad Capital Territory", "all", …


def section_key(section: str) -> str:
    """``"11-B"``, ``"11B"`` and ``"11 b"`` compare equal (the Acts' prints differ)."""
    return "".join(section.split()).replace("-", "").upper()


@cache
def other_law_offences() -> dict[tuple[str, str], OtherLawOffence]:
    """Offences of the laws other than the PPC, keyed by (law, ``section_key``). Where two
    provinces print the same section (AO 13), the first row stands for both; its ``applies_in``
    names only that row's provinces."""
    found: dict[tuple[str, str], OtherLawOffence] = {}
    for row in _rows("offences_other_laws.csv"):
        offence = OtherLawOffence(
            law=row["law"],
            section=row["section"],
            title=row["title"],
            act=row["act"],
            applies_in=row["applies_in"],
        )
        found.setdefault((offence.law, section_key(offence.section)), offence)
    return found
