"""The sync figures: devices with real vaults syncing with the real server through a counting relay.

Device A works offline and pushes; device B is new at the station and pulls everything. The
relay (`WireProxy`) counts requests and bytes, and throttles for the slow-link figures.
"""

import gzip
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.generate import SYNC_MIX, PayloadGenerator
from bench.report import Figure
from bench.server_process import ServerProcess, enroll_code
from bench.stats import ms
from bench.vault_setup import PASSWORD, STATION, fill
from bench.wire_proxy import WireCount, WireProxy
from fieldclient.services.session import Session, create_vault
from fieldclient.services.sync import SyncReport, SyncService
from sync.client.engine import PULL_PAGE

LOOPBACK = "Sync over loopback (real server, SQLite database)"
SLOW_LINK = "Sync through a 64 kbit/s link (relay throttled both ways)"
SLOW_BYTES_PER_SECOND = 64_000 / 8
SLOW_RECORDS = 20
PUSH_TARGET_MUTATIONS = 10_000

Emit = Callable[[list[Figure]], None]


@dataclass(frozen=True)
class SyncRun:
    report: SyncReport
    started: float
    seconds: float
    wire: WireCount

    @property
    def push_seconds(self) -> float:
        """Until the first pull request: push goes first in a sync."""
        pull_at = self.wire.first_request_to("/v1/pull")
        return (pull_at if pull_at is not None else self.started + self.seconds) - self.started


def new_device(folder: Path, server: ServerProcess, proxy: WireProxy) -> SyncService:
    """A fresh vault enrolled for the bench station through the relay."""
    session = create_vault(
        folder, badge="PSH-0001", name="Benchmark Officer", password=PASSWORD, station=STATION
    )
    service = SyncService(session)
    service.enroll(proxy.url, enroll_code(server.database_url, STATION))
    return service


def timed_sync(service: SyncService, proxy: WireProxy) -> SyncRun:
    proxy.reset(proxy.bytes_per_second)
    started = time.perf_counter()
    report = service.sync_once()
    seconds = time.perf_counter() - started
    wire = proxy.reset(proxy.bytes_per_second)
    for rejection in report.rejections:
        print(f"  {rejection}", flush=True)
    if report.error or report.rejected:
        raise RuntimeError(f"sync failed: {report.error or f'{report.rejected} rejected'}")
    return SyncRun(report, started, seconds, wire)


def loopback_figures(
    server: ServerProcess, proxy: WireProxy, work: Path, records: int, seed: int, emit: Emit
) -> tuple[SyncService, SyncService]:
    generator = PayloadGenerator(seed)
    device_a = new_device(work / "device-a", server, proxy)
    device_b = new_device(work / "device-b", server, proxy)
    fill(device_a.session, generator.records(records, SYNC_MIX))
    first = timed_sync(device_a, proxy)
    emit(
        [
            Figure(
                LOOPBACK,
                f"first push of {first.report.pushed:,} offline-created records",
                f"{first.report.pushed / first.push_seconds:,.0f} mutations/s "
                f"({first.push_seconds:,.1f} s)",
            )
        ]
    )
    pull = timed_sync(device_b, proxy)
    emit(_pull_figures(pull, device_b.session, server))
    pushed = min(PUSH_TARGET_MUTATIONS, records)
    fill(device_a.session, generator.records(pushed, SYNC_MIX))
    push = timed_sync(device_a, proxy)
    emit(
        [
            Figure(
                LOOPBACK,
                f"push of {push.report.pushed:,} queued mutations",
                f"{push.push_seconds:,.2f} s ({push.report.pushed / push.push_seconds:,.0f}/s)",
                "≤ 2 s for 10,000",
                push.push_seconds <= 2.0 * push.report.pushed / PUSH_TARGET_MUTATIONS,
            )
        ]
    )
    timed_sync(device_b, proxy)  # takes A's new records, so the next sync has nothing to do
    idle = timed_sync(device_b, proxy)
    emit(
        [
            Figure(
                LOOPBACK,
                "a sync with nothing to do",
                f"{len(idle.wire.requests)} round trip(s), {idle.wire.total_bytes:,} bytes, "
                f"{ms(idle.seconds)}",
                "one round trip",
                len(idle.wire.requests) == 1,
            )
        ]
    )
    return device_a, device_b


def _pull_figures(pull: SyncRun, session: Session, server: ServerProcess) -> list[Figure]:
    pulled = pull.report.pulled
    docs = [row[0] for row in session.vault.conn.execute("SELECT doc FROM records ORDER BY seq")]
    fir_docs = [
        row[0] for row in session.vault.conn.execute("SELECT doc FROM records WHERE type = 'fir'")
    ]
    json_gzip = _paged_gzip_size(docs)
    overhead = pull.wire.total_bytes / json_gzip - 1
    per_record = pull.wire.total_bytes / pulled
    per_fir = _paged_gzip_size(fir_docs) / len(fir_docs) * (1 + overhead) if fir_docs else 0.0
    return [
        Figure(
            LOOPBACK,
            f"initial pull of {pulled:,} records by a new device",
            f"{pulled / pull.seconds:,.0f} records/s ({pull.seconds:,.1f} s, "
            f"{len(pull.wire.requests)} requests)",
            "≥ 20,000 records/s",
            pulled / pull.seconds >= 20_000,
        ),
        Figure(
            LOOPBACK,
            "bytes on the wire per record in the initial pull (both ways, HTTP included)",
            f"{per_record:,.0f} B per record (mixed types); about {per_fir:,.0f} B per FIR",
        ),
        Figure(
            LOOPBACK,
            f"protocol overhead over gzip of the records' own JSON (pages of {PULL_PAGE})",
            f"{overhead:+.1%} ({pull.wire.total_bytes / 2**20:,.1f} MiB on the wire, "
            f"{json_gzip / 2**20:,.1f} MiB gzip JSON)",
            "≤ 20%",
            overhead <= 0.20,
        ),
        Figure(
            LOOPBACK,
            "server memory (RSS) after serving the initial pull",
            f"{server.rss_mib():,.0f} MiB",
        ),
    ]


def _paged_gzip_size(docs: list[str]) -> int:
    return sum(
        len(gzip.compress("\n".join(docs[start : start + PULL_PAGE]).encode(), 6))
        for start in range(0, len(docs), PULL_PAGE)
    )


def slow_link_figures(
    device_a: SyncService, device_b: SyncService, proxy: WireProxy, seed: int
) -> list[Figure]:
    generator = PayloadGenerator(seed)
    fill(device_a.session, ((kind, generator.payload(kind)) for kind in ["fir"] * SLOW_RECORDS))
    proxy.reset(SLOW_BYTES_PER_SECOND)
    try:
        push = timed_sync(device_a, proxy)
        pull = timed_sync(device_b, proxy)
        idle = timed_sync(device_b, proxy)
    finally:
        proxy.reset(None)
    return [
        Figure(
            SLOW_LINK,
            f"push of {SLOW_RECORDS} new FIRs (and pulling them back numbered)",
            f"{push.seconds:,.1f} s, {push.wire.total_bytes:,} bytes",
        ),
        Figure(
            SLOW_LINK,
            f"another device pulling those {pull.report.pulled} FIRs",
            f"{pull.seconds:,.1f} s, {pull.wire.total_bytes:,} bytes",
        ),
        Figure(
            SLOW_LINK,
            "a sync with nothing to do",
            f"{ms(idle.seconds)}, {len(idle.wire.requests)} round trip(s), "
            f"{idle.wire.total_bytes:,} bytes",
        ),
    ]
