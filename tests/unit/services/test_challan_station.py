"""Challans through the record service (issue 13): the station's province decides the fine table,
a superseded row cannot be issued, a void records who and why, an old-shape challan still works."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldclient.domain import records as kinds
from fieldclient.domain import roles
from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.reference import station_code
from fieldclient.domain.roles import RoleRefused
from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault
from fieldclient.settings import STATION_PROVINCE, IniSettings
from fieldclient.vault.repository import RecordQuery
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD
from tests.helpers.payloads import challan_payload


@pytest.fixture
def kp_station(tmp_path: Path):
    opened = create_vault(
        tmp_path / "kp",
        badge=OFFICER_BADGE,
        name=OFFICER_NAME,
        password=OFFICER_PASSWORD,
        station=station_code("Peshawar", "Badaber"),
    )
    yield opened
    opened.close()


def test_the_station_list_gives_the_province(kp_station, session):
    assert kp_station.station_province == "Khyber Pakhtunkhwa"
    assert session.station_province is None  # a code typed by hand: the form lets them choose


def test_a_kp_station_never_prices_from_the_punjab_table(kp_station):
    records = RecordService(kp_station)
    with pytest.raises(ValidationFailed) as refused:
        records.create("challan", challan_payload())  # Punjab (the default table)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("province", "not_station_province")
    ]
    assert records.count(RecordQuery(record_type="challan")) == 0
    kp = {
        **challan_payload(),
        "province": "KP",
        "vehicle_type": "motorcycle",
        "violations": ["KP21-NOLIGHTS"],
    }
    assert records.create("challan", kp).data["fine_total"] == 500


def test_a_station_typed_by_hand_takes_its_province_from_the_setting(session):
    records = RecordService(session)
    assert session.station_province is None
    IniSettings(session.vault.data_dir).set(STATION_PROVINCE, "kp")
    assert session.station_province == "Khyber Pakhtunkhwa"
    with pytest.raises(ValidationFailed) as refused:
        records.create("challan", challan_payload())  # Punjab (the default table)
    assert [(e.field, e.code) for e in refused.value.errors] == [
        ("province", "not_station_province")
    ]
    assert records.count(RecordQuery(record_type="challan")) == 0
    with pytest.raises(ValueError):
        IniSettings(session.vault.data_dir).set(STATION_PROVINCE, "Atlantis")
    assert session.station_province == "Khyber Pakhtunkhwa"


def test_the_list_wins_over_the_setting(kp_station):
    IniSettings(kp_station.vault.data_dir).set(STATION_PROVINCE, "Punjab")
    assert kp_station.station_province == "Khyber Pakhtunkhwa"


def test_a_superseded_row_is_refused_and_nothing_is_stored(records):
    with pytest.raises(ValidationFailed) as refused:
        records.create("challan", {**challan_payload(), "violations": ["3"]})
    assert refused.value.errors[0].code == "violation_superseded"
    assert records.count(RecordQuery(record_type="challan")) == 0


def test_only_the_sho_voids_and_the_history_keeps_who_and_why(records, session):
    challan = records.create("challan", challan_payload())
    records.transition(challan.id, "voided", "vehicle number written wrong")  # the SHO
    entry = records.repo.get(challan.id).history[-1]
    assert entry["to"] == "voided" and entry["by"] == OFFICER_BADGE
    assert entry["reason"] == "vehicle number written wrong"
    second = records.create("challan", challan_payload("LEB-5678"))
    session.vault.add_officer("SHO-1", "Station House Officer", "sho password 123", roles.SHO)
    session.vault.set_role(OFFICER_BADGE, roles.TRAFFIC_WARDEN)
    with pytest.raises(RoleRefused, match="SHO"):
        records.transition(second.id, "voided", "vehicle number written wrong")
    assert records.repo.get(second.id).status == "issued"


def test_an_old_shape_challan_loads_lists_and_is_paid(records, session):
    old = kinds.validate_new(
        "challan",
        {**challan_payload(), "violations": ["3"], "documents_seized": ["driving licence"]},
        now=session.now(),
    )
    record = Record(
        id="0" * 32,
        type="challan",
        status="issued",
        data=old,
        station=session.station,
        created_by=OFFICER_BADGE,
        created_at=session.now().isoformat(),
        updated_at=session.now().isoformat(),
        device_id=session.device_id,
    )
    with session.writer.transaction():
        records.store_new(record, session.now())
    listed = records.find(RecordQuery(record_type="challan"))
    assert [found.id for found in listed] == [record.id]
    records.edit(record.id, {"payment_ref": "BOP-778812"})
    records.transition(record.id, "paid")
    assert records.repo.get(record.id).status == "paid"
