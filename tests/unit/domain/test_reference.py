"""The reference loaders read the sourced CSVs, and blank cells stay unknown."""

from __future__ import annotations

import csv

from fieldclient.domain import reference


def test_ppc_sections_loaded_with_lettered_sections():
    sections = reference.ppc_sections()
    assert len(sections) == 495
    assert sections["379"].title == "Punishment for theft"
    assert sections["337-A"].title == "Punishment of shajjah"


def test_blank_schedule_cells_are_unknown_not_no():
    sections = reference.ppc_sections()
    assert sections["379"].bailable is None
    assert sections["376"].bailable is False and sections["376"].cognizable is True


def test_fine_tables_by_province():
    assert set(reference.fine_provinces()) == {
        "Punjab",
        "Khyber Pakhtunkhwa",
        "Islamabad Capital Territory",
    }
    punjab = reference.traffic_violations("Punjab")
    assert len(punjab) == 48
    assert punjab["3"].fines == {
        "motorcycle": 200,
        "car": 500,
        "public_service_vehicle": 1000,
        "heavy": 1000,
        "three_wheeler": None,
        "car_above_2000cc": None,
    }
    assert punjab["2"].fines["motorcycle"] is None
    assert punjab["3"].payment_days == 10 and punjab["PB25-HELMET"].payment_days is None
    assert reference.traffic_violations("Sindh") == {}


def test_vehicle_types_are_the_fine_table_columns():
    assert list(reference.vehicle_types()) == [
        "motorcycle",
        "car",
        "public_service_vehicle",
        "heavy",
        "three_wheeler",
        "car_above_2000cc",
    ]


def test_current_and_superseded_rows_are_read():
    punjab = reference.traffic_violations("Punjab")
    assert punjab["3"].superseded and punjab["3"].superseded_by == ("PB25-SIGNAL",)
    assert punjab["8"].superseded_by == ("PB25-LANE", "PB25-PEDXING")
    assert not punjab["PB25-SIGNAL"].superseded
    assert punjab["PB25-SIGNAL"].fines["three_wheeler"] == 3000
    assert punjab["PB25-SIGNAL"].fines["car_above_2000cc"] == 15000
    kp = reference.traffic_violations("Khyber Pakhtunkhwa")
    assert kp["KP24-SIGNAL"].current == "proposed"
    assert not kp["KP-HELMET"].priced and kp["KP21-NOLIGHTS"].priced


def test_province_of_a_station_chosen_from_the_list():
    row = next(row for row in reference.police_stations() if row.police_station)
    code = reference.station_code(row.district, row.police_station)
    assert reference.province_of_station(code) == row.province
    assert reference.province_of_station("TYPED-BY-HAND") is None


def test_province_aliases():
    assert reference.canonical_province(" kp ") == "Khyber Pakhtunkhwa"
    assert reference.canonical_province("ICT") == "Islamabad Capital Territory"
    assert reference.canonical_province("Sindh") is None


def test_districts_and_stations():
    assert len(reference.districts("Khyber Pakhtunkhwa")) == 39
    assert len(reference.districts("Punjab")) == 41
    peshawar = [
        row.police_station for row in reference.police_stations() if row.district == "Peshawar"
    ]
    assert "Tatara" in peshawar


def test_urdu_place_names_only_where_sourced():
    rows = {row.police_station: row for row in reference.police_stations() if row.police_station}
    assert rows["Chamkani"].district_ur == "پشاور"
    assert rows["Chamkani"].police_station_ur == "چمکنی"
    # No Urdu source was found for Tatara: blank, never transliterated.
    assert rows["Tatara"].police_station_ur == ""


def _csv(name: str) -> list[dict[str, str]]:
    with (reference.reference_dir() / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_superseded_fine_rows_name_a_row_of_the_same_province():
    rows = _csv("traffic_violations.csv")
    codes = {(row["province"], row["code"]) for row in rows}
    assert {row["current"] for row in rows} <= {"yes", "no", "unknown", "proposed"}
    for row in rows:
        for later in filter(None, row["superseded_by"].split(";")):
            assert (row["province"], later) in codes, (row["code"], later)
        if row["current"] == "no":
            assert row["superseded_by"], row["code"]


def test_other_law_offences_are_sourced_and_use_the_documented_codes():
    rows = _csv("offences_other_laws.csv")
    codes = {"CNSA", "KPCNSA", "AO", "KPAA", "ATA", "PECA", "MVO", "PEHO", "KPRBA"}
    assert {row["law"] for row in rows} == codes
    assert all(row["source"] and row["looked_up"] for row in rows)
    keys = [(row["law"], row["section"], row["applies_in"]) for row in rows]
    assert len(keys) == len(set(keys))
