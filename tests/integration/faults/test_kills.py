"""Processes killed with SIGKILL mid-sync: a client process many times at random points, and the
server during pushes from several clients. Afterwards everything converges: every acknowledged
local write is on the server exactly once and every replica holds the server's records."""

from __future__ import annotations

import contextlib
import os
import random
import subprocess
import sys
import threading
import time

import pytest
from sqlalchemy import select

from fieldclient.services.session import open_session
from sync.server.db.tables import applied_mutations, devices
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.server import GENEROUS_RATE, Admin, run_server, sqlite_database
from tests.integration.client.conftest import PASSWORD, open_device
from tests.integration.faults.harness import (
    SOAK_MARKS,
    Replica,
    assert_converged,
    assert_same_records,
    port_of,
    sync_until_quiet,
)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(__file__))))


@pytest.mark.parametrize(
    "kills", [pytest.param(8, id="short"), pytest.param(60, id="soak", marks=SOAK_MARKS)]
)
def test_a_client_killed_mid_sync_again_and_again_converges(
    server, admin, station, new_replica, tmp_path, kills
):
    rng = random.Random(kills)
    writer, victim = new_replica(server.url), new_replica(server.url)
    for number in range(150):
        writer.device.records.create("fir", fir_payload(f"Informant {number}"))
    sync_until_quiet([writer])
    for number in range(30):
        victim.device.records.create("tenant", tenant_payload(f"Queued {number}"))
    victim.remember_outbox()
    folder = victim.device.session.vault.data_dir
    badge = victim.device.session.officer_badge
    victim.device.session.close()
    acknowledged: set[str] = set()

    for _ in range(kills):
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.integration.faults.sync_worker",
                str(folder),
                badge,
                "20",
            ],
            cwd=ROOT,
            env={**os.environ, "FIELDCLIENT_PASSWORD": PASSWORD},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        # The random moment counts from an open vault: on a loaded machine the start-up alone
        # can take longer than the whole window, and the worker would die before syncing once.
        while worker.stdout.readline() not in ("", "ready\n"):
            pass
        time.sleep(rng.uniform(0.8, 3.0))
        worker.kill()
        out, err = worker.communicate()
        assert worker.returncode == -9, err[-2000:]
        acknowledged |= {line.split()[2] for line in out.splitlines() if line.startswith("made ")}
        if rng.random() < 0.5:
            writer.device.records.create("tenant", tenant_payload("Meanwhile"))
            assert writer.sync() is None

    victim.device.session = open_session(folder, badge, PASSWORD)
    victim.device.session.vault.check_integrity()
    victim.queued |= acknowledged
    sync_until_quiet([writer, victim])

    assert acknowledged, "the worker never got to make a record"
    assert_same_records([writer, victim], admin, station)
    with admin.engine.connect() as connection:
        rows = connection.execute(
            select(applied_mutations.c.mutation_id, applied_mutations.c.outcome).where(
                applied_mutations.c.device_id == victim.id
            )
        ).all()
        last_seq = connection.execute(
            select(devices.c.last_seq).where(devices.c.id == victim.id)
        ).scalar_one()
    assert {row.outcome for row in rows} == {"applied"}
    assert victim.queued <= {row.mutation_id for row in rows}
    assert len(rows) == last_seq  # seqs 1..n each applied once: nothing twice, nothing skipped
    assert victim.device.repo.outbox_entries("rejected") == []
    victim.device.session.vault.check_integrity()


@pytest.mark.parametrize(
    "kills", [pytest.param(3, id="short"), pytest.param(20, id="soak", marks=SOAK_MARKS)]
)
def test_the_server_killed_during_pushes_from_several_clients_loses_nothing(tmp_path, kills):
    rng = random.Random(kills)
    with contextlib.ExitStack() as stack:
        url = stack.enter_context(sqlite_database(tmp_path))
        running = stack.enter_context(run_server(url, env=GENEROUS_RATE))
        admin = Admin(running)
        stack.callback(admin.engine.dispose)
        proxy = stack.enter_context(FaultProxy(port_of(running.url)))
        station = admin.add_station()
        replicas = []
        for number in range(3):
            device = open_device(tmp_path / f"d{number}", station, f"KP-{number}")
            stack.callback(device.session.close)
            device.sync.enroll(proxy.url, admin.enroll_code(station))
            replicas.append(Replica(device))
        sync_until_quiet(replicas)
        stop = threading.Event()

        def keep_pushing(replica: Replica) -> None:
            while not stop.is_set():
                for _ in range(5):
                    replica.device.records.create("tenant", tenant_payload("Pushed"))
                replica.sync()

        threads = [threading.Thread(target=keep_pushing, args=(r,)) for r in replicas]
        for thread in threads:
            thread.start()
        try:
            for _ in range(kills):
                time.sleep(rng.uniform(0.3, 1.5))
                running.process.kill()
                running.process.wait()
                running = stack.enter_context(run_server(url, init=False, env=GENEROUS_RATE))
                proxy.upstream = ("127.0.0.1", port_of(running.url))
        finally:
            stop.set()
            for thread in threads:
                thread.join()
        sync_until_quiet(replicas)

        assert_converged(replicas, admin, station)
        assert all(replica.queued for replica in replicas)
