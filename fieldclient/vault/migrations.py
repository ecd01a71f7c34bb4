"""Schema migrations, numbered by `PRAGMA user_version`.

Each step moves the schema from version N-1 to N inside the caller's transaction, so a power cut
during an upgrade leaves the old schema intact. Steps are never edited once released; a change is
a new step.
"""

import json
from collections.abc import Callable

import sqlite_utils

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.fingerprint import DigestTally
from fieldclient.domain.records.people import people_in
from fieldclient.domain.records.registry import KINDS
from fieldclient.vault.errors import VaultError
from fieldclient.vault.record_doc import decode_doc, encode_doc

Migration = Callable[[sqlite_utils.Database], None]
# Told (records done, records to do) as a long step goes; the GUI's dialog, the CLI's bar.
MigrationProgress = Callable[[int, int], None]
ReportingMigration = Callable[[sqlite_utils.Database, MigrationProgress], None]


def _unheard(_done: int, _total: int) -> None:
    return None


def _v1_records_outbox_audit(db: sqlite_utils.Database) -> None:
    db.create_table("meta", {"key": str, "value": str}, pk="key", not_null={"value"})
    # An explicit INTEGER PRIMARY KEY: VACUUM keeps it, and the FTS rows are keyed by it.
    db.create_table(
        "records",
        {
            "seq": int,
            "id": str,
            "type": str,
            "status": str,
            "number": str,
            "provisional_number": str,
            "station": str,
            "created_by": str,
            "device_id": str,
            "created_at": str,
            "updated_at": str,
            "record_time": str,
            "doc": str,
        },
        pk="seq",
        not_null={
            "id",
            "type",
            "status",
            "station",
            "created_at",
            "updated_at",
            "record_time",
            "doc",
        },
    )
    db.table("records").create_index(["id"], index_name="records_id", unique=True)
    db.table("records").create_index(["type", "record_time"], index_name="records_type_time")
    db.table("records").create_index(
        ["type", "status", "record_time"], index_name="records_type_status"
    )
    db.execute(
        "CREATE VIRTUAL TABLE records_fts USING fts5("
        "body, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2')"
    )
    db.execute(
        "CREATE TABLE outbox ("
        " device_seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " mutation_id TEXT NOT NULL UNIQUE,"
        " record_id TEXT NOT NULL,"
        " op TEXT NOT NULL,"
        " body TEXT NOT NULL,"
        " created_at TEXT NOT NULL,"
        " state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),"
        " reject_reason TEXT)"
    )
    db.table("outbox").create_index(["record_id"], index_name="outbox_record")
    db.execute(
        "CREATE TABLE audit ("
        " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        " at TEXT NOT NULL, officer TEXT NOT NULL, action TEXT NOT NULL,"
        " record_id TEXT, detail TEXT NOT NULL,"
        " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )
    db.execute(
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END"
    )


def _v2_attachments_drafts(db: sqlite_utils.Database) -> None:
    db.create_table(
        "attachments",
        {
            "id": str,
            "record_id": str,
            "kind": str,
            "mime": str,
            "sha256": str,
            "size": int,
            "data": bytes,
            "created_at": str,
        },
        pk="id",
        not_null={"kind", "mime", "sha256", "size", "data", "created_at"},
    )
    db.table("attachments").create_index(["record_id"], index_name="attachments_record")
    db.create_table(
        "drafts",
        {"form_key": str, "officer": str, "updated_at": str, "body": str},
        pk="form_key",
        not_null={"officer", "updated_at", "body"},
    )


def _v3_sync_state(db: sqlite_utils.Database) -> None:
    db.create_table(
        "conflicts",
        {
            "id": str,
            "record_id": str,
            "field": str,
            "mine": str,
            "theirs": str,
            "mine_hlc": str,
            "theirs_hlc": str,
            "mine_officer": str,
            "theirs_officer": str,
            "winner": str,
            "created_at": str,
            "resolved_at": str,
            "resolution": str,
        },
        pk="id",
        not_null={"record_id", "field", "created_at", "winner"},
    )
    db.table("conflicts").create_index(["record_id"], index_name="conflicts_record")
    db.create_table(
        "challan_blocks",
        {"id": int, "prefix": str, "first": int, "last": int, "next": int, "leased_at": str},
        pk="id",
        not_null={"prefix", "first", "last", "next", "leased_at"},
    )


def _v4_covering_list_indexes(db: sqlite_utils.Database) -> None:
    """Lists and searches read only these narrow indexes, never the (large) encrypted rows.

    A list of 100,000 FIRs read one 6 KiB row per FIR to get its id (about 600 ms); a covering
    index answers from pages that hold a hundred entries each (10-30 ms). `records_by_seq` serves
    the search join, which looks records up by `seq` (see `RecordRepository._where`).
    """
    db.execute("DROP INDEX records_type_time")
    db.execute("DROP INDEX records_type_status")
    db.execute("CREATE INDEX records_list ON records (type, record_time, seq, id)")
    db.execute("CREATE INDEX records_list_status ON records (type, status, record_time, seq, id)")
    db.execute("CREATE INDEX records_by_seq ON records (seq, type, status, record_time, id)")


def _v5_printed_documents(db: sqlite_utils.Database) -> None:
    """Each printed record: how often, since when, and the server's countersignature for it.

    Owned by `fieldclient/vault/printed_documents.py`.
    """
    db.execute(
        "CREATE TABLE printed_documents ("
        " record_id TEXT PRIMARY KEY,"
        " prints INTEGER NOT NULL,"
        " first_printed_at TEXT NOT NULL,"
        " countersign_wanted INTEGER NOT NULL DEFAULT 1,"
        " signed_message_sha256 TEXT,"
        " server_signature TEXT)"
    )
    db.execute(
        "CREATE INDEX printed_documents_wanted ON printed_documents (countersign_wanted)"
        " WHERE countersign_wanted = 1"
    )


def _v6_person_index(db: sqlite_utils.Database) -> None:
    """Who each record names, by identity (CNIC, passport or PoR number) and role, so a
    person's records are one indexed lookup (`RecordRepository.person_records`), filled here
    from the records already stored and kept by the write path (`VaultWriter.write_records`).
    """
    db.execute(
        "CREATE TABLE person_index ("
        " identity TEXT NOT NULL, record_id TEXT NOT NULL, role TEXT NOT NULL,"
        " PRIMARY KEY (identity, record_id, role)) WITHOUT ROWID"
    )
    db.execute("CREATE INDEX person_index_by_record ON person_index (record_id)")
    rows = []
    for record_id, record_type, doc in db.execute("SELECT id, type, doc FROM records"):
        kind = KINDS.get(record_type)
        if kind is None or not kind.people:
            continue
        data = json.loads(doc).get("data") or {}
        rows += [(key, record_id, role) for key, role in people_in(data, dict(kind.people))]
    db.conn.executemany(
        "INSERT INTO person_index (identity, record_id, role) VALUES (?, ?, ?)", rows
    )


def _v7_record_fingerprints(db: sqlite_utils.Database) -> None:
    """Each record's fingerprint stored beside it, for the consistency check after a sync.

    The check compared a digest over every record's fingerprint, re-serialising the whole vault
    each time (2.4 s at 100,000 records); now it reads a narrow covering index. `VaultWriter`
    stores the fingerprint with each write. A row whose `doc` changes any other way (older
    code, a repair by hand) loses its fingerprint through the trigger, and the check computes
    that one from `doc` (as it does for rows of a vault from before this step): damage to a
    record's text is still seen. See `sync.client.local_store.LocalStore.station_summary`.
    """
    db.execute("ALTER TABLE records ADD COLUMN fingerprint TEXT")
    db.execute("CREATE INDEX records_fingerprints ON records (id, type, fingerprint)")
    db.execute(
        "CREATE INDEX records_without_fingerprint ON records (seq) WHERE fingerprint IS NULL"
    )
    _fingerprint_trigger(db)


def _fingerprint_trigger(db: sqlite_utils.Database) -> None:
    db.execute(
        "CREATE TRIGGER records_doc_without_fingerprint AFTER UPDATE OF doc ON records"
        " WHEN NEW.doc IS NOT OLD.doc AND NEW.fingerprint IS OLD.fingerprint"
        " BEGIN UPDATE records SET fingerprint = NULL WHERE seq = NEW.seq; END"
    )


def _v8_record_digests(db: sqlite_utils.Database) -> None:
    """The station digest kept up to date per write, so the check after a sync does not read
    every record (`sync.client.local_store.LocalStore.station_summary`).

    ``record_digests`` holds, per record type, the count and the sum modulo 2^256 of the terms
    of the vault's records (`fieldclient.domain.fingerprint.DigestTally`); `VaultWriter` updates
    it in the transaction that writes the records. Triggers count every change to a row of
    ``records`` in ``record_changes.changes``, whoever makes it; `VaultWriter` sets ``digested``
    to that count after its own writes, if the two were equal before them. So a row lost, added
    or edited outside the writer (damage, a repair by hand) leaves ``changes`` ahead of
    ``digested``, and the next check recomputes the digest from every row, once. Computed here
    from the stored fingerprints; a row without one (text changed outside the writer, or a
    vault from before v7) leaves the digest marked out of date for the check to recompute.
    """
    db.execute(
        "CREATE TABLE record_digests (type TEXT PRIMARY KEY, count INTEGER NOT NULL,"
        " total TEXT NOT NULL)"
    )
    db.execute(
        "CREATE TABLE record_changes (id INTEGER PRIMARY KEY CHECK (id = 1),"
        " changes INTEGER NOT NULL, digested INTEGER NOT NULL)"
    )
    bump = "BEGIN UPDATE record_changes SET changes = changes + 1; END"
    db.execute(f"CREATE TRIGGER records_insert_counted AFTER INSERT ON records {bump}")
    db.execute(f"CREATE TRIGGER records_delete_counted AFTER DELETE ON records {bump}")
    db.execute(
        "CREATE TRIGGER records_update_counted AFTER UPDATE OF id, type, doc, fingerprint"
        f" ON records {bump}"
    )
    tally = DigestTally()
    unfingerprinted = 0
    for record_id, kind, fingerprint in db.execute("SELECT id, type, fingerprint FROM records"):
        if fingerprint is None:
            unfingerprinted += 1
        else:
            tally.add(kind, record_id, fingerprint)
    db.conn.executemany(
        "INSERT INTO record_digests (type, count, total) VALUES (?, ?, ?)",
        [(kind, count, f"{tally.sums[kind]:064x}") for kind, count in tally.counts.items()],
    )
    db.execute(
        "INSERT INTO record_changes (id, changes, digested) VALUES (1, ?, 0)",
        (1 if unfingerprinted else 0,),
    )


REENCODE_BATCH = 1000


def _v9_compact_records(db: sqlite_utils.Database, progress: MigrationProgress = _unheard) -> None:
    """Every record's `doc` re-encoded in the compact form (`fieldclient.vault.record_doc`:
    one record clock plus the fields whose clock differs, zlib with a preset dictionary),
    `REENCODE_BATCH` rows at a time, telling ``progress`` after each batch.

    It runs inside the unlock's one transaction like every step: a kill part way leaves the v7
    vault as it was, and the next unlock starts again. The fingerprints stay (they are of the
    canonical full JSON, which does not change); the trigger that would clear them when `doc`
    changes is dropped for the re-encoding and made again as it was. The running digest (v8)
    stays in step if it was: the re-encoding changes no record, so the changes its triggers
    count here are accounted for as `VaultWriter` accounts for its own. A row that is not a
    valid record (damaged by hand) is left as text, which still reads as before.
    """
    (total,) = db.execute("SELECT count(*) FROM records WHERE typeof(doc) = 'text'").fetchone()
    (in_step,) = db.execute("SELECT changes = digested FROM record_changes WHERE id = 1").fetchone()
    db.execute("DROP TRIGGER records_doc_without_fingerprint")
    done, last_seq = 0, -1
    progress(done, total)
    while rows := db.execute(
        "SELECT seq, doc FROM records WHERE seq > ? AND typeof(doc) = 'text' ORDER BY seq LIMIT ?",
        (last_seq, REENCODE_BATCH),
    ).fetchall():
        db.conn.executemany(
            "UPDATE records SET doc = ? WHERE seq = ?",
            [(encoded, seq) for seq, doc in rows if (encoded := _reencoded(doc)) is not None],
        )
        done, last_seq = done + len(rows), rows[-1][0]
        progress(done, total)
    _fingerprint_trigger(db)
    if in_step:
        db.execute("UPDATE record_changes SET digested = changes WHERE id = 1")


def _reencoded(doc: str) -> bytes | None:
    try:
        return encode_doc(decode_doc(doc))
    except (ValueError, TypeError, ValidationFailed):
        return None


MIGRATIONS: list[Migration] = [
    _v1_records_outbox_audit,
    _v2_attachments_drafts,
    _v3_sync_state,
    _v4_covering_list_indexes,
    _v5_printed_documents,
    _v6_person_index,
    _v7_record_fingerprints,
    _v8_record_digests,
    _v9_compact_records,
]
# The steps that go record by record and tell `migrate`'s ``progress`` how far they are.
_REPORTING: dict[Migration, ReportingMigration] = {_v9_compact_records: _v9_compact_records}
LATEST_VERSION = len(MIGRATIONS)


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def migrate(
    db: sqlite_utils.Database,
    target: int = LATEST_VERSION,
    progress: MigrationProgress | None = None,
) -> int:
    """Bring the schema to `target` inside the caller's transaction; return the old version.
    ``progress`` hears from the steps that go record by record (v8)."""
    current = schema_version(db)
    if current > LATEST_VERSION:
        raise VaultError(
            f"This vault was written by a newer version of the application (schema {current}); "
            "update the application to open it."
        )
    for version in range(current + 1, target + 1):
        step = MIGRATIONS[version - 1]
        if (reporting := _REPORTING.get(step)) is not None:
            reporting(db, progress or _unheard)
        else:
            step(db)
        db.execute(f"PRAGMA user_version = {version}")
    return current
