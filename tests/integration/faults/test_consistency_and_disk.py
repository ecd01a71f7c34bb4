"""After a sync the device compares its copy with the server's and repairs a damaged one; a disk
that fills up during a pull stops the sync with its message, and the next sync converges."""

from __future__ import annotations

import json
import random
import string

import pytest
from sqlalchemy import select

from fieldclient.cli.main import main
from fieldclient.domain.record import Record
from fieldclient.services.session import open_session
from fieldclient.services.sync import LEDGER
from fieldclient.vault.record_doc import decode_doc_dict, encode_doc
from sync.client import credentials, engine
from sync.client.engine import SyncEngine
from sync.client.sync_warnings import SyncWarningKind
from sync.server.db.tables import records
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.server import Admin
from tests.integration.client.conftest import PASSWORD
from tests.integration.faults.harness import (
    assert_converged,
    port_of,
    server_docs,
    sync_until_quiet,
)

REPAIRED = "repaired by pulling every record again"


def test_a_damaged_copy_is_found_after_a_sync_and_repaired(
    server, admin, station, new_replica, monkeypatch, capsys
):
    with FaultProxy(port_of(server.url)) as proxy:
        writer, reader = new_replica(proxy.url), new_replica(proxy.url)
        made = [writer.device.records.create("tenant", tenant_payload(f"T{n}")) for n in range(3)]
        sync_until_quiet([writer, reader])
        conn = reader.device.session.vault.conn
        doc = decode_doc_dict(
            conn.execute("SELECT doc FROM records WHERE id = ?", (made[0].id,)).fetchone()[0]
        )
        doc["data"]["property_address"] = "Somewhere else entirely"
        conn.execute(
            "UPDATE records SET doc = ? WHERE id = ?",
            (encode_doc(Record.from_dict(doc)), made[0].id),
        )
        conn.execute("DELETE FROM records WHERE id = ?", (made[1].id,))
        conn.commit()
        writer.device.records.create("fir", fir_payload())
        assert writer.sync() is None
        before = len(proxy.log)

        report = reader.device.sync.sync_once()

        assert report.error is None
        [warning] = report.warnings
        assert warning.kind is SyncWarningKind.COPY_REPAIRED
        assert (warning.params["here"], warning.params["there"]) == (3, 4)  # 1 FIR and the tenants
        assert REPAIRED in str(warning)
        paths = [(e.path, e.body and json.loads(e.body).get("cursor")) for e in proxy.log[before:]]
        assert ("/v1/pull", 0) in paths  # pulled from the start
        assert_converged([writer, reader], admin, station)

        folder = reader.device.session.vault.data_dir
        badge = reader.device.session.officer_badge
        reader.device.session.close()  # the CLI opens the vault itself
        damaged = open_session(folder, badge, PASSWORD)
        damaged.vault.conn.execute("DELETE FROM records WHERE id = ?", (made[2].id,))
        damaged.vault.conn.commit()
        damaged.close()
        writer.device.records.create("fir", fir_payload())
        assert writer.sync() is None
        capsys.readouterr()
        monkeypatch.setenv("FIELDCLIENT_PASSWORD", PASSWORD)

        assert main(["sync", "--data-dir", str(folder)]) == 0

    assert REPAIRED in capsys.readouterr().err


@pytest.mark.parametrize("room_pages", [2, 60])
def test_a_disk_full_during_pull_stops_cleanly_and_the_next_sync_converges(
    server, admin, station, new_replica, monkeypatch, room_pages
):
    monkeypatch.setattr(engine, "PULL_PAGE", 40)
    writer, reader = new_replica(server.url), new_replica(server.url)
    for number in range(200):
        writer.device.records.create(
            "fir", fir_payload(f"Informant {number}", _incompressible(number))
        )
    sync_until_quiet([writer])
    full = reader.device.session.vault.second_connection()
    pages = full.conn.execute("PRAGMA page_count").fetchone()[0]
    full.conn.execute(f"PRAGMA max_page_count = {pages + room_pages}")
    session = reader.device.session

    report = SyncEngine(full, LEDGER, hlc=session.clock).sync_once()
    full.close()

    assert report.error is not None and "The disk is full" in report.error
    cursor = credentials.int_meta(session.vault, credentials.CURSOR)
    applied = {rid for rid, seq in _server_change_seqs(admin, station).items() if seq <= cursor}
    assert reader.device.record_ids() == applied  # whole pages only, with their cursor
    assert len(applied) < 200
    session.vault.check_integrity()

    assert reader.sync() is None  # the limit is gone with its connection
    assert reader.device.record_ids() == set(server_docs(admin, station))
    assert_converged([writer, reader], admin, station)


def test_a_disk_with_room_for_less_than_a_page_still_pulls_what_fits(
    server, admin, station, new_replica, monkeypatch
):
    """A page that does not fit halves the page size (the page rolled back with its cursor),
    down to one record, before the sync reports the disk full."""
    monkeypatch.setattr(engine, "PULL_PAGE", 40)
    writer, reader = new_replica(server.url), new_replica(server.url)
    for number in range(60):
        writer.device.records.create(
            "fir", fir_payload(f"Informant {number}", _incompressible(number))
        )
    sync_until_quiet([writer])
    full = reader.device.session.vault.second_connection()
    pages = full.conn.execute("PRAGMA page_count").fetchone()[0]
    full.conn.execute(f"PRAGMA max_page_count = {pages + 12}")  # a few records, not 40
    session = reader.device.session

    report = SyncEngine(full, LEDGER, hlc=session.clock).sync_once()
    full.close()

    assert report.error is not None and "The disk is full" in report.error
    cursor = credentials.int_meta(session.vault, credentials.CURSOR)
    applied = {rid for rid, seq in _server_change_seqs(admin, station).items() if seq <= cursor}
    assert 0 < len(applied) < 40
    assert reader.device.record_ids() == applied  # whole pages only, with their cursor
    assert credentials.int_meta(session.vault, credentials.PULL_PAGE) < 40
    session.vault.check_integrity()
    assert reader.sync() is None
    assert_converged([writer, reader], admin, station)


def _incompressible(seed: int) -> str:
    """2,000 characters the vault's compression cannot shrink much (records take real pages)."""
    rng = random.Random(seed)
    return "".join(rng.choices(string.ascii_letters + string.digits, k=2000))


def _server_change_seqs(admin: Admin, station: str) -> dict[str, int]:
    with admin.engine.connect() as connection:
        query = select(records.c.id, records.c.change_seq).where(records.c.station == station)
        return {row.id: row.change_seq for row in connection.execute(query)}
