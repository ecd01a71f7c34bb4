"""Reading the vault: records, lists and searches, the outbox, conflicts, attachments.

Every write goes through `fieldclient.vault.writer.VaultWriter`; this module only reads, and holds
the row forms both share (`record_time_key`; a record's stored form is
`fieldclient.vault.record_doc`).
"""

import contextlib
import heapq
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlcipher3

from fieldclient.domain.mutation import InvalidMutation, Mutation
from fieldclient.domain.pakistan_time import day_start, in_pakistan
from fieldclient.domain.record import Record
from fieldclient.vault.errors import RecordNotFound
from fieldclient.vault.record_doc import decode_doc
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
    """A queued mutation: ``body`` as stored (JSON), ``mutation()`` the typed form."""

    device_seq: int
    mutation_id: str
    record_id: str
    body: dict[str, Any]
    state: str  # "pending" | "rejected"
    reject_reason: str | None  # the server's code and reason, for a rejected one

    def mutation(self) -> Mutation:
        """The typed mutation; `InvalidMutation` when the stored body is not one."""
        return Mutation.from_dict(self.body)


@dataclass(frozen=True)
class ConflictView:
    """A concurrent edit as this device keeps it (see `VaultWriter.add_conflict`)."""

    id: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    mine_officer: str | None
    theirs_officer: str | None
    winner: str
    created_at: str
    resolved_at: str | None
    resolution: str | None


_OUTBOX_COLUMNS = "device_seq, mutation_id, record_id, body, state, reject_reason"
_CONFLICT_COLUMNS = (
    "id, record_id, field, mine, theirs, mine_officer, theirs_officer, winner, created_at,"
    " resolved_at, resolution"
)


