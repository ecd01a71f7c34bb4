"""`python -m bench`: build the generated vault, measure, print, and write docs/PERFORMANCE.md.

Knobs (environment): BENCH_RECORDS (default 100000), BENCH_RUNS (200), BENCH_UNLOCK_RUNS (5),
BENCH_REAL_KDF (1; 0 for a quick smoke run), BENCH_DIR (where the vaults are built),
BENCH_OUTPUT (default docs/PERFORMANCE.md), BENCH_SEED; for the server under many devices
BENCH_LOAD_DEVICES (default "50,200"; "0" skips those runs), BENCH_LOAD_CYCLES (syncs per
device, default 8) and BENCH_LOAD_BACKENDS (default "sqlite,postgres").
"""

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench import server_load, sync_bench, vault_bench
from bench.config import REPO_ROOT, BenchConfig
from bench.generate import PayloadGenerator
from bench.machine import describe_machine
from bench.report import Figure, render, write_report
from bench.server_process import running_server
from bench.vault_setup import BATCH_SIZE, STATION, create_bench_vault, fill, kdf_cost, plain_copy
from bench.wire_proxy import WireProxy

Emit = Callable[[list[Figure]], None]


def main() -> int:
    config = BenchConfig.from_env()
    machine = describe_machine(REPO_ROOT, config.records)
    print(
        f"fieldclient benchmark: {config.records:,} records, {config.runs} runs per figure, "
        f"{machine.cpus} CPUs ({machine.cpu_model}), load {machine.load_at_start}",
        flush=True,
    )
    figures: list[Figure] = []
    notes: list[str] = []

    def emit(new: list[Figure]) -> None:
        for figure in new:
            print(figure.line(), flush=True)
        figures.extend(new)

    with tempfile.TemporaryDirectory(prefix="fieldclient-bench-", dir=config.work_dir) as work:
        run_vault_suite(config, Path(work), emit, notes)
        run_sync_suite(config, Path(work), emit, notes)
        run_load_suite(config, Path(work), emit, notes)
    write_report(config.output, render(figures, machine, notes))
    print(f"wrote {config.output}", flush=True)
    return 0


def run_vault_suite(config: BenchConfig, work: Path, emit: Emit, notes: list[str]) -> None:
    data_dir = work / "vault"
    session = create_bench_vault(data_dir, real_kdf=config.real_kdf)
    with kdf_cost(real=False):
        generator = PayloadGenerator(config.seed)
        emit([_build(session, generator, config.records)])
        emit(vault_bench.unlock_figures(data_dir, config.unlock_runs))
        emit([vault_bench.disk_sync_figure(work, config.runs)])
        queries = vault_bench.make_queries(config.seed + 1, config.runs)
        encrypted = vault_bench.operation_times(session, generator, queries, config.runs)
        emit(vault_bench.operation_figures(encrypted, config.records, len(queries)))
        notes.append(vault_bench.search_hits(session, queries))
        emit([vault_bench.person_view_figure(session, config.records, config.runs)])
        emit([vault_bench.report_figure(session, config.records, config.runs)])
        emit([vault_bench.memory_figure(data_dir)])
        emit([vault_bench.database_size_figure(data_dir, config.records)])
        plain = plain_copy(session, work / "plain")
        try:
            plain_times = vault_bench.operation_times(plain, generator, queries, config.runs)
        finally:
            plain.close()
        emit(vault_bench.encryption_figures(encrypted, plain_times))
        session.close()
    notes.append(
        "The generated vault mixes 40% FIRs, 30% challans, 15% tenant registrations and 15% "
        "attendance events over three years, with English and Urdu names and text. Every record "
        "was stored as RecordService.create stores it (row, search entry, outbox mutation, audit "
        "entry), so the outbox holds one pending mutation per record."
    )


def run_sync_suite(config: BenchConfig, work: Path, emit: Emit, notes: list[str]) -> None:
    database_url = f"sqlite:///{work / 'server.sqlite3'}"
    with (
        kdf_cost(real=False),
        running_server(database_url, [STATION]) as server,
        WireProxy(server.port) as proxy,
    ):
        device_a, device_b = sync_bench.loopback_figures(
            server, proxy, work / "devices", config.records, config.seed + 2, emit
        )
        emit(sync_bench.slow_link_figures(device_a, device_b, proxy, config.seed + 3))
        device_a.session.close()
        device_b.session.close()
    notes.append(
        "Sync: device A creates the records offline (FIRs, tenant registrations and attendance "
        "in the vault's proportions; challans are left out because an offline device's leased "
        "number blocks would run out), then syncs; device B, new at the station, pulls them. "
        "Both talk to `fieldsync-server serve` (one process, SQLite file) through a counting "
        "relay on 127.0.0.1; bytes are HTTP as sent (headers and gzip bodies), without TCP/IP "
        "framing. The slow link is the relay pacing each direction to 64 kbit/s, without added "
        "latency or loss. A sync that changed something ends with the consistency check (a "
        "`/v1/status` request and a fingerprint of every record the device holds), so the "
        "slow-link push and pull times include that pass over the devices' whole vaults "
        f"({config.records:,} records and more)."
    )


def run_load_suite(config: BenchConfig, work: Path, emit: Emit, notes: list[str]) -> None:
    if not config.load_devices or not config.load_backends:
        return
    notes += server_load.load_figures(
        config.load_backends, config.load_devices, config.load_cycles, work, config.seed + 4, emit
    )
    notes.append(
        f"Server under load: `fieldsync-server serve` (uvicorn, one process unless stated) with a "
        f"fresh database per run; stations of {server_load.DEVICES_PER_STATION} devices; every "
        f"device syncs {config.load_cycles} times from its own thread (at most "
        f"{server_load.MAX_THREADS} threads), pausing up to {server_load.PAUSE_SECONDS} s "
        f"between syncs. Two syncs in three push 5–20 mutations (new FIRs and tenant "
        f"registrations, edits of draft FIRs, drafts registered and numbered) then pull; the "
        f"third is an idle sync (one pull). Devices are signed-request clients without a vault, "
        f"in the benchmark process: load generator and server share the same cores. Latency is "
        f"per HTTP request as the device sees it; no request is retried."
    )


def _build(session, generator: PayloadGenerator, records: int) -> Figure:
    started = time.perf_counter()

    def progress(stored: int) -> None:
        if stored % 10_000 == 0 or stored == records:
            rate = stored / (time.perf_counter() - started)
            print(f"  built {stored:,} of {records:,} records ({rate:,.0f}/s)", flush=True)

    fill(session, generator.records(records), progress)
    elapsed = time.perf_counter() - started
    return Figure(
        vault_bench.VAULT,
        f"bulk store as RecordService.create does (validation, row, index, outbox, audit), "
        f"{BATCH_SIZE} per transaction",
        f"{records / elapsed:,.0f} records/s ({records:,} in {elapsed:,.1f} s)",
    )


if __name__ == "__main__":
    raise SystemExit(main())
