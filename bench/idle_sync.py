"""Server CPU per idle sync: one device pulls with nothing new, one request after another.

The server's own CPU time (user + system of its process, from psutil) over the requests,
divided by their number, so the figure holds on a machine busy with other work, where wall
times do not. An idle sync is one signed ``/v1/pull`` answered with an empty page: signature
check, device and nonce, the station's device keys (the client sends their digest on every
pull) and the signed answer.
"""

import psutil

from bench.generate import PayloadGenerator
from bench.load_device import LoadDevice
from bench.report import Figure
from bench.server_process import ServerProcess
from sync.server.core.clock import now_ms
from sync.server.db.engine import make_engine
from sync.server.services.enrollment import add_station, new_enroll_code

SECTION = "Server under many devices syncing at once (loopback)"
STATION = "IDLE-01"
TARGET = "≤ 2 ms"


def idle_sync_cpu_ms(server: ServerProcess, syncs: int, seed: int) -> float:
    """Milliseconds of server CPU per idle sync, over ``syncs`` of them after a warm-up. The
    device sends the digest of the station's device keys it holds, as the real client does."""
    engine = make_engine(server.database_url)
    try:
        add_station(engine, STATION, "Idle sync station", "Peshawar", now_ms())
        code = new_enroll_code(engine, STATION, now_ms(), 1)
    finally:
        engine.dispose()
    device = LoadDevice.enroll(server.url, code, PayloadGenerator(seed))
    device.keys_digest = ""
    for _ in range(20):  # warm-up: connections in the pool, code paths imported
        device.sync(0)
    process = psutil.Process(server.process.pid)
    before = process.cpu_times()
    for _ in range(syncs):
        device.sync(0)
    after = process.cpu_times()
    device.http.close()
    if any(sample.status != 200 for sample in device.samples):
        raise RuntimeError("an idle sync was refused")
    spent = (after.user - before.user) + (after.system - before.system)
    return 1000 * spent / syncs


def idle_sync_figure(server: ServerProcess, backend: str, syncs: int, seed: int) -> Figure:
    cpu_ms = idle_sync_cpu_ms(server, syncs, seed)
    return Figure(
        SECTION,
        f"server CPU per idle sync (one device, {syncs} in a row, {backend})",
        f"{cpu_ms:.2f} ms",
        TARGET,
        cpu_ms <= 2.0,
    )
