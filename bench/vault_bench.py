"""The vault figures: unlock, create, search, first screen, memory, and the cost of encryption."""

import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.generate import PayloadGenerator, search_queries
from bench.report import Figure
from bench.stats import Summary, ms, percentile, time_runs
from bench.vault_setup import FAST_OFFICER_BADGE, OFFICER_BADGE, PASSWORD
from bench.workloads import SCREEN_ROWS, first_screen, search_all, search_screen
from fieldclient.domain.reports import Period
from fieldclient.services.people import PersonService
from fieldclient.services.records import RecordService
from fieldclient.services.reports import ReportService
from fieldclient.services.session import Session, open_session
from fieldclient.vault.keyring import Keyring
from fieldclient.vault.keywrap import derive_password_key
from fieldclient.vault.vault import KEYRING_NAME

VAULT = "Vault"
ENCRYPTION = "Cost of encryption (same schema and code on a plain SQLite file)"


@dataclass(frozen=True)
class OperationTimes:
    """One storage's timings of the officer's operations, to compare encrypted with plain."""

    create: Summary
    search: Summary  # the first screen of a search
    search_all: Summary  # every matching id in date order
    first_screen: Summary


def unlock_figures(data_dir: Path, runs: int) -> list[Figure]:
    entry = Keyring.load(data_dir / KEYRING_NAME).officer(OFFICER_BADGE)
    kdf = time_runs(lambda: derive_password_key(PASSWORD, entry.kdf), runs)
    full = _time_unlocks(data_dir, OFFICER_BADGE, runs)
    rest = _time_unlocks(data_dir, FAST_OFFICER_BADGE, max(runs, 20))
    cost = f"Argon2id {entry.kdf.memory_kib // 1024} MiB, {entry.kdf.iterations} passes"
    return [
        Figure(
            VAULT,
            f"unlock, key derivation alone ({cost}), median of {kdf.runs}",
            f"{ms(kdf.median)} (p95 {ms(kdf.p95)})",
            "about 1 s (kdf_profile.py)",
            0.5 <= kdf.median <= 2.0,
        ),
        Figure(
            VAULT,
            f"unlock, everything else (keyring, unseal, open, schema check), median of {rest.runs}",
            f"{ms(rest.median)} (p95 {ms(rest.p95)})",
        ),
        Figure(
            VAULT,
            f"unlock, total with the real key derivation, median of {full.runs}",
            f"{ms(full.median)} (p95 {ms(full.p95)})",
        ),
    ]


def _time_unlocks(data_dir: Path, badge: str, runs: int) -> Summary:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        session = open_session(data_dir, badge, PASSWORD)
        samples.append(time.perf_counter() - started)
        session.close()
    return Summary.of(samples)


def operation_times(
    session: Session, generator: PayloadGenerator, queries: list[str], runs: int
) -> OperationTimes:
    """Create through `RecordService.create` as an officer does, then search and list."""
    service = RecordService(session)
    payloads = list(generator.records(runs))
    create_samples = []
    for record_type, payload in payloads:
        started = time.perf_counter()
        service.create(record_type, payload)
        create_samples.append(time.perf_counter() - started)
    return OperationTimes(
        create=Summary.of(create_samples),
        search=_each(queries, lambda text: search_screen(service, text)),
        search_all=_each(queries, lambda text: search_all(service, text)),
        first_screen=time_runs(lambda: first_screen(service), runs),
    )


def _each(inputs: list[str], action: Callable[[str], object]) -> Summary:
    samples = []
    for item in inputs:
        started = time.perf_counter()
        action(item)
        samples.append(time.perf_counter() - started)
    return Summary.of(samples)


def operation_figures(times: OperationTimes, records: int, queries: int) -> list[Figure]:
    create, search, screen = times.create, times.search, times.first_screen
    return [
        Figure(
            VAULT,
            f"create one record with outbox, index and audit (RecordService.create, "
            f"{create.runs} runs, mixed types)",
            f"p50 {ms(create.median)}, p99 {ms(create.p99)}",
            "p50 ≤ 1 ms, p99 ≤ 5 ms",
            create.median <= 0.001 and create.p99 <= 0.005,
        ),
        Figure(
            VAULT,
            f"full-text search over {records:,} records, the list's first screen: the first "
            f"{SCREEN_ROWS} matches in date order, their records and the count ({queries} queries)",
            f"p50 {ms(search.median)}, p95 {ms(search.p95)}, p99 {ms(search.p99)}",
            "p95 ≤ 20 ms",
            search.p95 <= 0.020,
        ),
        Figure(
            VAULT,
            f"full-text search over {records:,} records, the list's second job: every matching "
            f"id in date order ({queries} queries)",
            f"p50 {ms(times.search_all.median)}, p95 {ms(times.search_all.p95)}, "
            f"p99 {ms(times.search_all.p99)}",
        ),
        Figure(
            VAULT,
            f"first screen of the FIR list by record time: find_ids + get_many(50) "
            f"({screen.runs} runs)",
            f"p50 {ms(screen.median)}, p95 {ms(screen.p95)}, p99 {ms(screen.p99)}",
            "≤ 100 ms",
            screen.p95 <= 0.100,
        ),
    ]