class RecordRepository:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.conn: sqlcipher3.Connection = vault.conn

    # ---- reading -------------------------------------------------------------------------

    def get(self, record_id: str) -> Record:
        row = self.conn.execute("SELECT doc FROM records WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"No record with id {record_id} in this vault.")
        return decode_doc(row[0])

    def find(self, record_id: str) -> Record | None:
        try:
            return self.get(record_id)
        except RecordNotFound:
            return None

    def person_records(self, identity: str) -> list[tuple[str, str]]:
        """(record id, role) of every record naming ``identity`` (normal form), from the
        person index: one index range, however many records the vault holds."""
        return self.conn.execute(
            "SELECT record_id, role FROM person_index WHERE identity = ?", (identity,)
        ).fetchall()

    def get_many(self, record_ids: list[str]) -> dict[str, Record]:
        if not record_ids:
            return {}
        marks = ",".join("?" * len(record_ids))
        rows = self.conn.execute(
            f"SELECT id, doc FROM records WHERE id IN ({marks})", record_ids
        ).fetchall()
        return {rid: decode_doc(doc) for rid, doc in rows}

    def changed_since(self, record_types: Iterable[str], day: date) -> list[Record]:
        """Records of these types last changed on or after ``day`` (by the date their
        ``updated_at`` is written with, whatever its offset): what a report of a period from
        that day on may count, since every move stamps ``updated_at``."""
        types = sorted(record_types)
        if not types:
            return []
        marks = ",".join("?" * len(types))
        rows = self.conn.execute(
            f"SELECT doc FROM records WHERE type IN ({marks}) AND updated_at >= ?",
            [*types, day.isoformat()],
        ).fetchall()
        return [decode_doc(doc) for (doc,) in rows]

    def ids(self, query: RecordQuery, limit: int | None = None) -> list[str]:
        """Matching record ids in display order: what a lazy list model keeps.

        With a `limit` (a list's first screen) a broad search in record-time order is answered
        by `_first_matches_by_time`, without joining and sorting every match."""
        if limit is not None and query.order_by == "record_time":
            first = self._first_matches_by_time(query, limit)
            if first is not None:
                return first
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
        return [row[0] for row in hinted(self.conn, sql, params)]

    def _first_matches_by_time(self, query: RecordQuery, limit: int) -> list[str] | None:
        """The first `limit` matches of a broad search in record-time order, or None when the
        search is narrow (or there is none) and joining its matches is cheaper.

        A common surname matches a quarter of the vault; the join looks up every match's list
        entry and sorts them (top-N) before the first row can show. Here the matching rows come
        from the full-text index alone (a set of `seq`s, about half the cost per match of the
        join), and the list indexes are walked in display order, one walk per record type merged
        by (record time, seq), keeping the rows in that set until `limit` are found: about
        `limit` × (records ÷ matches) index entries, nothing sorted. The order is the one `ids`
        gives without a limit (record time, then seq), ties included.
        """
        match = fts_query(query.search) if query.search else ""
        if not match:
            return None
        matches = {
            seq
            for (seq,) in self.conn.execute(
                "SELECT rowid FROM records_fts WHERE records_fts MATCH ?", (match,)
            )
        }
        # About as many records as the vault holds (records are not deleted), in one seek.
        (total,) = self.conn.execute("SELECT coalesce(max(seq), 0) FROM records").fetchone()
        # Broad: a walk reads about limit × total ÷ matches entries, fewer than the matches a
        # join reads (at 100,000 records and 200 rows: from about 4,500 matches on).
        if len(matches) ** 2 < limit * total:
            return None
        walks = [self._walk_by_time(kind, query) for kind in self._stored_types(query)]
        found: list[str] = []
        try:
            rows = heapq.merge(*walks, key=lambda row: (row[0], row[1]), reverse=query.descending)
            for _, seq, record_id in rows:
                if len(found) >= limit:
                    break
                if seq in matches:
                    found.append(record_id)
        finally:
            for walk in walks:
                walk.close()
        return found

    def _stored_types(self, query: RecordQuery) -> list[str]:
        """The query's type, or every type the vault holds (one index seek per type)."""
        if query.record_type:
            return [query.record_type]
        kinds: list[str] = []
        while row := hinted(
            self.conn,
            "SELECT type FROM records INDEXED BY records_list WHERE type > ? ORDER BY type LIMIT 1",
            (kinds[-1] if kinds else "",),
        ).fetchone():
            kinds.append(row[0])
        return kinds

    def _walk_by_time(self, kind: str, query: RecordQuery) -> sqlcipher3.Cursor:
        """(record time, seq, id) of one type's records matching the query's filters (not its
        search), in display order, read lazily from a covering list index."""
        clauses, params = ["type = ?"], [kind]
        index = "records_list"
        if query.status:
            clauses.append("status = ?")
            params.append(query.status)
            index = "records_list_status"
        if query.date_from:
            clauses.append("record_time >= ?")
            params.append(_day_start_utc(query.date_from))
        if query.date_to:
            clauses.append("record_time < ?")
            params.append(_day_start_utc(query.date_to + timedelta(days=1)))
        direction = "DESC" if query.descending else "ASC"
        return hinted(
            self.conn,
            f"SELECT record_time, seq, id FROM records INDEXED BY {index}"
            f" WHERE {' AND '.join(clauses)} ORDER BY record_time {direction}, seq {direction}",
            params,
        )

    def count(self, query: RecordQuery) -> int:
        match = fts_query(query.search) if query.search else ""
        if match and not (query.record_type or query.status or query.date_from or query.date_to):
            # A search of every record: the index alone knows how many match, without looking
            # up each match's record (a common surname matches a quarter of the vault).
            sql = "SELECT count(*) FROM records_fts WHERE records_fts MATCH ?"
            return int(self.conn.execute(sql, (match,)).fetchone()[0])
        where, params, join = self._where(query)
        return int(hinted(self.conn, f"SELECT count(*) FROM {join} {where}", params).fetchone()[0])

    def _where(self, query: RecordQuery) -> tuple[str, list[Any], str]:
        clauses: list[str] = []
        params: list[Any] = []
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
            f"SELECT {_OUTBOX_COLUMNS} FROM outbox"
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

    def outbox_entries(
        self, state: str | None = None, *, record_id: str | None = None
    ) -> list[OutboxEntry]:
        """The outbox in queue order, of one state and of one record if given."""
        sql = f"SELECT {_OUTBOX_COLUMNS} FROM outbox"
        clauses, params = [], []
        for column, value in (("state", state), ("record_id", record_id)):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
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

    def rejected_count(self) -> int:
        return int(
            self.conn.execute("SELECT count(*) FROM outbox WHERE state = 'rejected'").fetchone()[0]
        )

    def pending_record_ids(self) -> set[str]:
        return {
            row[0]
            for row in self.conn.execute(
                "SELECT DISTINCT record_id FROM outbox WHERE state = 'pending'"
            )
        }

    def pending_mutations_of(self, record_id: str) -> list[Mutation]:
        """The pending mutations of one record, oldest first. One that is not a mutation is
        left out: the next push marks it rejected (`sync.client.local_store`)."""
        found = []
        for entry in self.outbox_entries("pending", record_id=record_id):
            with contextlib.suppress(InvalidMutation):
                found.append(entry.mutation())
        return found

    # ---- conflicts and challan numbers ---------------------------------------------------

    def conflicts(self, *, include_resolved: bool = False) -> list[ConflictView]:
        where = "" if include_resolved else " WHERE resolved_at IS NULL"
        rows = self.conn.execute(
            f"SELECT {_CONFLICT_COLUMNS} FROM conflicts{where} ORDER BY created_at"
        )
        return [_conflict_view(row) for row in rows]

    def conflict(self, conflict_id: str) -> ConflictView | None:
        row = self.conn.execute(
            f"SELECT {_CONFLICT_COLUMNS} FROM conflicts WHERE id = ?", (conflict_id,)
        ).fetchone()
        return None if row is None else _conflict_view(row)

    def open_conflict_count(self) -> int:
        row = self.conn.execute("SELECT count(*) FROM conflicts WHERE resolved_at IS NULL")
        return int(row.fetchone()[0])

    def challan_numbers_left(self) -> int:
        row = self.conn.execute(
            'SELECT coalesce(sum("last" - next + 1), 0) FROM challan_blocks WHERE next <= "last"'
        ).fetchone()
        return int(row[0])

    # ---- attachments ---------------------------------------------------------------------

    def get_attachment(self, attachment_id: str) -> tuple[str, bytes]:
        row = self.conn.execute(
            "SELECT mime, data FROM attachments WHERE id = ?", (attachment_id,)
        ).fetchone()
        if row is None:
            raise RecordNotFound(f"No attachment with id {attachment_id} in this vault.")
        return row[0], bytes(row[1])


def _conflict_view(row: tuple[Any, ...]) -> ConflictView:
    (cid, record_id, field, mine, theirs, mine_by, theirs_by, winner, created, resolved, how) = row
    return ConflictView(
        id=cid,
        record_id=record_id,
        field=field,
        mine=json.loads(mine) if mine is not None else None,
        theirs=json.loads(theirs) if theirs is not None else None,
        mine_officer=mine_by,
        theirs_officer=theirs_by,
        winner=winner,
        created_at=created,
        resolved_at=resolved,
        resolution=how,
    )


_INDEX_HINT = re.compile(r"\s+INDEXED BY \w+")


def hinted(conn: sqlcipher3.Connection, sql: str, params: Any = ()) -> sqlcipher3.Cursor:
    """Run a read that names an index (``INDEXED BY``) as a hint: while a bulk pull has left the
    index out (`fieldclient.vault.deferred_indexes`) the same read runs without it, slower but
    complete, instead of failing."""
    try:
        return conn.execute(sql, params)
    except sqlcipher3.dbapi2.OperationalError as error:
        if "no such index" not in str(error):
            raise
        return conn.execute(_INDEX_HINT.sub("", sql), params)


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
