"""Writing a record the way an older schema did: its row and its search entry, nothing else
(the write path of today also fills tables the old schema does not have)."""

from fieldclient.domain.record import Record
from fieldclient.domain.records import kind_of
from fieldclient.vault.record_doc import record_json
from fieldclient.vault.repository import record_time_key
from fieldclient.vault.vault import Vault


def insert_as_stored_before(vault: Vault, record: Record) -> None:
    kind = kind_of(record.type)
    cursor = vault.conn.execute(
        "INSERT INTO records (id, type, status, number, provisional_number, station, created_by,"
        " device_id, created_at, updated_at, record_time, doc)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            record.id,
            record.type,
            record.status,
            record.number,
            record.provisional_number,
            record.station,
            record.created_by,
            record.device_id,
            record.created_at,
            record.updated_at,
            record_time_key(record, kind.time_field),
            record_json(record),
        ),
    )
    vault.conn.execute(
        "INSERT INTO records_fts (rowid, body) VALUES (?, ?)",
        (cursor.lastrowid, kind.search_text(record)),
    )
