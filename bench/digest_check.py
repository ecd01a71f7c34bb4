"""`python -m bench.digest_check 1000 20000`: CPU time of the consistency check after a sync, on
both ends, against the number of records (issue 16: the same at 1,000 and 100,000 records).

Device: a new vault filled with generated records through `LocalStore.apply_page` (as a pull
writes them), then the median of 7 runs of ``LocalStore.station_summary()`` (the running
digest), of ``station_summary(recount=True)`` (every row: the fallback when the digest is out of
step or differs from the server's) and of the check as it was before the running digest (an
index scan of every stored fingerprint, sorted and hashed; `_linear_check`). Server: a SQLite
database with the same records in one station, the median of 7 runs of the status answer's
digest part, read from ``station_digests`` and, as before, from every record of the station.

CPU time of this process (`time.process_time`): the machine is shared, and wall time there says
more about the other work than about this.
"""

from __future__ import annotations

import hashlib
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from statistics import median

from sqlalchemy import func, insert, select

from bench.generate import PayloadGenerator
from bench.vault_setup import create_bench_vault
from fieldclient.domain.fingerprint import canonical_json, text_fingerprint
from fieldclient.domain.record import Record
from fieldclient.services.records import RecordService
from fieldclient.services.sync import LEDGER
from sync.client.local_store import LocalStore
from sync.client.page_check import CheckedPage
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import make_engine, read_transaction
from sync.server.db.migrate import upgrade_to_head
from sync.server.db.tables import devices, records, stations
from sync.server.services.station_digest import recompute_station_digests
from sync.server.services.status import station_status

RUNS = 7
PAGE = 1000


def cpu_median(action: Callable[[], object], runs: int = RUNS) -> float:
    samples = []
    for _ in range(runs):
        started = time.process_time()
        action()
        samples.append(time.process_time() - started)
    return median(samples)


def _old_digest(pairs: list[tuple[str, str]]) -> str:
    digest = hashlib.sha256()
    for record_id, fingerprint in sorted(pairs):
        digest.update(f"{record_id}:{fingerprint}\n".encode())
    return digest.hexdigest()


def _linear_check(conn) -> tuple[dict[str, int], str]:  # type: ignore[no-untyped-def]
    """The device's check before the running digest (main at 276a25f, no unfingerprinted rows)."""
    local_only = {
        record_id
        for (record_id,) in conn.execute(
            "SELECT record_id FROM outbox WHERE state = 'rejected' AND op = 'create'"
        )
    }
    counts: dict[str, int] = {}
    pairs: list[tuple[str, str]] = []
    for record_id, kind, fingerprint in conn.execute(
        "SELECT id, type, fingerprint FROM records INDEXED BY records_fingerprints"
    ):
        if record_id not in local_only:
            counts[kind] = counts.get(kind, 0) + 1
            pairs.append((record_id, fingerprint))
    return counts, _old_digest(pairs)


def generated_records(count: int, seed: int = 16) -> list[Record]:
    """Records as a pull brings them: made by a scratch vault's services, whole."""
    with tempfile.TemporaryDirectory(prefix="digest-src-") as folder:
        session = create_bench_vault(Path(folder), real_kdf=False)
        try:
            service = RecordService(session)
            made: list[Record] = []
            payloads = list(PayloadGenerator(seed).records(count))
            for start in range(0, count, 2000):
                made += service.create_many(payloads[start : start + 2000])
            return made
        finally:
            session.close()


def device_figures(made: list[Record]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="digest-dev-") as folder:
        session = create_bench_vault(Path(folder), real_kdf=False)
        try:
            store = LocalStore(session.vault, LEDGER, session.clock)
            for start in range(0, len(made), PAGE):
                chunk = made[start : start + PAGE]
                more = start + PAGE < len(made)
                store.apply_page(CheckedPage(chunk, [], [], start + len(chunk), more, None))
            store.build_deferred_indexes()  # as the engine does at the end of a pull
            running = store.station_summary()
            assert store.station_summary(recount=True) == running
            conn = session.vault.conn
            assert _linear_check(conn)[0] == running.counts
            return {
                "running": cpu_median(store.station_summary),
                "recount": cpu_median(lambda: store.station_summary(recount=True)),
                "before": cpu_median(lambda: _linear_check(conn)),
            }
        finally:
            session.close()


def server_figures(made: list[Record]) -> dict[str, float]:
    with tempfile.TemporaryDirectory(prefix="digest-srv-") as folder:
        engine = make_engine(f"sqlite:///{folder}/server.db")
        upgrade_to_head(engine)
        station, device_id = "PSH-07", "d" * 32
        with engine.begin() as connection:
            connection.execute(
                insert(stations).values(
                    code=station, name=station, district="Peshawar", change_seq=len(made),
                    next_challan=1, created_at=0,
                )
            )  # fmt: skip
            connection.execute(
                insert(devices).values(
                    id=device_id, station=station, public_key="A" * 43 + "=", name="bench",
                    enrolled_at=0, last_seq=0,
                )
            )  # fmt: skip
            rows = []
            for seq, record in enumerate(made, 1):
                text = canonical_json({**record.to_dict(), "station": station})
                rows.append(
                    {
                        "id": record.id, "station": station, "type": record.type,
                        "status": record.status, "number": None, "doc": text, "officers": "{}",
                        "fingerprint": text_fingerprint(text), "change_seq": seq, "updated_at": 0,
                    }
                )  # fmt: skip
            connection.execute(insert(records), rows)
            recompute_station_digests(connection, station)
        device = AuthenticatedDevice(id=device_id, station=station)

        def before() -> None:
            with read_transaction(engine) as connection:
                dict(
                    connection.execute(
                        select(records.c.type, func.count())
                        .where(records.c.station == station)
                        .group_by(records.c.type)
                    ).all()
                )
                _old_digest(
                    [
                        (row.id, row.fingerprint)
                        for row in connection.execute(
                            select(records.c.id, records.c.fingerprint).where(
                                records.c.station == station
                            )
                        )
                    ]
                )

        try:
            return {
                "running": cpu_median(lambda: station_status(engine, device, 0)),
                "before": cpu_median(before),
            }
        finally:
            engine.dispose()


def main(argv: list[str]) -> int:
    for count in [int(arg) for arg in argv] or [1000, 20000]:
        made = generated_records(count)
        dev = device_figures(made)
        srv = server_figures(made)
        print(
            f"{count:>7,} records  device: running {dev['running'] * 1e3:7.3f} ms,"
            f" recount {dev['recount'] * 1e3:8.2f} ms, before {dev['before'] * 1e3:8.2f} ms"
            f" | server status: running {srv['running'] * 1e3:7.3f} ms,"
            f" before {srv['before'] * 1e3:8.2f} ms   (CPU, median of {RUNS})",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
