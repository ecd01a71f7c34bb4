"""The sync server under many devices syncing at once, on SQLite and on PostgreSQL.

Each run starts `fieldsync-server serve` on 127.0.0.1 with a fresh database, enrolls N
lightweight devices (`bench.load_device`) spread over stations of 20 devices, and lets every
device sync `cycles` times from its own thread: two syncs in three push 5–20 mutations (new FIRs
and tenant registrations, edits of draft FIRs, drafts registered and numbered) and then pull;
the third is an idle sync (one pull). Figures: requests per second, p50/p99 latency per request
type, errors (429, 5xx, no answer), rejected mutations and the server's peak memory.

The load generator and the server share the machine's cores, so the figures are for both on one
box, not for the server alone.
"""

import math
import os
import random
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil

from bench.generate import PayloadGenerator
from bench.idle_sync import idle_sync_figure
from bench.load_device import LoadDevice, Sample
from bench.report import Figure
from bench.server_process import ServerProcess, postgres_database, running_server
from bench.stats import ms, percentile
from sync.server.core.clock import now_ms
from sync.server.db.engine import make_engine
from sync.server.services.enrollment import add_station, new_enroll_code

SECTION = "Server under many devices syncing at once (loopback)"
DEVICES_PER_STATION = 20
MAX_THREADS = 200
RUN_SECONDS = 600  # no device starts a sync after this
IDLE_SHARE = 1 / 3
BATCH_RANGE = (5, 20)
PAUSE_SECONDS = 0.2  # longest pause between a device's syncs, so devices drift apart
RSS_EVERY_SECONDS = 0.1
IDLE_SYNCS = 500
SERVER_ENV = {"FIELDSYNC_RATE_LIMIT_PER_MINUTE": "100000"}
PG_TARGET = "200 devices at once with PostgreSQL, p99 reported"

Emit = Callable[[list[Figure]], None]


@dataclass(frozen=True)
class LoadResult:
    backend: str
    devices: int
    servers: int
    seconds: float
    samples: list[Sample]
    applied: int
    rejected: int
    peak_rss_mib: list[float]  # per server process
    server_cpu_seconds: float
    generator_cpu_seconds: float
    machine_busy: float  # share of all CPUs busy during the run (PostgreSQL and others included)

    def count(self, test: Callable[[Sample], bool]) -> int:
        return sum(1 for sample in self.samples if test(sample))


def load_figures(
    backends: tuple[str, ...],
    device_counts: tuple[int, ...],
    cycles: int,
    work: Path,
    seed: int,
    emit: Emit,
    two_servers: bool = True,
) -> list[str]:
    """Every load run; emits its figures and returns notes (e.g. PostgreSQL unreachable)."""
    notes = []
    for backend in backends:
        idle = idle_figure(backend, work, seed)
        if idle is not None:
            emit([idle])
        for devices in device_counts:
            result = _run(backend, devices, 1, cycles, work, seed)
            if result is None:
                notes.append("PostgreSQL was not reachable, so its load runs were skipped.")
                break
            emit(figures_of(result))
    if two_servers and "postgres" in backends and device_counts:
        result = _run("postgres", max(device_counts), 2, cycles, work, seed)
        if result is not None:
            emit(figures_of(result))
    return notes


def idle_figure(backend: str, work: Path, seed: int, syncs: int = IDLE_SYNCS) -> Figure | None:
    """Server CPU per idle sync on a fresh database of ``backend`` (None: PostgreSQL is not
    reachable)."""
    with _database(backend, work / "idle.sqlite3") as database_url:
        if database_url is None:
            return None
        with running_server(database_url, [], SERVER_ENV) as server:
            name = "PostgreSQL" if backend == "postgres" else "SQLite"
            return idle_sync_figure(server, name, syncs, seed)


def _run(
    backend: str, devices: int, servers: int, cycles: int, work: Path, seed: int
) -> LoadResult | None:
    with _database(backend, work / f"load-{devices}-{servers}.sqlite3") as database_url:
        if database_url is None:
            return None
        print(f"  server load: {devices} devices, {backend}, {servers} server(s)", flush=True)
        with ExitStack() as stack:
            running = [
                stack.enter_context(running_server(database_url, [], SERVER_ENV))
                for _ in range(servers)
            ]
            return run_load(backend, running, devices, cycles, seed)