def person_view_figure(session: Session, records: int, runs: int) -> Figure:
    """The person view (`PersonService.lookup`) for the identities named most often: the worst
    case, as each answer reads every record of that person."""
    people = PersonService(RecordService(session))
    identities = [
        row[0]
        for row in session.vault.conn.execute(
            "SELECT identity FROM person_index GROUP BY identity"
            " ORDER BY count(*) DESC, identity LIMIT ?",
            (runs,),
        )
    ]
    found = [len(people.lookup(identity)) for identity in identities[:5]]
    times = _each(identities, people.lookup)
    return Figure(
        VAULT,
        f"person view by CNIC over {records:,} records: every record naming the person, from "
        f"the person index ({times.runs} identities, those named most often; the first five "
        f"have {', '.join(map(str, found))} records)",
        f"p50 {ms(times.median)}, p95 {ms(times.p95)}, p99 {ms(times.p99)}",
        "p95 ≤ 100 ms (issue 17: well under a second)",
        times.p95 <= 0.100,
    )


def report_figure(session: Session, records: int, runs: int) -> Figure:
    """This month's daily situation report (`ReportService.compute`): its worst case here, as the
    vault was just built and every record changed this month, so every FIR, challan, complaint
    and diary entry is read and counted."""
    today = session.now().date()
    month = Period.month(today.year, today.month)
    service = ReportService(session)
    times = _each(["situation"] * max(1, min(runs, 5)), lambda kind: service.compute(kind, month))
    return Figure(
        VAULT,
        f"a month's daily situation report over {records:,} records, every record changed this "
        f"month ({times.runs} runs)",
        f"p50 {ms(times.median)}, p99 {ms(times.p99)}",
    )


def search_hits(session: Session, queries: list[str]) -> str:
    """How broad the queries were: median and largest number of matching records."""
    service = RecordService(session)
    hits = [search_screen(service, text) for text in queries]
    return (
        f"The search queries are surnames, full names, CNIC prefixes, plate letters, Urdu words "
        f"and police-station names drawn from the generated data; they matched a median of "
        f"{percentile(hits, 0.5):,.0f} and at most {max(hits):,} records."
    )


def encryption_figures(encrypted: OperationTimes, plain: OperationTimes) -> list[Figure]:
    pairs = (
        ("create one record, p50", encrypted.create.median, plain.create.median),
        ("create one record, p99", encrypted.create.p99, plain.create.p99),
        ("full-text search, first screen, p95", encrypted.search.p95, plain.search.p95),
        ("first screen of the FIR list, p50", encrypted.first_screen.median,
         plain.first_screen.median),
    )  # fmt: skip
    return [
        Figure(
            ENCRYPTION,
            name,
            f"SQLCipher {ms(secret)} / plain {ms(clear)} = ×{secret / clear:.2f}",
        )
        for name, secret, clear in pairs
    ]


def memory_figure(data_dir: Path) -> Figure:
    probe = subprocess.run(
        [sys.executable, "-m", "bench.memory_probe", str(data_dir)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    rss = json.loads(probe.stdout.strip().splitlines()[-1])
    return Figure(
        VAULT,
        "memory (RSS) of a process with the vault open, after the first screen and 20 searches",
        f"{rss['rss_in_use_mib']:.0f} MiB ({rss['rss_before_mib']:.0f} MiB before unlocking, "
        f"{rss['rss_opened_mib']:.0f} MiB just after)",
    )


def database_size_figure(data_dir: Path, records: int) -> Figure:
    size = sum(path.stat().st_size for path in data_dir.glob("vault.db*"))
    return Figure(
        VAULT,
        "vault file size (records, search index, outbox, audit)",
        f"{size / 2**20:,.0f} MiB for {records:,} records ({size / records / 1024:.1f} KiB each)",
        "≤ 2 KiB per record",
        size / records <= 2048,
    )


def disk_sync_figure(folder: Path, runs: int) -> Figure:
    """What one durable commit costs at least: a 4 KiB write and its fsync on the vault's disk."""
    probe = folder / "fsync-probe"
    samples = []
    with probe.open("wb") as handle:
        for _ in range(runs):
            handle.write(b"\0" * 4096)
            handle.flush()
            started = time.perf_counter()
            os.fsync(handle.fileno())
            samples.append(time.perf_counter() - started)
    probe.unlink()
    latency = Summary.of(samples)
    return Figure(
        VAULT,
        f"fsync of a 4 KiB write on the vault's disk (the floor under every commit; {runs} runs)",
        f"p50 {ms(latency.median)}, p99 {ms(latency.p99)}",
    )


def make_queries(seed: int, count: int) -> list[str]:
    return search_queries(PayloadGenerator(seed), count)
