"""Challan numbers from the blocks the server leased to this device.

A warden offline all day still issues unique numbers: each block is a range the server gave this
device alone. `take_challan_number` runs inside the caller's transaction, so a number is used
exactly when the challan that carries it is stored.
"""

from datetime import UTC, datetime

from fieldclient.vault.vault import Vault
from sync.protocol.messages import format_challan_number

LOW_WATER_MARK = 20  # ask the server for a new block when fewer numbers than this are left


def take_challan_number(vault: Vault) -> str | None:
    row = vault.conn.execute(
        'SELECT id, prefix, next, "last" FROM challan_blocks'
        ' WHERE next <= "last" ORDER BY id LIMIT 1'
    ).fetchone()
    if row is None:
        return None
    block_id, prefix, number, _last = row
    vault.conn.execute("UPDATE challan_blocks SET next = next + 1 WHERE id = ?", (block_id,))
    return format_challan_number(prefix, number)


def numbers_left(vault: Vault) -> int:
    row = vault.conn.execute(
        'SELECT coalesce(sum("last" - next + 1), 0) FROM challan_blocks WHERE next <= "last"'
    ).fetchone()
    return int(row[0])


def add_block(vault: Vault, prefix: str, first: int, last: int) -> None:
    """Store a leased block (caller holds the transaction)."""
    vault.conn.execute(
        'INSERT INTO challan_blocks (prefix, first, "last", next, leased_at)'
        " VALUES (?, ?, ?, ?, ?)",
        (prefix, first, last, first, datetime.now(UTC).isoformat()),
    )
