"""A vault written by the first schema version opens, upgraded, with its records."""

from typing import Any

from fieldclient.domain.fingerprint import record_fingerprint, station_digest
from fieldclient.domain.record import Record
from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from fieldclient.services.sync import LEDGER
from fieldclient.vault import digests
from fieldclient.vault.migrations import LATEST_VERSION, schema_version
from fieldclient.vault.vault import Vault
from sync.client.local_store import LocalStore, StationSummary
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.unit.vault.old_schema import insert_as_stored_before


def test_upgrade_from_the_first_schema_keeps_records(data_dir):
    assert LATEST_VERSION > 1
    old = Vault.create(
        data_dir,
        badge=OFFICER_BADGE,
        name="Old",
        password=OFFICER_PASSWORD,
        station=STATION,
        migrate_to=1,
    )
    assert schema_version(old.db) == 1
    assert "attachments" not in old.db.table_names()
    # Write a record the way version 1 did: record, search entry, audit.
    record = old_record(old, "a" * 32, "fir", fir_payload())
    with old.transaction():
        insert_as_stored_before(old, record)
        old.audit("fir.create", record.id, {"type": "fir", "fields": ["informant"]})
    old.close()

    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert schema_version(session.vault.db) == LATEST_VERSION
        assert {"attachments", "drafts", "conflicts", "challan_blocks"} <= set(
            session.vault.db.table_names()
        )
        service = RecordService(session)
        assert service.get("a" * 32).data["informant"]["name"] == "Muhammad Ali"
        # And the upgraded vault takes new writes.
        assert service.create("fir", fir_payload()).status == "draft"
    finally:
        session.close()


def test_records_from_before_stored_fingerprints_get_theirs_at_the_first_check(data_dir):
    old = Vault.create(
        data_dir, badge=OFFICER_BADGE, name="Old", password=OFFICER_PASSWORD, station=STATION,
        migrate_to=6,
    )  # fmt: skip
    records = [
        old_record(old, f"{n:032x}", "fir", fir_payload(f"Informant {n}")) for n in range(1, 4)
    ]
    with old.transaction():
        for record in records:
            insert_as_stored_before(old, record)
    old.close()

    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        conn = session.vault.conn
        assert schema_version(session.vault.db) == LATEST_VERSION
        assert conn.execute(
            "SELECT count(*) FROM records WHERE fingerprint IS NULL"
        ).fetchone() == (3,)
        summary = LocalStore(session.vault, LEDGER, session.clock).station_summary()
        expected = [(r.id, record_fingerprint(r.to_dict())) for r in records]
        assert summary.counts == {"fir": 3} and summary.digest == station_digest(expected)
        assert sorted(conn.execute("SELECT id, fingerprint FROM records")) == expected
        new = RecordService(session).create("fir", fir_payload())
        assert conn.execute(
            "SELECT fingerprint FROM records WHERE id = ?", (new.id,)
        ).fetchone() == (record_fingerprint(new.to_dict()),)
    finally:
        session.close()


def test_the_running_digest_is_computed_once_from_a_v7_vault(data_dir):
    """v7 stores fingerprints; the next step sums them into the running digest. A v7 row
    without one (its text changed outside the writer) leaves it out of step for the check."""
    old = Vault.create(
        data_dir, badge=OFFICER_BADGE, name="Old", password=OFFICER_PASSWORD, station=STATION,
        migrate_to=7,
    )  # fmt: skip
    records = [
        old_record(old, f"{n:032x}", "fir", fir_payload(f"Informant {n}"))
        if n % 2
        else old_record(old, f"{n:032x}", "tenant", tenant_payload(f"T{n}"))
        for n in range(1, 6)
    ]
    with old.transaction():
        for record in records:
            insert_as_stored_before(old, record)
            old.conn.execute(
                "UPDATE records SET fingerprint = ? WHERE id = ?",
                (record_fingerprint(record.to_dict()), record.id),
            )
    old.close()
    expected = StationSummary(
        {"fir": 3, "tenant": 2},
        station_digest((r.id, record_fingerprint(r.to_dict())) for r in records),
    )

    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert schema_version(session.vault.db) == LATEST_VERSION
        assert digests.in_step(session.vault.conn)
        assert digests.stored_tally(session.vault.conn).digest() == expected.digest
        assert LocalStore(session.vault, LEDGER, session.clock).station_summary() == expected
    finally:
        session.close()


def test_a_v7_row_without_a_fingerprint_leaves_the_digest_for_the_check_to_recount(data_dir):
    old = Vault.create(
        data_dir, badge=OFFICER_BADGE, name="Old", password=OFFICER_PASSWORD, station=STATION,
        migrate_to=7,
    )  # fmt: skip
    record = old_record(old, "b" * 32, "fir", fir_payload())
    with old.transaction():
        insert_as_stored_before(old, record)  # no fingerprint, as an edit by hand leaves it
    old.close()

    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert not digests.in_step(session.vault.conn)
        summary = LocalStore(session.vault, LEDGER, session.clock).station_summary()
        assert summary == StationSummary(
            {"fir": 1}, station_digest([(record.id, record_fingerprint(record.to_dict()))])
        )
        assert digests.in_step(session.vault.conn)
    finally:
        session.close()


def old_record(old: Vault, record_id: str, kind: str, data: dict[str, Any]) -> Record:
    """A draft of this station made by the old vault's device, to store as an older schema did."""
    return Record(
        id=record_id,
        type=kind,
        status="draft",
        data=data,
        station=STATION,
        created_by=OFFICER_BADGE,
        created_at="2026-01-01T10:00:00+05:00",
        updated_at="2026-01-01T10:00:00+05:00",
        device_id=old.device_id,
    )
