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
from bench.stats import ms, time_runs
from bench.vault_setup import PASSWORD, STATION, fill
from bench.wire_proxy import WireCount, WireProxy
from fieldclient.domain.fingerprint import canonical_json
from fieldclient.services.session import Session, create_vault
from fieldclient.services.sync import LEDGER, SyncReport, SyncService
from fieldclient.vault.record_doc import decode_doc, decode_doc_dict
from sync.client.engine import PULL_PAGE
from sync.client.local_store import LocalStore
from sync.client.page_check import CheckedPage

LOOPBACK = "Sync over loopback (real server, SQLite database)"
SLOW_LINK = "Sync through a 64 kbit/s link (relay throttled both ways)"
SLOW_BYTES_PER_SECOND = 64_000 / 8
SLOW_RECORDS = 20
PUSH_TARGET_MUTATIONS = 10_000
CHECK_RUNS = 5

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
    push_rate = first.report.pushed / first.push_seconds
    emit(
        [
            Figure(
                LOOPBACK,
                f"first push of {first.report.pushed:,} offline-created records",
                f"{push_rate:,.0f} mutations/s ({first.push_seconds:,.1f} s)",
                "≥ 18,000 mutations/s",
                push_rate >= 18_000,
            )
        ]
    )
    pull = timed_sync(device_b, proxy)
    emit(_pull_figures(pull, device_b.session, server, work / "device-c"))
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


def _pull_figures(
    pull: SyncRun, session: Session, server: ServerProcess, scratch: Path
) -> list[Figure]:
    pulled = pull.report.pulled
    pull_rate = pulled / pull.seconds
    apply_rate = _bulk_apply_rate(session, scratch)
    check = _consistency_check_seconds(session)
    docs = _full_json(session, "SELECT doc FROM records ORDER BY seq")
    fir_docs = _full_json(session, "SELECT doc FROM records WHERE type = 'fir'")
    json_gzip = _paged_gzip_size(docs)
    overhead = pull.wire.total_bytes / json_gzip - 1
    per_record = pull.wire.total_bytes / pulled
    per_fir = _paged_gzip_size(fir_docs) / len(fir_docs) * (1 + overhead) if fir_docs else 0.0
    return [
        Figure(
            LOOPBACK,
            f"initial pull of {pulled:,} records by a new device",
            f"{pull_rate:,.0f} records/s ({pull.seconds:,.1f} s, "
            f"{len(pull.wire.requests)} requests)",
            "≥ 18,000 records/s",
            pull_rate >= 18_000,
        ),
        Figure(
            LOOPBACK,
            f"the vault's own bulk-apply rate for the same records (pages of {PULL_PAGE} "
            f"through LocalStore.apply_page, no network), and the pull's share of it",
            f"{apply_rate:,.0f} records/s; pull / apply = {pull_rate / apply_rate:.0%}",
            "pull ≥ 80% of apply",
            pull_rate >= 0.8 * apply_rate,
        ),
        Figure(
            LOOPBACK,
            "bytes on the wire per record in the initial pull (both ways, HTTP included)",
            f"{per_record:,.0f} B per record (mixed types); about {per_fir:,.0f} B per FIR",
            "≤ 120 B per record",
            per_record <= 120,
        ),
        Figure(
            LOOPBACK,
            f"consistency check on the device's side (LocalStore.station_summary over "
            f"{pulled:,} records), median of {CHECK_RUNS}",
            f"{ms(check)} ({check / max(pulled, 1) * 1e6:,.2f} µs per record)",
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


def _full_json(session: Session, query: str) -> list[str]:
    """Each record's canonical full JSON (as the server sends it), whatever the vault stores."""
    return [canonical_json(decode_doc_dict(doc)) for (doc,) in session.vault.conn.execute(query)]


def _bulk_apply_rate(session: Session, scratch: Path) -> float:
    """Records/s of a pull's apply path alone: the pulled records, as `Record`s, applied to a new
    vault page by page with cursor and audit, and the list indexes built at the end, as a pull
    applies them (no HTTP, no parsing)."""
    records = [
        decode_doc(doc)
        for (doc,) in session.vault.conn.execute("SELECT doc FROM records ORDER BY seq")
    ]
    target = create_vault(
        scratch, badge="PSH-0001", name="Benchmark Officer", password=PASSWORD, station=STATION
    )
    try:
        store = LocalStore(target.vault, LEDGER, target.clock)
        started = time.perf_counter()
        for start in range(0, len(records), PULL_PAGE):
            chunk = records[start : start + PULL_PAGE]
            has_more = start + PULL_PAGE < len(records)
            store.apply_page(CheckedPage(chunk, [], [], start + len(chunk), has_more, None))
        store.build_deferred_indexes()  # as the end of a pull does
        return len(records) / (time.perf_counter() - started)
    finally:
        target.close()


def _consistency_check_seconds(session: Session) -> float:
    store = LocalStore(session.vault, LEDGER, session.clock)
    return time_runs(store.station_summary, CHECK_RUNS).median


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
