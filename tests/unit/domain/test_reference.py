"""The reference loaders read the sourced CSVs, and blank cells stay unknown."""

from __future__ import annotations

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
    ]


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
