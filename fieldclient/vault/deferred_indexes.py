"""The records' covering indexes left out while a first pull writes rows in bulk, built once after.

A pull from cursor 0 (a new device, or the repair that pulls everything again) writes every record
of the station. Keeping the list and fingerprint indexes (`records_list`, `records_list_status`,
`records_by_seq`, `records_fingerprints`) true row by row inserts each pulled row into four b-trees
in random order; building them once from the finished table is a sort, and cheaper
(docs/PERFORMANCE.md, "Issue 16").

`defer` drops those indexes and keeps their SQL in ``meta`` inside the caller's transaction (the
first pulled page's, which commits with its cursor); `build` recreates them from that SQL and
clears the mark in the caller's transaction. So a process killed at any point leaves either the
old schema, or the mark with the indexes absent (the next sync resumes the bulk pull and builds
them at its end; opening the vault builds them too), or everything built. Nothing is ever
missing from a list or a search meanwhile: these indexes only make reads fast, the rows, the
unique `records_id` index, the full-text index and the person index are written as always, and
the reads name an index only as a hint they drop when it is absent
(`fieldclient.vault.repository.hinted`). A record created or edited locally during the pull is
written as always, and the build indexes every row the table holds then.
"""

from __future__ import annotations

import json

import sqlcipher3

DEFERRED_META = "vault.deferred_indexes"  # JSON [[name, sql], …] of the indexes left out


def _deferrable(conn: sqlcipher3.Connection) -> list[tuple[str, str]]:
    """The plain indexes of `records`: not the unique one by id (a pulled page looks its rows up
    by id, and it keeps ids unique), not the partial ones (they hold no pulled row)."""
    rows = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'"
        " AND sql IS NOT NULL ORDER BY name"
    ).fetchall()
    return [
        (str(name), str(sql))
        for name, sql in rows
        if " UNIQUE " not in f" {sql.upper()} " and " WHERE " not in f" {sql.upper()} "
    ]


def pending(conn: sqlcipher3.Connection) -> bool:
    """True while indexes are left out (a bulk pull running, or cut before its build)."""
    row = conn.execute("SELECT 1 FROM meta WHERE key = ?", (DEFERRED_META,)).fetchone()
    return row is not None


def defer(conn: sqlcipher3.Connection) -> bool:
    """Drop the deferrable indexes, keeping their SQL; in the caller's transaction. False when
    they were already left out (a bulk pull resumed)."""
    if pending(conn):
        return False
    indexes = _deferrable(conn)
    for name, _sql in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)", (DEFERRED_META, json.dumps(indexes))
    )
    return True


def build(conn: sqlcipher3.Connection) -> bool:
    """Create the indexes left out, from every row now in `records`, and clear the mark; in the
    caller's transaction. False when nothing was left out."""
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (DEFERRED_META,)).fetchone()
    if row is None:
        return False
    present = {
        name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")
    }
    for name, sql in json.loads(row[0]):
        if name not in present:
            conn.execute(sql)
    conn.execute("DELETE FROM meta WHERE key = ?", (DEFERRED_META,))
    return True
