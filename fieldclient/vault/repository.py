"""Records, their outbox mutations, search entries and audit entries, written together.

`save()` is the one way a local change reaches the disk: the record row, its FTS5 entry, its outbox
mutation and its audit entry are written in a single transaction (invariant 2 of the brief).
Lower-level `write_record()` / `add_mutation()` exist for callers that compose a larger transaction
themselves (the sync engine applies a pulled page and its cursor together).
"""

import hashlib
import json
from dataclasses import dataclass, fields
from datetime import UTC, date, datetime, timedelta

import sqlcipher3

from fieldclient.domain.pakistan_time import day_start, in_pakistan
from fieldclient.domain.record import Record
from fieldclient.domain.records import kind_of
from fieldclient.vault.errors import RecordNotFound
from fieldclient.vault.vault import Vault

# What a list may sort by, and the SQL it sorts on: an FIR shows its provisional number until
# the server's arrives, so "number" sorts on whichever the officer sees.
SORTABLE_COLUMNS = {
    "record_time": "r.record_time",
    "number": "coalesce(r.number, r.provisional_number)",
    "status": "r.status",
    "created_at": "r.created_at",
    "updated_at": "r.updated_at",
}


@dataclass(frozen=True)
class RecordQuery:
    """What a list shows: one type, optional status, full-text search and date range."""

    record_type: str | None = None
    status: str | None = None
    search: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    order_by: str = "record_time"
    descending: bool = True


@dataclass(frozen=True)
class OutboxEntry:
    device_seq: int
    mutation_id: str
    record_id: str
    body: dict
    state: str
    reject_reason: str | None


