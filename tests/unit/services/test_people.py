"""The person view over a real vault: the index the write path keeps, the lookup by CNIC in
any spelling, the notice's tally, probable duplicates, the upgrade of a vault written before the
index."""

from fieldclient.domain.record import Record
from fieldclient.domain.records.people import identity_key
from fieldclient.services.people import tally
from fieldclient.services.session import open_session
from fieldclient.services.station import StationServices
from fieldclient.vault.migrations import (
    LATEST_VERSION,
    MIGRATIONS,
    _v6_person_index,
    schema_version,
)
from fieldclient.vault.vault import Vault
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import challan_payload, complaint_payload, fir_payload, tenant_payload
from tests.unit.vault.old_schema import insert_as_stored_before

INFORMANT = "17101-1234567-1"  # fir_payload's informant
DRIVER = "35202-1234567-3"  # challan_payload's driver


def fir_with_accused(cnic: str) -> dict:
    return {**fir_payload(), "accused": [{"name": "Rashid Khan", "cnic": cnic}]}


def test_every_record_naming_a_person_is_found_with_the_role(session):
    station = StationServices.for_session(session)
    fir = station.records.create("fir", fir_with_accused(DRIVER))
    challan = station.records.create("challan", challan_payload())
    tenancy = station.records.create(
        "tenant", {**tenant_payload(), "landlord": {**tenant_payload()["landlord"], "cnic": DRIVER}}
    )
    complaint = station.records.create(
        "complaint",
        {
            **complaint_payload(),
            "complainant": {"name": "Ali", "phone": "03001234567", "cnic": INFORMANT},
        },
    )
    station.records.create("fir", fir_payload(name="Someone Else"))

    found = station.people.lookup("3520212345673")  # typed without dashes
    assert {(row.record_id, row.role) for row in found} == {
        (fir.id, "accused"),
        (challan.id, "driver"),
        (tenancy.id, "landlord"),
    }
    row = next(row for row in found if row.record_id == challan.id)
    assert (row.record_type, row.number, row.status) == (
        "challan",
        challan.number or challan.provisional_number,
        "issued",
    )
    as_informant = station.people.lookup(INFORMANT)
    assert {(row.record_type, row.role) for row in as_informant} >= {
        ("fir", "informant"),
        ("complaint", "complainant"),
    }
    assert complaint.id in {row.record_id for row in as_informant}
    assert ("challan", "driver", 1, True) in tally(found)

    station.records.edit(fir.id, {"accused": [{"unknown": True, "description": "a tall man"}]})
    assert fir.id not in {row.record_id for row in station.people.lookup(DRIVER)}
    assert station.people.lookup("not a cnic") == []


def test_a_second_record_of_one_kind_naming_the_same_person_today_is_a_probable_duplicate(
    session,
):
    station = StationServices.for_session(session)
    first = station.records.create("challan", challan_payload())
    assert [r.record_id for r in station.people.probable_duplicates(DRIVER, "challan")] == [
        first.id
    ]
    assert station.people.probable_duplicates(DRIVER, "fir") == []
    assert station.people.probable_duplicates(DRIVER, "challan", exclude=first.id) == []


def test_a_vault_from_before_the_index_is_indexed_when_it_opens(data_dir):
    old = Vault.create(
        data_dir,
        badge=OFFICER_BADGE,
        name="Old",
        password=OFFICER_PASSWORD,
        station=STATION,
        migrate_to=MIGRATIONS.index(_v6_person_index),  # the version before the index
    )
    assert "person_index" not in old.db.table_names()
    record = Record(
        id="b" * 32,
        type="fir",
        status="draft",
        data=fir_with_accused(DRIVER),
        station=STATION,
        created_by=OFFICER_BADGE,
        created_at="2026-01-01T10:00:00+05:00",
        updated_at="2026-01-01T10:00:00+05:00",
        device_id=old.device_id,
    )
    with old.transaction():
        insert_as_stored_before(old, record)
    old.close()

    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert schema_version(session.vault.db) == LATEST_VERSION
        assert sorted(session.repo.person_records(identity_key(DRIVER))) == [("b" * 32, "accused")]
        assert session.repo.person_records(identity_key(INFORMANT)) == [("b" * 32, "informant")]
    finally:
        session.close()
