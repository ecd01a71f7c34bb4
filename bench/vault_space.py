"""Bytes of vault per record, by table and index, and the CPU cost of a create.

`python -m bench.vault_space --records 3000` builds a generated vault (`bench.vault_setup`),
empties the outbox as an acknowledged push does, checkpoints, and prints the file size per record
and, from an unencrypted export (`sqlcipher_export`, which packs pages as VACUUM would), the
bytes per record of each table and index (SQLite's `dbstat`). Create cost is CPU time
(`time.process_time`) per `RecordService.create`, which other processes on a shared machine
disturb far less than wall time.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from bench.generate import PayloadGenerator
from bench.vault_setup import create_bench_vault, fill, plain_copy
from fieldclient.services.records import RecordService
from fieldclient.vault.vault import DB_NAME


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--records", type=int, default=3000)
    parser.add_argument("--creates", type=int, default=300)
    parser.add_argument("--seed", type=int, default=16)
    args = parser.parse_args()
    generator = PayloadGenerator(args.seed)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        session = create_bench_vault(root / "vault", real_kdf=False)
        fill(session, generator.records(args.records))
        service = RecordService(session)
        samples = []
        for record_type, payload in generator.records(args.creates):
            started = time.process_time()
            service.create(record_type, payload)
            samples.append(time.process_time() - started)
        samples.sort()
        print(
            f"create CPU: p50 {statistics.median(samples) * 1e3:.2f} ms,"
            f" p90 {samples[int(len(samples) * 0.9)] * 1e3:.2f} ms ({args.creates} creates)"
        )
        records = args.records + args.creates
        conn = session.vault.conn
        acknowledged = [entry.mutation_id for entry in session.repo.outbox_entries()]
        started = time.process_time()
        for batch in range(0, len(acknowledged), 500):  # as pushes of 500 are acknowledged
            with session.vault.transaction():
                session.writer.settle_push(acknowledged[batch : batch + 500], {})
        settle = time.process_time() - started
        print(f"settling the push: {settle / records * 1e6:.0f} µs CPU per record")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = sum(p.stat().st_size for p in (root / "vault").glob(f"{DB_NAME}*"))
        print(f"vault file: {size / records:,.0f} B per record ({records} records, outbox empty)")
        (pages,) = conn.execute("PRAGMA page_count").fetchone()
        (free,) = conn.execute("PRAGMA freelist_count").fetchone()
        print(f"  {pages:,} pages, {free:,} of them free ({free * 4096 / records:,.0f} B/record)")
        plain = plain_copy(session, root / "plain")
        plain.vault.conn.close()
        session.close()
        export = sqlite3.connect(root / "plain" / DB_NAME)
        total = 0
        for name, pages, used in export.execute(
            "SELECT name, sum(pgsize), sum(pgsize - unused) FROM dbstat GROUP BY name"
            " ORDER BY 2 DESC"
        ):
            total += pages
            if pages / records >= 8:
                print(f"  {name:32} {pages / records:7,.0f} B/record ({used / records:,.0f} used)")
        print(f"  {'total (packed export)':32} {total / records:7,.0f} B/record")


if __name__ == "__main__":
    main()
