"""The vault's running station digest: per record type, the count and digest sum of its records.

Kept by `VaultWriter` in the transaction that writes the records (schema v8, see
`fieldclient.vault.migrations._v8_record_digests`); read by the consistency check after a sync
(`sync.client.local_store.LocalStore.station_summary`). Triggers count every change to a row of
``records``; the digest is *in step* while that count equals the one `VaultWriter` last
recorded, i.e. while nothing but the writer has changed a record since. Reads only: the
writes are `VaultWriter`'s (`write_records`, `replace_digest`).
"""

from __future__ import annotations

from sqlcipher3 import Connection

from fieldclient.domain.fingerprint import DigestTally


def in_step(conn: Connection) -> bool:
    """True when no row of ``records`` changed outside `VaultWriter` since the digest was kept."""
    changes, digested = conn.execute(
        "SELECT changes, digested FROM record_changes WHERE id = 1"
    ).fetchone()
    return bool(changes == digested)


def stored_tally(conn: Connection) -> DigestTally:
    tally = DigestTally()
    for kind, count, total in conn.execute("SELECT type, count, total FROM record_digests"):
        tally.counts[kind] = count
        tally.sums[kind] = int(total, 16)
    return tally
