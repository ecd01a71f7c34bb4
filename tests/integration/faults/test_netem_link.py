"""The server in its own network namespace behind a slow, lossy link (``tc netem``: 64 kbit/s,
300 ms delay, 5 % loss each way); a few hundred records go up from one device and down to
another. Needs root, ``ip netns`` and the netem qdisc; skips with the reason elsewhere.

The namespace pair uses one private /30 (10.213.117.0/30) that nothing else on the machine may
hold; the test checks that first and never addresses anything outside that pair.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import requests

from sync.client.backoff import RetryPolicy
from tests.helpers.payloads import tenant_payload
from tests.helpers.server import (
    GENEROUS_RATE,
    Admin,
    RunningServer,
    free_port,
    initialise,
    server_command,
    sqlite_database,
)
from tests.integration.client.conftest import open_device
from tests.integration.faults.harness import Replica, assert_converged, sync_until_quiet

SUBNET = "10.213.117."
HOST_ADDRESS, SERVER_ADDRESS = SUBNET + "1", SUBNET + "2"
NETEM = ("netem", "rate", "64kbit", "delay", "300ms", "loss", "5%")
RECORDS = 300
START_SECONDS = 120


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, check=False, timeout=30)


def _must(*command: str) -> None:
    done = _run(*command)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()}")


@contextmanager
def netem_link() -> Iterator[str]:
    """A namespace with a veth pair shaped by netem both ways; yields the namespace name."""
    if os.geteuid() != 0 or not (shutil.which("ip") and shutil.which("tc")):
        pytest.skip("needs root with ip and tc to make a network namespace")
    if SUBNET in _run("ip", "-o", "addr", "show").stdout:
        pytest.skip(f"{SUBNET}0/30 is already in use on this machine")
    tag = f"{os.getpid() % 100000}"
    namespace, host_if, inner_if = f"fcsync{tag}", f"fcsh{tag}", f"fcsn{tag}"
    if _run("ip", "netns", "add", namespace).returncode != 0:
        pytest.skip("ip netns does not work here")
    try:
        _must("ip", "link", "add", host_if, "type", "veth", "peer", "name", inner_if)
        _must("ip", "link", "set", inner_if, "netns", namespace)
        _must("ip", "addr", "add", f"{HOST_ADDRESS}/30", "dev", host_if)
        _must("ip", "link", "set", host_if, "up")
        inside = ("ip", "netns", "exec", namespace)
        _must(*inside, "ip", "addr", "add", f"{SERVER_ADDRESS}/30", "dev", inner_if)
        _must(*inside, "ip", "link", "set", inner_if, "up")
        _must(*inside, "ip", "link", "set", "lo", "up")
        shaped = _run("tc", "qdisc", "add", "dev", host_if, "root", *NETEM)
        if shaped.returncode != 0:
            pytest.skip(f"tc netem does not work here: {shaped.stderr.strip()}")
        _must(*inside, "tc", "qdisc", "add", "dev", inner_if, "root", *NETEM)
        yield namespace
    finally:
        _run("ip", "netns", "del", namespace)
        _run("ip", "link", "del", host_if)


@contextmanager
def server_inside(namespace: str, database_url: str) -> Iterator[RunningServer]:
    initialise(database_url)
    port = free_port()
    command = server_command(
        "--database", database_url, "serve", "--host", SERVER_ADDRESS, "--port", str(port)
    )
    process = subprocess.Popen(
        ["ip", "netns", "exec", namespace, *command],
        env={**os.environ, **GENEROUS_RATE},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://{SERVER_ADDRESS}:{port}"
    try:
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            try:
                if requests.get(url + "/healthz", timeout=5).ok:
                    break
            except requests.RequestException:
                time.sleep(0.5)
        else:
            raise RuntimeError("the server in the namespace did not start")
        yield RunningServer(url, database_url, process)
    finally:
        process.kill()
        process.wait()


@pytest.mark.slow
def test_a_few_hundred_records_cross_a_64_kbit_lossy_link(tmp_path: Path):
    with (
        netem_link() as namespace,
        sqlite_database(tmp_path) as database_url,
        server_inside(namespace, database_url) as server,
    ):
        admin = Admin(server)
        station = admin.add_station()
        replicas = []
        try:
            for number in (1, 2):
                device = open_device(tmp_path / f"d{number}", station, f"KP-{number}")
                device.sync.retry = RetryPolicy(attempts=8, base_seconds=0.5, cap_seconds=5)
                device.sync.enroll(server.url, admin.enroll_code(station))
                replicas.append(Replica(device))
            for number in range(RECORDS):
                replicas[0].device.records.create("tenant", tenant_payload(f"Tenant {number}"))

            sync_until_quiet(replicas, rounds=6)

            assert len(replicas[1].device.record_ids()) == RECORDS
            assert_converged(replicas, admin, station)
        finally:
            for replica in replicas:
                replica.device.session.close()
            admin.engine.dispose()