@contextmanager
def _database(backend: str, sqlite_file: Path) -> Iterator[str | None]:
    if backend == "postgres":
        with postgres_database() as url:
            yield url
    else:
        yield f"sqlite:///{sqlite_file}"
        for leftover in sqlite_file.parent.glob(sqlite_file.name + "*"):
            leftover.unlink()


def run_load(
    backend: str, servers: list[ServerProcess], devices: int, cycles: int, seed: int
) -> LoadResult:
    """Enroll `devices` devices (round robin over `servers`) and run their syncs concurrently."""
    fleet = _enroll_fleet(servers, devices, seed)
    processes = [psutil.Process(server.process.pid) for server in servers]
    cpu_before = sum(_cpu_seconds(process) for process in processes)
    own_before = _cpu_seconds(psutil.Process())
    machine_before = psutil.cpu_times()
    deadline = time.monotonic() + RUN_SECONDS
    with _PeakRss(processes) as peak:
        started = time.perf_counter()
        with ThreadPoolExecutor(max_workers=min(devices, MAX_THREADS)) as pool:
            for done in [
                pool.submit(_device_syncs, device, cycles, seed + index, deadline)
                for index, device in enumerate(fleet)
            ]:
                done.result()
        seconds = time.perf_counter() - started
    for device in fleet:
        device.http.close()
    return LoadResult(
        backend=backend,
        devices=devices,
        servers=len(servers),
        seconds=seconds,
        samples=[sample for device in fleet for sample in device.samples],
        applied=sum(device.applied for device in fleet),
        rejected=sum(device.rejected for device in fleet),
        peak_rss_mib=peak.mib(),
        server_cpu_seconds=sum(_cpu_seconds(process) for process in processes) - cpu_before,
        generator_cpu_seconds=_cpu_seconds(psutil.Process()) - own_before,
        machine_busy=_busy_share(machine_before, psutil.cpu_times()),
    )