class RecordRepository:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.conn: sqlcipher3.Connection = vault.conn

    # ---- writing -------------------------------------------------------------------------

    def save(
        self, record: Record, mutation: dict | None, action: str, changed_fields: list[str]
    ) -> None:
        """Store a local change: record, search entry, outbox mutation and audit, atomically."""
        with self.vault.transaction():
            self.write_record(record)
            if mutation is not None:
                self.add_mutation(mutation)
            self.vault.audit(action, record.id, {"type": record.type, "fields": changed_fields})

    def write_record(self, record: Record) -> None:
        """Insert or replace the record row and its search entry (no transaction of its own)."""
        self.write_records([record])

    def write_records(self, records: list[Record]) -> None:
        """Insert or replace many records and their search entries with a few statements.

        The sync engine applies a pulled page with this; the caller holds the transaction.
        """
        # A record written twice in one call: only its last version counts.
        records = list({record.id: record for record in records}.values())
        if not records:
            return
        existing = self._seqs_of([record.id for record in records])
        next_seq = self.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM records").fetchone()[0]
        inserts, updates, fts_rows = [], [], []
        for record in records:
            kind = kind_of(record.type)
            row = (
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
            )
            seq = existing.get(record.id)
            if seq is None:
                seq = existing[record.id] = next_seq
                next_seq += 1
                inserts.append((seq, record.id, *row))
            else:
                updates.append((*row, seq))
            fts_rows.append((seq, kind.search_text(record)))
        if updates:
            self.conn.executemany(
                "DELETE FROM records_fts WHERE rowid = ?", [(u[-1],) for u in updates]
            )
            self.conn.executemany(
                "UPDATE records SET type = ?, status = ?, number = ?, provisional_number = ?,"
                " station = ?, created_by = ?, device_id = ?, created_at = ?, updated_at = ?,"
                " record_time = ?, doc = ? WHERE seq = ?",
                updates,
            )
        if inserts:
            self.conn.executemany(
                "INSERT INTO records (seq, id, type, status, number, provisional_number, station,"
                " created_by, device_id, created_at, updated_at, record_time, doc)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts,
            )
        self.conn.executemany("INSERT INTO records_fts (rowid, body) VALUES (?, ?)", fts_rows)

    def _seqs_of(self, record_ids: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(record_ids), 500):
            chunk = record_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                self.conn.execute(f"SELECT id, seq FROM records WHERE id IN ({marks})", chunk)
            )
        return found

    def add_mutation(self, mutation: dict) -> int:
        """Queue a mutation for push; returns its device sequence number."""
        body = json.dumps(mutation, ensure_ascii=False, separators=(",", ":"))
        cursor = self.conn.execute(
            "INSERT INTO outbox (mutation_id, record_id, op, body, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                mutation["mutation_id"],
                mutation["record_id"],
                mutation["op"],
                body,
                datetime.now(UTC).isoformat(),
            ),
        )
        return int(cursor.lastrowid)

    # ---- reading -------------------------------------------------------------------------

    def get(self, record_id: str) -> Record:
        row = self.conn.execute("SELECT doc FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"No record with id {record_id} in this vault.")
        return Record.from_dict(json.loads(row[0]))

    def find(self, record_id: str) -> Record | None:
        try:
            return self.get(record_id)
        except RecordNotFound:
            return None

    def get_many(self, record_ids: list[str]) -> dict[str, Record]:
        if not record_ids:
            return {}
        marks = ",".join("?" * len(record_ids))
        rows = self.conn.execute(
            f"SELECT id, doc FROM records WHERE id IN ({marks})", record_ids
        ).fetchall()
        return {rid: Record.from_dict(json.loads(doc)) for rid, doc in rows}

    def ids(self, query: RecordQuery, limit: int | None = None) -> list[str]:
        """Matching record ids in display order: what a lazy list model keeps."""
        where, params, join = self._where(query)
        if query.order_by not in SORTABLE_COLUMNS:
            raise ValueError(f"cannot sort by {query.order_by!r}")
        direction = "DESC" if query.descending else "ASC"
        sql = (
            f"SELECT r.id FROM {join} {where}"
            f" ORDER BY {SORTABLE_COLUMNS[query.order_by]} {direction}, r.seq {direction}"
        )
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return [row[0] for row in self.conn.execute(sql, params)]

    def count(self, query: RecordQuery) -> int:
        where, params, join = self._where(query)
        return int(self.conn.execute(f"SELECT count(*) FROM {join} {where}", params).fetchone()[0])

    def _where(self, query: RecordQuery) -> tuple[str, list, str]:
        clauses: list[str] = []
        params: list = []
        join = "records r"
        if query.search and (match := fts_query(query.search)):
            # FTS first, then each match's record through the narrow covering index by seq:
            # reading the wide encrypted rows instead made a 25,000-match search 5x slower.
            join = "records_fts f CROSS JOIN records r INDEXED BY records_by_seq ON r.seq = f.rowid"
            clauses.append("f.records_fts MATCH ?")
            params.append(match)
        if query.record_type:
            clauses.append("r.type = ?")
            params.append(query.record_type)
        if query.status:
            clauses.append("r.status = ?")
            params.append(query.status)
        if query.date_from:
            clauses.append("r.record_time >= ?")
            params.append(_day_start_utc(query.date_from))
        if query.date_to:
            clauses.append("r.record_time < ?")
            params.append(_day_start_utc(query.date_to + timedelta(days=1)))
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        return where, params, join

    # ---- outbox --------------------------------------------------------------------------

    def pending_mutations(self, limit: int, max_bytes: int) -> list[OutboxEntry]:
        """The oldest pending mutations, at most `limit` and about `max_bytes` of JSON."""
        entries: list[OutboxEntry] = []
        size = 0
        rows = self.conn.execute(
            "SELECT device_seq, mutation_id, record_id, body, state, reject_reason FROM outbox"
            " WHERE state = 'pending' ORDER BY device_seq LIMIT ?",
            (limit,),
        )
        for seq, mutation_id, record_id, body, state, reason in rows:
            if entries and size + len(body) > max_bytes:
                break
            size += len(body)
            entries.append(
                OutboxEntry(seq, mutation_id, record_id, json.loads(body), state, reason)
            )
        return entries

    def outbox_entries(self, state: str | None = None) -> list[OutboxEntry]:
        sql = "SELECT device_seq, mutation_id, record_id, body, state, reject_reason FROM outbox"
        params: tuple = ()
        if state:
            sql += " WHERE state = ?"
            params = (state,)
        return [
            OutboxEntry(seq, mid, rid, json.loads(body), st, reason)
            for seq, mid, rid, body, st, reason in self.conn.execute(
                sql + " ORDER BY device_seq", params
            )
        ]

    def pending_count(self) -> int:
        return int(
            self.conn.execute("SELECT count(*) FROM outbox WHERE state = 'pending'").fetchone()[0]
        )

    def pending_record_ids(self) -> set[str]:
        return {
            row[0]
            for row in self.conn.execute(
                "SELECT DISTINCT record_id FROM outbox WHERE state = 'pending'"
            )
        }

    def acknowledge(self, mutation_ids: list[str]) -> None:
        """Drop mutations the server acknowledged (caller holds the transaction)."""
        self.conn.executemany(
            "DELETE FROM outbox WHERE mutation_id = ?", [(mid,) for mid in mutation_ids]
        )

    def mark_rejected(self, mutation_id: str, reason: str) -> None:
        self.conn.execute(
            "UPDATE outbox SET state = 'rejected', reject_reason = ? WHERE mutation_id = ?",
            (reason, mutation_id),
        )

    # ---- attachments ---------------------------------------------------------------------

    def put_attachment(
        self, attachment_id: str, record_id: str | None, kind: str, mime: str, data: bytes
    ) -> None:
        self.conn.execute(
            "INSERT OR REPLACE INTO attachments (id, record_id, kind, mime, sha256, size, data,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                attachment_id,
                record_id,
                kind,
                mime,
                hashlib.sha256(data).hexdigest(),
                len(data),
                data,
                datetime.now(UTC).isoformat(),
            ),
        )

    def get_attachment(self, attachment_id: str) -> tuple[str, bytes]:
        row = self.conn.execute(
            "SELECT mime, data FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"No attachment with id {attachment_id} in this vault.")
        return row[0], bytes(row[1])


_RECORD_FIELDS = tuple(field.name for field in fields(Record))


def record_json(record: Record) -> str:
    """`Record.to_dict()` as compact JSON, without the deep copy `dataclasses.asdict` makes.

    The same text byte for byte; about 10 µs a record instead of 55–110 µs, which was a third
    of the time a pull spends applying a page.
    """
    return json.dumps(
        {name: getattr(record, name) for name in _RECORD_FIELDS},
        ensure_ascii=False,
        separators=(",", ":"),
    )


def record_time_key(record: Record, time_field: str | None) -> str:
    """The record's own time (its kind's ``time_field``, else its creation) as a UTC ISO string,
    so text order is time order across offsets; lists sort and filter by dates on it."""
    raw = (record.data.get(time_field) if time_field else None) or record.created_at
    try:
        moment = datetime.fromisoformat(str(raw))
    except ValueError:
        moment = datetime.fromisoformat(record.created_at)
    # A date-only field is naive: the start of that day in Pakistan.
    return in_pakistan(moment).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _day_start_utc(day: date) -> str:
    return day_start(day).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def fts_query(text: str) -> str:
    """Turn what an officer typed into an FTS5 query: every word must match, as a prefix."""
    terms = [term.replace('"', '""') for term in text.split() if term.strip('"')]
    return " ".join(f'"{term}"*' for term in terms)
