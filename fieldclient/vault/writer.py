"""The vault's one write path: records, outbox, conflicts, challan blocks, attachments, sync state.

Nothing else writes these tables (or the sync keys of ``meta``); the services and the sync client
call `VaultWriter`. Every method runs inside a transaction the caller holds (``transaction()``),
so a caller can add its audit entry, or a pulled page its cursor, and have it all commit together
or not at all (invariant 2 of the brief).

A local change (``create``, ``edit``, ``transition``, ``add_statement``) stamps the device's
hybrid logical clock on what it changes, writes the record with its search entry and queues its
`Mutation` in the outbox. Times it stamps come from the device clock corrected by the server's
(``now``). A record whose creation the server refused exists on this device only: its next
change, or ``resend``, queues a fresh create of the whole record as it is then and drops its older
outbox entries, so a refused record always has a way forward.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator, Mapping
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import sqlcipher3

from fieldclient.domain.field_paths import changed_paths, leaf_paths
from fieldclient.domain.fingerprint import DigestTally, digest_text, text_fingerprint
from fieldclient.domain.hlc import HybridLogicalClock, system_ms
from fieldclient.domain.merge import STATUS_PATH, get_path, guarding_clock, mark_written
from fieldclient.domain.mutation import Mutation, Op
from fieldclient.domain.pakistan_time import pakistan_now
from fieldclient.domain.record import Record
from fieldclient.domain.records import kind_of
from fieldclient.domain.records.numbering import short_number
from fieldclient.domain.records.people import people_in
from fieldclient.domain.records.pinning import PIN_KEY
from fieldclient.vault import deferred_indexes, digests
from fieldclient.vault.record_doc import encode_doc, record_dict, record_json
from fieldclient.vault.repository import record_time_key
from fieldclient.vault.vault import SERVER_ROLES_META, Vault

HLC_META_KEY = "hlc_last"
# The sync state kept in meta, written only through `VaultWriter.save_sync_state`.
SERVER_URL = "sync.server_url"
PRIVATE_KEY = "sync.private_key"
# The key made for an enrollment whose answer has not arrived yet: kept before the request is
# sent, so a resend after a lost answer uses the same key (the server answers it the same).
ENROLL_KEY = "sync.enroll_key"
# The server's Ed25519 public key from enrollment: pull and status answers must carry its
# signature, and documents its countersignature.
SERVER_PUBLIC_KEY = "sync.server_public_key"
STATION = "sync.station"
# The device's number code from enrollment (``A3``): its provisional numbers are P-A3-0042.
NUMBER_CODE = "sync.number_code"
PROVISIONAL_SEQUENCE = "numbering.provisional_sequence"  # the last short number taken
CERT_SHA256 = "sync.cert_sha256"
CURSOR = "sync.cursor"
BLOCKS_AFTER = "sync.blocks_after"
LAST_SYNC = "sync.last_sync"
CLOCK_OFFSET_MS = "sync.clock_offset_ms"
BLOCK_REQUEST_ID = "sync.block_request_id"
VERIFIED_CURSOR = "sync.verified_cursor"
PUSH_BATCH = "sync.push_batch"
PULL_PAGE = "sync.pull_page"
DEVICE_KEYS = "sync.device_keys"  # the station's device public keys, for offline verification
DEVICE_KEYS_DIGEST = "sync.device_keys_digest"
DECLARED_OFFICERS = "sync.declared_officers"  # who this device last told the server signs in
SERVER_ROLES = SERVER_ROLES_META  # the officers' roles as the server held them then (JSON)
ROLE_REQUESTS = "sync.role_requests"  # badge -> a declared role the server holds for its admin
OFFICER_ROLES_DIGEST = "sync.officer_roles_digest"  # of the roles last received
SYNC_KEYS = frozenset(
    {
        SERVER_URL,
        PRIVATE_KEY,
        ENROLL_KEY,
        SERVER_PUBLIC_KEY,
        STATION,
        NUMBER_CODE,
        CERT_SHA256,
        CURSOR,
        BLOCKS_AFTER,
        LAST_SYNC,
        CLOCK_OFFSET_MS,
        BLOCK_REQUEST_ID,
        VERIFIED_CURSOR,
        PUSH_BATCH,
        PULL_PAGE,
        DEVICE_KEYS,
        DEVICE_KEYS_DIGEST,
        DECLARED_OFFICERS,
        SERVER_ROLES,
        ROLE_REQUESTS,
        OFFICER_ROLES_DIGEST,
    }
)


def stored_clock_offset(vault: Vault) -> int:
    """The server clock minus the device clock, as the last sync measured it (ms; 0 unknown)."""
    value = vault.get_meta(CLOCK_OFFSET_MS) or "0"
    return int(value) if value.lstrip("-").isdigit() else 0


@dataclass(frozen=True)
class ConflictRow:
    """A concurrent edit as this device keeps it: its own write is "mine"."""

    id: str
    record_id: str
    field: str
    mine: Any
    theirs: Any
    mine_hlc: str | None
    theirs_hlc: str | None
    mine_officer: str | None
    theirs_officer: str | None
    winner: str  # "mine" | "theirs"


@dataclass
class VaultWriter:
    vault: Vault
    clock: HybridLogicalClock | None = None  # None: stamps by the PC's clock, no HLC kept
    conn: sqlcipher3.Connection = field(init=False)

    def __post_init__(self) -> None:
        self.conn = self.vault.conn

    def transaction(self) -> AbstractContextManager[sqlcipher3.Connection]:
        return self.vault.transaction()

    # ---- the device clock ----------------------------------------------------------------

    def now(self) -> datetime:
        """Pakistan time by the device clock corrected with the server's, to the second."""
        return pakistan_now(self._now_ms())

    def tick(self) -> str:
        """A new clock value, kept in meta in the caller's transaction so it never goes back."""
        if self.clock is None:
            raise RuntimeError("a local change needs the device's clock")
        value = self.clock.now()
        self.vault.set_meta(HLC_META_KEY, value)
        return value

    def _now_ms(self) -> int:
        if self.clock is None:
            return system_ms()
        return self.clock.physical_ms()

    def _stamp(self) -> str:
        return datetime.fromtimestamp(self._now_ms() / 1000, UTC).isoformat()

    # ---- local changes -------------------------------------------------------------------

    def create(self, record: Record) -> None:
        """A new record: every field clocked now; its create queued."""
        hlc = self.tick()
        record.clocks = {path: hlc for path in leaf_paths(record.data)} | {STATUS_PATH: hlc}
        self.write_records([record])
        self._link_photos(record)
        self._queue(self._mutation(Op.CREATE, record, hlc, record=record_dict(record)))

    def edit(self, record: Record, data: dict[str, Any]) -> list[str]:
        """Replace the record's data; queue the changed dotted paths with the clocks they had
        (``base_clocks``). Returns the changed paths (none: nothing was written)."""
        changes = changed_paths(record.data, data)
        if not changes:
            return []
        base_clocks = {path: guarding_clock(record.clocks, path) for path in changes}
        hlc = self.tick()
        record.data = data
        mark_written(record.clocks, changes, hlc)
        record.updated_at = self.now().isoformat()
        self.write_records([record])
        self._link_photos(record)
        self._queue_change(
            record, self._mutation(Op.UPDATE, record, hlc, fields=changes, base_clocks=base_clocks)
        )
        return sorted(changes)

    def transition(
        self, record: Record, to_status: str, reason: str | None, pin: str | None = None
    ) -> dict[str, Any]:
        """Change the status; returns the history entry (with the content's `pin`, if given)."""
        change = {"from": record.status, "to": to_status, "reason": reason or ""}
        entry = self._entry(change | ({PIN_KEY: pin} if pin else {}))
        record.history.append(entry)
        record.status = to_status
        record.clocks[STATUS_PATH] = entry["hlc"]
        self._store_entry(record, Op.TRANSITION, entry)
        return entry

    def add_statement(self, record: Record, statement: dict[str, Any]) -> dict[str, Any]:
        """Append a (validated) supplementary statement; returns the stored entry."""
        entry = self._entry(statement)
        record.statements.append(entry)
        self._store_entry(record, Op.STATEMENT, entry)
        return entry

    def resend(self, record: Record) -> bool:
        """Queue again what the server refused of this record: the whole record when its
        creation was refused, else its refused field updates with the values they hold now.
        False when nothing of it was refused."""
        if self._creation_refused(record.id):
            self._recreate(record)
            return True
        refused = self._refused_update_paths(record.id)
        if not refused:
            return False
        hlc = self.tick()
        fields = {path: get_path(record.data, path) for path in refused}
        base_clocks = {path: guarding_clock(record.clocks, path) for path in refused}
        for path in refused:
            record.clocks[path] = hlc
        self.write_records([record])
        self._queue_change(
            record, self._mutation(Op.UPDATE, record, hlc, fields=fields, base_clocks=base_clocks)
        )
        return True

    def add_attachment(self, attachment_id: str, kind: str, mime: str, content: bytes) -> None:
        """A photo kept until a record refers to it (linked when that record is written)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO attachments (id, record_id, kind, mime, sha256, size, data,"
            " created_at) VALUES (?, NULL, ?, ?, ?, ?, ?, ?)",
            (
                attachment_id,
                kind,
                mime,
                hashlib.sha256(content).hexdigest(),
                len(content),
                content,
                self._stamp(),
            ),
        )

    def take_short_number(self) -> str | None:
        """The device's next short provisional number (P-A3-0042), used up now in the
        caller's transaction; None when the device has no number code."""
        code = self.vault.get_meta(NUMBER_CODE)
        if not code:
            return None
        sequence = int(self.vault.get_meta(PROVISIONAL_SEQUENCE) or 0) + 1
        self.vault.set_meta(PROVISIONAL_SEQUENCE, str(sequence))
        return short_number(code, sequence)

    def take_challan_number(self) -> tuple[str, int] | None:
        """The next number of the oldest leased block, as (prefix, serial), used up now."""
        row = self.conn.execute(
            'SELECT id, prefix, next FROM challan_blocks WHERE next <= "last" ORDER BY id LIMIT 1'
        ).fetchone()
        if row is None:
            return None
        block_id, prefix, serial = row
        self.conn.execute("UPDATE challan_blocks SET next = next + 1 WHERE id = ?", (block_id,))
        return prefix, serial

    def resolve_conflict(self, conflict_id: str, resolution: str) -> None:
        self.conn.execute(
            "UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?",
            (self._stamp(), resolution, conflict_id),
        )

    # ---- what the server said ------------------------------------------------------------

    def write_records(self, records: list[Record]) -> None:
        """Insert or replace records and their search entries with a few statements (a pulled
        page arrives here whole)."""
        # A record written twice in one call: only its last version counts.
        records = list({record.id: record for record in records}.values())
        if not records:
            return
        keep_digest = digests.in_step(self.conn)
        stored = self._stored_of([record.id for record in records])
        existing = {record_id: seq for record_id, (seq, _, _) in stored.items()}
        next_seq = self.conn.execute("SELECT coalesce(max(seq), 0) + 1 FROM records").fetchone()[0]
        inserts, updates, fts_rows = [], [], []
        change = DigestTally()
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
                encode_doc(record),
                fingerprint := text_fingerprint(record_json(record)),
            )
            if keep_digest:
                if record.id in stored and (old := stored[record.id])[2] is not None:
                    change.remove(old[1], record.id, old[2])
                change.add(record.type, record.id, fingerprint)
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
                " record_time = ?, doc = ?, fingerprint = ? WHERE seq = ?",
                updates,
            )
        if inserts:
            self.conn.executemany(
                "INSERT INTO records (seq, id, type, status, number, provisional_number, station,"
                " created_by, device_id, created_at, updated_at, record_time, doc, fingerprint)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                inserts,
            )
        self.conn.executemany("INSERT INTO records_fts (rowid, body) VALUES (?, ?)", fts_rows)
        self._index_people(records)
        if keep_digest:  # else a row changed outside the writer: the next check recomputes it
            self._add_to_digest(change)

    def _add_to_digest(self, change: DigestTally) -> None:
        """Add the terms these writes added and took away to the running digest
        (`fieldclient.vault.digests`), which now accounts for every change to ``records``."""
        stored = digests.stored_tally(self.conn)
        stored.merge(change)
        self.conn.executemany(
            "INSERT OR REPLACE INTO record_digests (type, count, total) VALUES (?, ?, ?)",
            [
                (kind, stored.counts[kind], digest_text(stored.sums[kind]))
                for kind in change.counts.keys() | change.sums.keys()
            ],
        )
        self.conn.execute("UPDATE record_changes SET digested = changes WHERE id = 1")

    def replace_digest(self, tally: DigestTally) -> None:
        """Keep a station digest computed from every row (the check found it out of step)."""
        self.conn.execute("DELETE FROM record_digests")
        self.conn.executemany(
            "INSERT INTO record_digests (type, count, total) VALUES (?, ?, ?)",
            [(kind, n, digest_text(tally.sums.get(kind, 0))) for kind, n in tally.counts.items()],
        )
        self.conn.execute("UPDATE record_changes SET digested = changes WHERE id = 1")

    def defer_list_indexes(self) -> bool:
        """Leave the records' list and fingerprint indexes out while a first pull writes its
        rows (`fieldclient.vault.deferred_indexes`); False when already left out."""
        return deferred_indexes.defer(self.conn)

    def build_deferred_indexes(self) -> bool:
        """Build the indexes a bulk pull left out, from every row; False when none were."""
        return deferred_indexes.build(self.conn)

    def _index_people(self, records: list[Record]) -> None:
        """Keep the person index (identity, record, role) true to the records just written.

        Entries are dropped for every record written, new ones too: a record missing from
        `records` may still have entries (a damaged copy whose row was lost, repaired by a pull)."""
        self.conn.executemany(
            "DELETE FROM person_index WHERE record_id = ?", [(record.id,) for record in records]
        )
        rows = [
            (identity, record.id, role)
            for record in records
            for identity, role in people_in(record.data, kind_of(record.type).people)
        ]
        if rows:
            self.conn.executemany(
                "INSERT INTO person_index (identity, record_id, role) VALUES (?, ?, ?)", rows
            )

    def store_fingerprints(self, fingerprints: Mapping[int, str]) -> None:
        """Keep fingerprints computed from `doc` for rows that had none (by `seq`)."""
        self.conn.executemany(
            "UPDATE records SET fingerprint = ? WHERE seq = ? AND fingerprint IS NULL",
            [(fingerprint, seq) for seq, fingerprint in fingerprints.items()],
        )

    def settle_push(self, acknowledged: list[str], refused: Mapping[str, str]) -> None:
        """Drop the mutations the server acknowledged; keep the refused ones with the reason.
        The pages they held go back to the file system (a vault made with auto_vacuum)."""
        self.conn.executemany(
            "DELETE FROM outbox WHERE mutation_id = ?", [(mid,) for mid in acknowledged]
        )
        self.conn.execute("PRAGMA incremental_vacuum").fetchall()
        self.conn.executemany(
            "UPDATE outbox SET state = 'rejected', reject_reason = ? WHERE mutation_id = ?",
            [(reason, mid) for mid, reason in refused.items()],
        )

    def add_conflict(self, row: ConflictRow) -> bool:
        """Store a conflict unless the same one (same field, same two writes) is stored, or its
        record is not here. True when stored."""
        known = self.conn.execute(
            "SELECT 1 FROM conflicts WHERE record_id = ? AND field = ?"
            " AND coalesce(mine_hlc, '') = ? AND coalesce(theirs_hlc, '') = ?",
            (row.record_id, row.field, row.mine_hlc or "", row.theirs_hlc or ""),
        ).fetchone()
        record = self.conn.execute("SELECT 1 FROM records WHERE id = ?", (row.record_id,))
        if known is not None or record.fetchone() is None:
            return False
        inserted = self.conn.execute(
            "INSERT OR IGNORE INTO conflicts (id, record_id, field, mine, theirs, mine_hlc,"
            " theirs_hlc, mine_officer, theirs_officer, winner, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                row.id,
                row.record_id,
                row.field,
                json.dumps(row.mine, ensure_ascii=False),
                json.dumps(row.theirs, ensure_ascii=False),
                row.mine_hlc,
                row.theirs_hlc,
                row.mine_officer,
                row.theirs_officer,
                row.winner,
                self._stamp(),
            ),
        )
        return inserted.rowcount > 0

    def settle_superseded(self, written: Mapping[str, Record]) -> None:
        """An open conflict whose field has since been written again (a resolution made on
        another device, or a later edit) is settled: neither of its values is current."""
        settled = [
            conflict_id
            for conflict_id, record_id, path, *clocks in self.conn.execute(
                "SELECT id, record_id, field, mine_hlc, theirs_hlc FROM conflicts"
                " WHERE resolved_at IS NULL"
            )
            if record_id in written
            and (guarding_clock(written[record_id].clocks, path) or "")
            > max(clock or "" for clock in clocks)
        ]
        stamp = self._stamp()
        self.conn.executemany(
            "UPDATE conflicts SET resolved_at = ?, resolution = 'superseded' WHERE id = ?",
            [(stamp, conflict_id) for conflict_id in settled],
        )

    def add_challan_block(self, prefix: str, first: int, last: int) -> None:
        self.conn.execute(
            'INSERT INTO challan_blocks (prefix, first, "last", next, leased_at)'
            " VALUES (?, ?, ?, ?, ?)",
            (prefix, first, last, first, self._stamp()),
        )

    def receive_clock(self, remote: str) -> None:
        """Move the device clock past a clock seen in pulled records, and keep it."""
        if self.clock is not None:
            self.vault.set_meta(HLC_META_KEY, self.clock.receive(remote))

    def save_sync_state(self, values: Mapping[str, str | None]) -> None:
        """Set sync keys of meta (None deletes one); a key that is not a sync key is a bug."""
        unknown = set(values) - SYNC_KEYS
        if unknown:
            raise ValueError(f"not sync state: {sorted(unknown)}")
        for key, value in values.items():
            if value is None:
                self.conn.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self.vault.set_meta(key, value)

    def mark_synced(self, clock_offset_ms: int) -> None:
        """The time of this successful sync and the server clock offset it measured."""
        self.save_sync_state({LAST_SYNC: self._stamp(), CLOCK_OFFSET_MS: str(clock_offset_ms)})

    # ---- helpers -------------------------------------------------------------------------

    def _mutation(self, op: Op, target: Record, hlc: str, **payload: Any) -> Mutation:
        return Mutation.new(
            op,
            target.id,
            target.type,
            hlc=hlc,
            officer=self.vault.officer.badge,
            at=self._stamp(),
            **payload,
        )

    def _entry(self, content: dict[str, Any]) -> dict[str, Any]:
        """A history entry or a statement: ``content`` with its id, author, time and clock."""
        return {
            "id": uuid.uuid4().hex,
            "at": self.now().isoformat(),
            "by": self.vault.officer.badge,
            **content,
            "hlc": self.tick(),
            "device": self.vault.device_id,
        }

    def _store_entry(self, record: Record, op: Op, entry: dict[str, Any]) -> None:
        record.updated_at = entry["at"]
        self.write_records([record])
        self._queue_change(record, self._mutation(op, record, entry["hlc"], entry=entry))

    def _queue(self, mutation: Mutation) -> None:
        body = json.dumps(mutation.to_dict(), ensure_ascii=False, separators=(",", ":"))
        self.conn.execute(
            "INSERT INTO outbox (mutation_id, record_id, op, body, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (mutation.mutation_id, mutation.record_id, mutation.op.value, body, self._stamp()),
        )

    def _queue_change(self, record: Record, mutation: Mutation) -> None:
        """Queue a change of an existing record; one the server never received whole (its
        creation was refused) goes again whole. A refused change of the same kind that this
        one covers (an update of the same fields, a status change) is dropped: it is redone."""
        if self._creation_refused(record.id):
            self._recreate(record)
            return
        if mutation.op is Op.UPDATE:
            self._drop_refused_updates_within(record.id, set(mutation.fields or {}))
        elif mutation.op is Op.TRANSITION:
            self.conn.execute(
                "DELETE FROM outbox WHERE record_id = ? AND state = 'rejected' AND op = ?",
                (record.id, Op.TRANSITION.value),
            )
        self._queue(mutation)

    def _recreate(self, record: Record) -> None:
        """Queue the whole record again as a create, every field clocked now; its older outbox
        entries (the refused create and what followed it) are part of it and are dropped.

        The times the device stamped itself (created_at, updated_at, each history or statement
        entry's ``at``) that lie ahead of the corrected clock were stamped by a clock that ran
        fast: they become now, so they cannot keep the record refused. What the officer entered
        (a FIR's reported_at, …) is theirs to correct."""
        hlc = self.tick()
        record.clocks = {path: hlc for path in record.clocks}
        now = self.now()
        record.created_at = _not_after(record.created_at, now)
        record.updated_at = now.isoformat()
        for entry in (*record.history, *record.statements):
            entry["at"] = _not_after(entry.get("at"), now)
        self.write_records([record])
        dropped = self.conn.execute("DELETE FROM outbox WHERE record_id = ?", (record.id,))
        self._queue(self._mutation(Op.CREATE, record, hlc, record=record_dict(record)))
        self.vault.audit(
            "outbox.resend", record.id, {"type": record.type, "replaced": dropped.rowcount}
        )

    def _creation_refused(self, record_id: str) -> bool:
        row = self.conn.execute(
            "SELECT 1 FROM outbox WHERE record_id = ? AND op = 'create' AND state = 'rejected'",
            (record_id,),
        ).fetchone()
        return row is not None

    def _refused_updates(self, record_id: str) -> Iterator[tuple[str, list[str]]]:
        for mutation_id, body in self.conn.execute(
            "SELECT mutation_id, body FROM outbox"
            " WHERE record_id = ? AND op = 'update' AND state = 'rejected'",
            (record_id,),
        ).fetchall():
            fields = json.loads(body).get("fields")
            yield mutation_id, list(fields) if isinstance(fields, dict) else []

    def _refused_update_paths(self, record_id: str) -> list[str]:
        paths = {path for _mid, fields in self._refused_updates(record_id) for path in fields}
        return sorted(paths)

    def _drop_refused_updates_within(self, record_id: str, paths: set[str]) -> None:
        self.conn.executemany(
            "DELETE FROM outbox WHERE mutation_id = ?",
            [
                (mutation_id,)
                for mutation_id, fields in self._refused_updates(record_id)
                if set(fields) <= paths
            ],
        )

    def _link_photos(self, record: Record) -> None:
        photos = record.data.get("photos")
        for attachment_id in (photos if isinstance(photos, dict) else {}).values():
            self.conn.execute(
                "UPDATE attachments SET record_id = ? WHERE id = ?", (record.id, attachment_id)
            )

    def _stored_of(self, record_ids: list[str]) -> dict[str, tuple[int, str, str | None]]:
        """(seq, type, fingerprint) of the stored records among these ids."""
        found: dict[str, tuple[int, str, str | None]] = {}
        for start in range(0, len(record_ids), 500):
            chunk = record_ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for record_id, *row in self.conn.execute(
                f"SELECT id, seq, type, fingerprint FROM records WHERE id IN ({marks})", chunk
            ):
                found[record_id] = (row[0], row[1], row[2])
        return found


def _not_after(stamp: object, now: datetime) -> str:
    """``stamp`` (ISO 8601 with an offset) if it is not after ``now``, else ``now``."""
    try:
        moment = datetime.fromisoformat(str(stamp))
    except ValueError:
        return now.isoformat()
    if moment.tzinfo is None or moment > now:
        return now.isoformat()
    return str(stamp)
