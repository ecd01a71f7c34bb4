"""The append-only, hash-chained audit log.

Each entry carries the hash of the entry before it, and the newest hash is kept in `meta`, so an
entry edited, deleted or inserted out of band breaks the chain at a place `verify_chain` names.
Entries say who did what to which record and which fields changed, never the values.
"""

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlcipher3

GENESIS_HASH = "0" * 64
_HEAD_KEY = "audit_head"


@dataclass(frozen=True)
class ChainReport:
    entries_checked: int
    broken_at: int | None  # seq of the first entry that does not fit, or None
    problem: str | None

    @property
    def intact(self) -> bool:
        return self.broken_at is None and self.problem is None


def _entry_hash(
    seq: int, at: str, officer: str, action: str, record_id: str | None, detail: str, prev: str
) -> str:
    canonical = json.dumps([seq, at, officer, action, record_id, detail, prev], ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append_entry(
    conn: sqlcipher3.Connection,
    *,
    officer: str,
    action: str,
    record_id: str | None,
    detail: dict[str, Any],
    at: datetime,
) -> None:
    """Append one entry; the caller's transaction makes it atomic with the change it describes."""
    head = conn.execute("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,)).fetchone()
    prev_seq, prev_hash = (0, GENESIS_HASH) if head is None else _split_head(head[0])
    seq = prev_seq + 1
    at_text = at.isoformat(timespec="milliseconds")
    detail_text = json.dumps(detail, ensure_ascii=False, sort_keys=True)
    digest = _entry_hash(seq, at_text, officer, action, record_id, detail_text, prev_hash)
    conn.execute(
        "INSERT INTO audit (seq, at, officer, action, record_id, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at_text, officer, action, record_id, detail_text, prev_hash, digest),
    )
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (_HEAD_KEY, f"{seq}:{digest}"),
    )


def verify_chain(conn: sqlcipher3.Connection) -> ChainReport:
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    rows = conn.execute(
        "SELECT seq, at, officer, action, record_id, detail, prev_hash, hash"
        " FROM audit ORDER BY seq"
    )
    for seq, at, officer, action, record_id, detail, prev_hash, digest in rows:
        if seq != expected_seq:
            return ChainReport(checked, expected_seq, f"entry {expected_seq} is missing")
        if prev_hash != expected_prev:
            return ChainReport(checked, seq, f"entry {seq} does not follow entry {seq - 1}")
        if _entry_hash(seq, at, officer, action, record_id, detail, prev_hash) != digest:
            return ChainReport(checked, seq, f"entry {seq} was changed after it was written")
        expected_prev, expected_seq = digest, seq + 1
        checked += 1
    head = conn.execute("SELECT value FROM meta WHERE key = ?", (_HEAD_KEY,)).fetchone()
    head_seq, head_hash = (0, GENESIS_HASH) if head is None else _split_head(head[0])
    if (head_seq, head_hash) != (expected_seq - 1, expected_prev):
        return ChainReport(
            checked,
            expected_seq,
            f"the log ends at entry {expected_seq - 1} but {head_seq} were written",
        )
    return ChainReport(checked, None, None)


def _split_head(value: str) -> tuple[int, str]:
    seq, digest = value.split(":", 1)
    return int(seq), digest
