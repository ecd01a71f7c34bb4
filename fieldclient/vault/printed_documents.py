"""The `printed_documents` table: prints of each record and the server's countersignature.

The print count makes a reprint say so; the countersignature (fetched by the sync engine for
records printed here) is kept with the SHA-256 of the exact message it signs, so it is put on a
reprint only while the document's payload is still the one the server signed.
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass

from fieldclient.vault.vault import Vault


@dataclass(frozen=True)
class PrintHistory:
    prints: int  # how many times this device printed the record before
    first_printed_at: str | None


def print_history(vault: Vault, record_id: str) -> PrintHistory:
    row = vault.conn.execute(
        "SELECT prints, first_printed_at FROM printed_documents WHERE record_id = ?",
        (record_id,),
    ).fetchone()
    return PrintHistory(0, None) if row is None else PrintHistory(row[0], row[1])


def count_print(vault: Vault, record_id: str, at: str, countersigned: bool) -> None:
    """One more print (caller holds the transaction); an uncountersigned print asks for one."""
    vault.conn.execute(
        "INSERT INTO printed_documents (record_id, prints, first_printed_at, countersign_wanted)"
        " VALUES (?, 1, ?, ?)"
        " ON CONFLICT (record_id) DO UPDATE SET prints = prints + 1,"
        " countersign_wanted = excluded.countersign_wanted",
        (record_id, at, 0 if countersigned else 1),
    )


def countersignature(vault: Vault, record_id: str, signed_message: bytes) -> bytes | None:
    """The server's signature of exactly this message, if this device holds it."""
    row = vault.conn.execute(
        "SELECT signed_message_sha256, server_signature FROM printed_documents WHERE record_id = ?",
        (record_id,),
    ).fetchone()
    if row is None or row[1] is None or row[0] != _sha256(signed_message):
        return None
    return base64.b64decode(row[1])


def wanted_countersignatures(vault: Vault, limit: int) -> list[str]:
    rows = vault.conn.execute(
        "SELECT record_id FROM printed_documents WHERE countersign_wanted = 1"
        " ORDER BY record_id LIMIT ?",
        (limit,),
    )
    return [row[0] for row in rows]


def store_countersignature(
    vault: Vault, record_id: str, signed_message: bytes, signature: bytes
) -> None:
    """Keep the server's signature of `signed_message` (caller holds the transaction)."""
    vault.conn.execute(
        "UPDATE printed_documents SET signed_message_sha256 = ?, server_signature = ?,"
        " countersign_wanted = 0 WHERE record_id = ?",
        (_sha256(signed_message), base64.b64encode(signature).decode("ascii"), record_id),
    )


def drop_countersign_request(vault: Vault, record_id: str) -> None:
    """The server does not hold this record (its create was refused): stop asking."""
    vault.conn.execute(
        "UPDATE printed_documents SET countersign_wanted = 0 WHERE record_id = ?", (record_id,)
    )


def _sha256(message: bytes) -> str:
    return hashlib.sha256(message).hexdigest()
