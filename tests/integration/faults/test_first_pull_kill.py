"""A new device's first pull killed (SIGKILL) while it writes rows without the list indexes: the
vault opens whole (the indexes are built on unlock), the next sync pulls on from the cursor, and
afterwards lists, searches, the person view and the consistency check see every record."""

from __future__ import annotations

import os
import random
import subprocess
import sys

from fieldclient.services.conflicts import ConflictService
from fieldclient.services.people import PersonService
from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from fieldclient.services.sync import SyncService
from fieldclient.vault import deferred_indexes
from fieldclient.vault.repository import RecordQuery
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.integration.client.conftest import FAST_RETRY, PASSWORD, Device
from tests.integration.faults.harness import assert_same_records, sync_until_quiet

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))
INFORMANT_CNIC = "17101-1234567-1"  # every fir_payload names this informant
FIRS, TENANTS, PAGE = 120, 60, 20


def _pull_until_killed(folder: str, badge: str, pages: int) -> list[str]:
    """Run a pulling process and kill it once `pages` pages committed; its output lines."""
    worker = subprocess.Popen(
        [sys.executable, "-m", "tests.integration.faults.pull_worker", folder, badge, str(PAGE)],
        cwd=ROOT,
        env={**os.environ, "FIELDCLIENT_PASSWORD": PASSWORD},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    try:
        while (line := worker.stdout.readline()) != "":
            lines.append(line.strip())
            if sum(1 for seen in lines if seen.startswith("page ")) >= pages:
                break
    finally:
        worker.kill()
        _out, err = worker.communicate()
    assert worker.returncode == -9, err[-2000:]
    return lines


def test_a_first_pull_killed_mid_bulk_opens_whole_and_finishes(server, admin, station, new_replica):
    rng = random.Random(16)
    writer, victim = new_replica(server.url), new_replica(server.url)
    for number in range(FIRS):
        writer.device.records.create("fir", fir_payload(f"Informant {number}"))
    for number in range(TENANTS):
        writer.device.records.create("tenant", tenant_payload(f"Tenant {number}"))
    sync_until_quiet([writer])
    folder = victim.device.session.vault.data_dir
    badge = victim.device.session.officer_badge
    victim.device.session.close()

    lines = _pull_until_killed(str(folder), badge, pages=rng.randint(2, 5))

    pages = [line.split() for line in lines if line.startswith("page ")]
    assert pages and all(deferred == "1" for _, _, deferred in pages), lines  # killed mid-bulk
    session = open_session(folder, badge, PASSWORD)
    victim.device = Device(
        session, RecordService(session), SyncService(session, retry=FAST_RETRY),
        ConflictService(session),
    )  # fmt: skip
    assert not deferred_indexes.pending(session.vault.conn)  # built on unlock
    held = {row[0] for row in session.vault.conn.execute("SELECT id FROM records")}
    assert 0 < len(held) < FIRS + TENANTS
    assert set(session.repo.ids(RecordQuery())) == held
    made = victim.device.records.create("tenant", tenant_payload("Made After The Kill"))

    sync_until_quiet([writer, victim])

    on_server = assert_same_records([writer, victim], admin, station)
    repo = session.repo
    firs = {rid for rid, doc in on_server.items() if doc["type"] == "fir"}
    assert set(repo.ids(RecordQuery())) == set(on_server) and made.id in on_server
    assert set(repo.ids(RecordQuery(record_type="fir"))) == firs
    assert set(repo.ids(RecordQuery(search="Informant"))) == firs
    assert repo.count(RecordQuery(search="Informant")) == FIRS
    assert len(repo.ids(RecordQuery(search="Tenant"), limit=10)) == 10
    named = PersonService(victim.device.records).lookup(INFORMANT_CNIC)
    assert {found.record_id for found in named} == firs
    report = victim.device.sync_ok()  # the consistency check against /v1/status
    assert not report.warnings
    assert session.vault.get_meta("sync.verified_cursor") == session.vault.get_meta("sync.cursor")
    assert not deferred_indexes.pending(session.vault.conn)
    index = session.vault.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'records_list'")
    assert index.fetchone() is not None
    session.vault.check_integrity()