def _enroll_fleet(servers: list[ServerProcess], devices: int, seed: int) -> list[LoadDevice]:
    """Stations of `DEVICES_PER_STATION` devices, added and given codes as the admin CLI does."""
    stations = [f"LD-{n:02d}" for n in range(math.ceil(devices / DEVICES_PER_STATION))]
    engine = make_engine(servers[0].database_url)
    try:
        for code in stations:
            add_station(engine, code, f"Load station {code}", "Peshawar", now_ms())
        codes = [
            new_enroll_code(engine, stations[index // DEVICES_PER_STATION], now_ms(), 1)
            for index in range(devices)
        ]
    finally:
        engine.dispose()
    return [
        LoadDevice.enroll(servers[index % len(servers)].url, code, PayloadGenerator(seed + index))
        for index, code in enumerate(codes)
    ]


def _device_syncs(device: LoadDevice, cycles: int, seed: int, deadline: float) -> None:
    rng = random.Random(seed)
    for _ in range(cycles):
        time.sleep(rng.uniform(0, PAUSE_SECONDS))
        if time.monotonic() > deadline:
            return
        idle = rng.random() < IDLE_SHARE
        device.sync(0 if idle else rng.randint(*BATCH_RANGE))


def _cpu_seconds(process: psutil.Process) -> float:
    times = process.cpu_times()
    return times.user + times.system


def _busy_share(before: Any, after: Any) -> float:
    """`before` and `after` are `psutil.cpu_times()` (a named tuple whose fields vary by OS).

    The share of CPU time, over all CPUs, spent neither idle nor waiting for I/O. Linux counts
    guest time inside user time too, so the guest fields are left out of the total."""
    spent = {
        name: getattr(after, name) - getattr(before, name)
        for name in after._fields
        if not name.startswith("guest")
    }
    total = sum(spent.values())
    idle = spent["idle"] + spent.get("iowait", 0.0)
    return (total - idle) / total if total > 0 else 0.0


class _PeakRss:
    """Samples the resident memory of each process in a thread; keeps each one's peak."""

    def __init__(self, processes: list[psutil.Process]) -> None:
        self._processes = processes
        self._peaks = [process.memory_info().rss for process in processes]
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> "_PeakRss":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def mib(self) -> list[float]:
        return [peak / 2**20 for peak in self._peaks]

    def _sample(self) -> None:
        while not self._stop.wait(RSS_EVERY_SECONDS):
            for index, process in enumerate(self._processes):
                try:
                    rss = process.memory_info().rss
                except psutil.Error:
                    continue
                self._peaks[index] = max(self._peaks[index], rss)


def figures_of(result: LoadResult) -> list[Figure]:
    backend = "PostgreSQL" if result.backend == "postgres" else "SQLite"
    servers = "two server processes" if result.servers == 2 else "one server process"
    label = f"{result.devices} devices, {backend}, {servers}"
    total = len(result.samples)
    too_many = result.count(lambda sample: sample.status == 429)
    server_errors = result.count(lambda sample: sample.status >= 500)
    no_answer = result.count(lambda sample: sample.status == 0)
    other = result.count(lambda sample: sample.status not in (0, 200, 429) and sample.status < 500)
    errors = too_many + server_errors + no_answer + other
    latencies = []
    for kind in ("push", "pull", "idle pull"):
        seconds = [sample.seconds for sample in result.samples if sample.kind == kind]
        if seconds:
            latencies.append(
                f"{kind} p50 {ms(percentile(seconds, 0.5))}, p99 {ms(percentile(seconds, 0.99))} "
                f"({len(seconds):,})"
            )
    everything = [sample.seconds for sample in result.samples]
    meets_pg = None
    if result.backend == "postgres" and result.devices >= 200:
        meets_pg = errors == 0 and result.rejected == 0
    return [
        Figure(
            SECTION,
            f"{label}: throughput",
            f"{total / result.seconds:,.0f} requests/s, {result.applied / result.seconds:,.0f} "
            f"mutations applied/s ({total:,} requests, {result.applied:,} mutations in "
            f"{result.seconds:,.1f} s)",
        ),
        Figure(
            SECTION,
            f"{label}: latency",
            f"all p50 {ms(percentile(everything, 0.5))}, p99 {ms(percentile(everything, 0.99))}; "
            + "; ".join(latencies),
            PG_TARGET if meets_pg is not None else "—",
            meets_pg,
        ),
        Figure(
            SECTION,
            f"{label}: errors",
            f"{errors} ({too_many} × 429, {server_errors} × 5xx, {no_answer} unanswered, "
            f"{other} other); {result.rejected} mutations rejected",
        ),
        Figure(
            SECTION,
            f"{label}: server memory and CPU",
            f"peak RSS {' + '.join(f'{mib:,.0f}' for mib in result.peak_rss_mib)} MiB; CPU: "
            f"server {result.server_cpu_seconds:,.1f} s, load generator "
            f"{result.generator_cpu_seconds:,.1f} s in {result.seconds:,.1f} s wall; all "
            f"{os.cpu_count()} cores {result.machine_busy:.0%} busy",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    """`python -m bench.server_load`: only the server-load runs, figures printed (no report)."""
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(prog="python -m bench.server_load", description=main.__doc__)
    parser.add_argument("--devices", default="200", help="device counts, e.g. 50,200")
    parser.add_argument("--backends", default="postgres", help="sqlite and/or postgres")
    parser.add_argument("--servers", default="1,2", help="server process counts, e.g. 1,2")
    parser.add_argument("--cycles", type=int, default=8, help="syncs per device")
    parser.add_argument("--seed", type=int, default=20240601 + 4)
    parser.add_argument("--idle", type=int, default=IDLE_SYNCS, help="idle syncs (0: none)")
    args = parser.parse_args(argv)
    counts = [int(part) for part in args.devices.split(",") if part and int(part) > 0]
    servers = [int(part) for part in args.servers.split(",") if part]
    print(f"load average at start: {os.getloadavg()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="fieldsync-load-") as work:
        for backend in [part for part in args.backends.split(",") if part]:
            if args.idle:
                idle = idle_figure(backend, Path(work), args.seed, args.idle)
                print(idle.line() if idle else f"{backend} was not reachable", flush=True)
            for devices in counts:
                for count in servers:
                    result = _run(backend, devices, count, args.cycles, Path(work), args.seed)
                    if result is None:
                        print(f"{backend} was not reachable; skipped", flush=True)
                        continue
                    for figure in figures_of(result):
                        print(figure.line(), flush=True)
                    per_request = 1000 * result.server_cpu_seconds / max(len(result.samples), 1)
                    print(
                        f"  server CPU per request {per_request:.2f} ms; "
                        f"load average after: {os.getloadavg()}",
                        flush=True,
                    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
