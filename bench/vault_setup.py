"""Building the benchmark vaults.

`create_bench_vault` makes a real encrypted vault whose first officer has the real Argon2id cost
(for the unlock figure) and whose second officer has the test-only cost (so the rest of the
benchmark, and the "unlock without key derivation" figure, do not pay a second per unlock).
`fill` stores generated records with `RecordService.create_many` (record row, search entry,
outbox mutation, audit entry, clocks, local numbers, as `create` stores one) many per transaction,
so that building 100,000 records takes a minute rather than one fsync per record. `plain_copy`
exports the vault to an unencrypted SQLite file with the same schema, for the cost of encryption.
"""

import contextlib
import itertools
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session, create_vault
from fieldclient.vault.keyring import Keyring
from fieldclient.vault.repository import RecordRepository
from fieldclient.vault.vault import DB_NAME, KEYRING_NAME, Vault
from fieldclient.vault.writer import HLC_META_KEY

OFFICER_BADGE = "PSH-0001"  # real Argon2id cost
FAST_OFFICER_BADGE = "PSH-0002"  # test-only Argon2id cost
PASSWORD = "benchmark officer password"
STATION = "PSH-07"
FAST_KDF_ENV = "FIELDCLIENT_INSECURE_FAST_KDF"
BATCH_SIZE = 2000


@contextlib.contextmanager
def kdf_cost(real: bool) -> Iterator[None]:
    """New password keys made inside get the real Argon2id cost, or the test-only one."""
    before = os.environ.get(FAST_KDF_ENV)
    if real:
        os.environ.pop(FAST_KDF_ENV, None)
    else:
        os.environ[FAST_KDF_ENV] = "1"
    try:
        yield
    finally:
        if before is None:
            os.environ.pop(FAST_KDF_ENV, None)
        else:
            os.environ[FAST_KDF_ENV] = before


def create_bench_vault(data_dir: Path, real_kdf: bool = True) -> Session:
    with kdf_cost(real=real_kdf):
        session = create_vault(
            data_dir, badge=OFFICER_BADGE, name="Benchmark Officer", password=PASSWORD,
            station=STATION,
        )  # fmt: skip
    with kdf_cost(real=False):
        session.vault.add_officer(FAST_OFFICER_BADGE, "Benchmark Clerk", PASSWORD)
    return session


def fill(
    session: Session,
    payloads: Iterable[tuple[str, dict[str, Any]]],
    on_batch: Callable[[int], None] | None = None,
) -> int:
    """Store every payload with `RecordService.create_many`, `BATCH_SIZE` per transaction."""
    records = RecordService(session)
    stored = 0
    iterator = iter(payloads)
    while batch := list(itertools.islice(iterator, BATCH_SIZE)):
        stored += len(records.create_many(batch))
        if on_batch is not None:
            on_batch(stored)
    return stored


def plain_copy(session: Session, target_dir: Path) -> Session:
    """An unencrypted copy of the vault, opened with the vault's own pragmas minus the key.

    sqlcipher3 without `PRAGMA key` is plain SQLite, so the same repository and service code runs
    on it; only the encryption differs.
    """
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / DB_NAME
    conn = session.vault.conn
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
    try:
        conn.execute("SELECT sqlcipher_export('plaintext')")
    finally:
        conn.execute("DETACH DATABASE plaintext")
    plain = sqlcipher3.connect(str(target), isolation_level=None, check_same_thread=False)
    for pragma in (
        "temp_store = MEMORY",
        "secure_delete = ON",
        "journal_mode = WAL",
        "synchronous = FULL",
        "wal_autocheckpoint = 0",  # as the vault's connections (fieldclient/vault/checkpoints.py)
        "foreign_keys = ON",
        "busy_timeout = 5000",
    ):
        plain.execute(f"PRAGMA {pragma}").fetchall()
    ring = Keyring.load(session.vault.data_dir / KEYRING_NAME)
    vault = Vault(target_dir, plain, ring, session.officer_badge, b"")
    clock = HybridLogicalClock(vault.device_id, last=vault.get_meta(HLC_META_KEY))
    return Session(vault=vault, repo=RecordRepository(vault), clock=clock)
