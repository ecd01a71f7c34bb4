"""The vault side of sync: outbox batches, push acknowledgements, pulled pages, challan blocks.

Each write here is one vault transaction: a pulled page's records (with their search entries),
its conflicts, its challan blocks and the new cursor commit together, so a sync cut at any point
resumes where it stopped. A record with local changes still waiting in the outbox is merged field
by field (pending local writes win until the server acknowledged them), never overwritten.
"""

from __future__ import annotations

import copy
import json
import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.merge import (
    STATUS_PATH,
    Conflict,
    get_path,
    guarding_clock,
    merge_records,
    set_path,
)
from fieldclient.domain.record import Record
from fieldclient.vault.repository import RecordRepository
from fieldclient.vault.vault import Vault
from sync.client import credentials, station_keys
from sync.client.errors import BadServerResponse
from sync.client.page_check import CheckedPage
from sync.protocol.errors import RejectCode
from sync.protocol.fingerprint import record_fingerprint, station_digest
from sync.protocol.messages import (
    ChallanBlock,
    ConflictOut,
    DeviceKey,
    Mutation,
    MutationResult,
    StatusResponse,
)

log = logging.getLogger(__name__)
ACKNOWLEDGED = "acknowledged"
REJECTED = "rejected"


@dataclass(frozen=True)
class BlockLedger:
    """How the vault keeps challan blocks. The services own that (``challan_numbers``) and sit
    above the engine, so they hand their functions in."""

    numbers_left: Callable[[Vault], int]
    add_block: Callable[[Vault, str, int, int], None]
    low_water_mark: int


@dataclass(frozen=True)
class Rejection:
    """A change the server refused (or this device found unsendable), kept in the outbox."""

    mutation_id: str
    record_id: str
    op: str
    code: str  # `RejectCode` or `ErrorCode` value: what kind of refusal
    reason: str  # the sentence that says why

    @property
    def refusal(self) -> str:
        """Code and reason, as the outbox keeps them."""
        return f"{self.code}: {self.reason}"

    def __str__(self) -> str:
        return f"{self.op} of record {self.record_id} refused: {self.refusal}"


@dataclass
class PushTally:
    acknowledged: int = 0
    rejected: list[Rejection] = field(default_factory=list)


@dataclass(frozen=True)
class PageTally:
    pulled: int
    conflicts: int


@dataclass(frozen=True)
class StationSummary:
    """What the device holds, in the form ``/v1/status`` reports it."""

    counts: dict[str, int]
    digest: str

    def matches(self, status: StatusResponse) -> bool:
        return self.counts == status.counts and self.digest == status.digest

    def describe(self) -> str:
        kinds = sorted(self.counts.items())
        return ", ".join(f"{count} {kind}" for kind, count in kinds) or "no records"


@dataclass(frozen=True)
class _ConflictRow:
    record_id: str
    field: str
    mine: Any
    theirs: Any
    mine_hlc: str | None
    theirs_hlc: str | None
    mine_officer: str | None
    theirs_officer: str | None
    winner: str
    id: str = field(default_factory=lambda: uuid.uuid4().hex)


class LocalStore:
    def __init__(
        self,
        vault: Vault,
        ledger: BlockLedger,
        clock: HybridLogicalClock | None = None,
        clock_meta_key: str = "",
    ) -> None:
        self.vault = vault
        self.ledger = ledger
        self.repo = RecordRepository(vault)
        self.clock = clock
        self.clock_meta_key = clock_meta_key

    # ---- push ----------------------------------------------------------------------------

    def next_batch(self, max_count: int, max_bytes: int) -> tuple[list[Mutation], PushTally]:
        """The oldest pending mutations as protocol messages.

        A queued mutation that is not a valid protocol message could never be accepted and would
        block the queue; it is marked rejected here with the reason, and shown like any other.
        """
        entries = self.repo.pending_mutations(max_count, max_bytes)
        batch: list[Mutation] = []
        tally = PushTally()
        for entry in entries:
            try:
                batch.append(
                    Mutation.model_validate({**entry.body, "device_seq": entry.device_seq})
                )
            except ValidationError as invalid:
                named = sorted({".".join(str(p) for p in e["loc"]) for e in invalid.errors()})
                reason = f"not a valid sync message ({', '.join(named) or 'body'})"
                tally.rejected.append(
                    Rejection(
                        entry.mutation_id,
                        entry.record_id,
                        entry.body.get("op", "?"),
                        RejectCode.INVALID,
                        reason,
                    )
                )
        if tally.rejected:
            with self.vault.transaction():
                for rejection in tally.rejected:
                    self.repo.mark_rejected(rejection.mutation_id, rejection.refusal)
        return batch, tally

    def refuse_locally(self, mutation: Mutation, code: str, reason: str) -> PushTally:
        """Keep a mutation the server refused as a whole request, as rejected, with the reason."""
        rejection = Rejection(mutation.mutation_id, mutation.record_id, mutation.op, code, reason)
        with self.vault.transaction():
            self.repo.mark_rejected(mutation.mutation_id, rejection.refusal)
        return PushTally(rejected=[rejection])

    def apply_push_results(self, sent: list[Mutation], results: list[MutationResult]) -> PushTally:
        """Delete the acknowledged mutations and mark the rejected ones, in one transaction.

        A mutation without a result stays pending and goes again next time (the server applies
        it at most once). ``duplicate`` with a code is a rejection the server remembered.
        """
        by_id = {mutation.mutation_id: mutation for mutation in sent}
        seen: set[str] = set()
        for result in results:
            if result.mutation_id not in by_id or result.mutation_id in seen:
                raise BadServerResponse("a push result names a mutation that was not sent")
            seen.add(result.mutation_id)
        tally = PushTally()
        acknowledged: list[str] = []
        for result in results:
            mutation = by_id[result.mutation_id]
            if result.outcome == "applied" or (result.outcome == "duplicate" and not result.code):
                acknowledged.append(result.mutation_id)
                continue
            tally.rejected.append(
                Rejection(
                    mutation.mutation_id,
                    mutation.record_id,
                    mutation.op,
                    result.code or "rejected",
                    result.reason or "no reason given",
                )
            )
        with self.vault.transaction():
            self.repo.acknowledge(acknowledged)
            for rejection in tally.rejected:
                self.repo.mark_rejected(rejection.mutation_id, rejection.refusal)
        tally.acknowledged = len(acknowledged)
        return tally

    # ---- pull ----------------------------------------------------------------------------

    def cursor(self) -> int:
        return credentials.int_meta(self.vault, credentials.CURSOR)

    def blocks_after(self) -> int:
        return credentials.int_meta(self.vault, credentials.BLOCKS_AFTER)

    def device_keys_digest(self) -> str:
        return station_keys.held_digest(self.vault)

    def store_device_keys(self, keys: list[DeviceKey], digest: str) -> None:
        """The station's device keys, as the server sent them (documents verify offline)."""
        with self.vault.transaction():
            station_keys.store_device_keys(
                self.vault,
                [
                    station_keys.StationDeviceKey(k.device_id, k.public_key, k.revoked_at)
                    for k in keys
                ],
                digest,
            )

    def apply_page(self, page: CheckedPage) -> PageTally:
        """Records, conflicts, challan blocks and the new cursor, in one transaction."""
        device_id = self.vault.device_id
        conflicts_added = 0
        with self.vault.transaction():
            pending = self.repo.pending_record_ids()
            local_conflicts: list[_ConflictRow] = []
            written: dict[str, Record] = {}
            for record in page.records:
                if record.id in pending:
                    record, found = self._merge_with_pending(record)
                    local_conflicts += found
                written[record.id] = record
            self._write(list(written.values()))
            server_conflicts = [
                row for c in page.conflicts if (row := _server_conflict(c, device_id)) is not None
            ]
            for row in [*local_conflicts, *server_conflicts]:
                conflicts_added += self._add_conflict(row)
            # After adding them: a conflict and its resolution may arrive in the same page.
            self._settle_superseded(written)
            for block in page.blocks:
                self._add_block(block)
            self._advance(page)
            self.vault.audit(
                "sync.pull", None, {"records": len(page.records), "cursor": page.next_cursor}
            )
        return PageTally(pulled=len(page.records), conflicts=conflicts_added)

    def _write(self, records: list[Record]) -> None:
        """The page's records in a few statements (`write_records`), not a few per record."""
        try:
            self.repo.write_records(records)
        except (TypeError, ValueError, AttributeError, KeyError) as unusable:
            raise BadServerResponse(
                f"a record of the page cannot be indexed ({unusable.__class__.__name__})"
            ) from None

    def _merge_with_pending(self, remote: Record) -> tuple[Record, list[_ConflictRow]]:
        """Merge by clock, then keep every field a pending local mutation wrote: the officer's
        change shows until the server has decided on it (the conflict says how it will end)."""
        local = self.repo.find(remote.id)
        if local is None:
            return remote, []
        bases: dict[str, str | None] = {}
        officers: dict[str, str] = {}
        pending_paths: set[str] = set()
        for body in self._pending_bodies(remote.id):
            if body.get("op") == "transition":
                pending_paths.add(STATUS_PATH)
            for path, base in (body.get("base_clocks") or {}).items():
                bases.setdefault(path, base)
            for path in body.get("fields") or {}:
                officers[path] = str(body.get("officer", ""))
                pending_paths.add(path)
        local_doc = local.to_dict()
        merged = merge_records(local_doc, remote.to_dict(), pending_base_clocks=bases)
        for path in pending_paths:
            _keep_local(merged.record, local_doc, path)
        rows = [_local_conflict(c, local_doc, officers) for c in merged.conflicts]
        return Record.from_dict(merged.record), rows

    def _pending_bodies(self, record_id: str) -> Iterable[dict[str, Any]]:
        rows = self.vault.conn.execute(
            "SELECT body FROM outbox WHERE record_id = ? AND state = 'pending' ORDER BY device_seq",
            (record_id,),
        )
        return [json.loads(body) for (body,) in rows]

    def _settle_superseded(self, written: dict[str, Record]) -> None:
        """An open conflict whose field has since been written again (a resolution made on
        another device, or a later edit) is settled: neither of its values is current."""
        settled = [
            conflict_id
            for conflict_id, record_id, path, *clocks in self.vault.conn.execute(
                "SELECT id, record_id, field, mine_hlc, theirs_hlc FROM conflicts"
                " WHERE resolved_at IS NULL"
            )
            if record_id in written
            and (guarding_clock(written[record_id].clocks, path) or "")
            > max(clock or "" for clock in clocks)
        ]
        now = datetime.now(UTC).isoformat()
        self.vault.conn.executemany(
            "UPDATE conflicts SET resolved_at = ?, resolution = 'superseded' WHERE id = ?",
            [(now, conflict_id) for conflict_id in settled],
        )

    def _add_conflict(self, row: _ConflictRow) -> int:
        """Store a conflict unless the same one (same field, same two writes) is stored."""
        known = self.vault.conn.execute(
            "SELECT 1 FROM conflicts WHERE record_id = ? AND field = ?"
            " AND coalesce(mine_hlc, '') = ? AND coalesce(theirs_hlc, '') = ?",
            (row.record_id, row.field, row.mine_hlc or "", row.theirs_hlc or ""),
        ).fetchone()
        record = self.vault.conn.execute(
            "SELECT 1 FROM records WHERE id = ?", (row.record_id,)
        ).fetchone()
        if known is not None or record is None:
            return 0
        inserted = self.vault.conn.execute(
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
                datetime.now(UTC).isoformat(),
            ),
        )
        return inserted.rowcount

    def _add_block(self, block: ChallanBlock) -> None:
        """Store a leased block once; a block overlapping a different stored one is refused."""
        rows = self.vault.conn.execute(
            'SELECT first, "last" FROM challan_blocks WHERE prefix = ?'
            ' AND first <= ? AND "last" >= ?',
            (block.prefix, block.end, block.start),
        ).fetchall()
        if any((first, last) != (block.start, block.end) for first, last in rows):
            raise BadServerResponse("a challan block overlaps a block this device already holds")
        if not rows:
            self.ledger.add_block(self.vault, block.prefix, block.start, block.end)

    def _advance(self, page: CheckedPage) -> None:
        self.vault.set_meta(credentials.CURSOR, str(page.next_cursor))
        if page.blocks:
            newest = max(self.blocks_after(), *(block.block_id for block in page.blocks))
            self.vault.set_meta(credentials.BLOCKS_AFTER, str(newest))
        if page.newest_clock and self.clock is not None:
            value = self.clock.receive(page.newest_clock)
            if self.clock_meta_key:
                self.vault.set_meta(self.clock_meta_key, value)

    # ---- challan blocks and bookkeeping --------------------------------------------------

    def needs_block(self) -> bool:
        return self.ledger.numbers_left(self.vault) < self.ledger.low_water_mark

    def store_leased_block(self, block: ChallanBlock) -> None:
        with self.vault.transaction():
            self._add_block(block)
            self._delete_block_request()

    def forget_block_request(self) -> None:
        if self.vault.get_meta(credentials.BLOCK_REQUEST_ID):
            with self.vault.transaction():
                self._delete_block_request()

    def _delete_block_request(self) -> None:
        self.vault.conn.execute("DELETE FROM meta WHERE key = ?", (credentials.BLOCK_REQUEST_ID,))

    def block_request_id(self) -> str:
        """The id of the lease being asked for; kept until the block is stored (idempotent)."""
        existing = self.vault.get_meta(credentials.BLOCK_REQUEST_ID)
        if existing:
            return existing
        request_id = uuid.uuid4().hex
        with self.vault.transaction():
            self.vault.set_meta(credentials.BLOCK_REQUEST_ID, request_id)
        return request_id

    # ---- consistency check ---------------------------------------------------------------

    def pending_count(self) -> int:
        return self.repo.pending_count()

    def verified_cursor(self) -> int:
        """The cursor at the last consistency check that matched (-1: never checked)."""
        value = self.vault.get_meta(credentials.VERIFIED_CURSOR)
        return int(value) if value and value.isdigit() else -1

    def mark_verified(self, cursor: int) -> None:
        with self.vault.transaction():
            self.vault.set_meta(credentials.VERIFIED_CURSOR, str(cursor))

    def restart_pull(self) -> None:
        """Pull the station from the start again (challan blocks are kept: they are by id)."""
        with self.vault.transaction():
            self.vault.set_meta(credentials.CURSOR, "0")
            self.vault.audit("sync.repull", None, {"cursor": 0})

    def station_summary(self) -> StationSummary:
        """Counts per type and the digest of the records the server should hold too: every record
        but those whose creation the server refused (they exist on this device only)."""
        local_only = {
            record_id
            for (record_id,) in self.vault.conn.execute(
                "SELECT record_id FROM outbox WHERE state = 'rejected' AND op = 'create'"
            )
        }
        counts: dict[str, int] = {}
        fingerprints: list[tuple[str, str]] = []
        for record_id, kind, doc in self.vault.conn.execute("SELECT id, type, doc FROM records"):
            if record_id in local_only:
                continue
            counts[kind] = counts.get(kind, 0) + 1
            fingerprints.append((record_id, record_fingerprint(json.loads(doc))))
        return StationSummary(counts, station_digest(fingerprints))

    def keep_batch_sizes(self, push_batch: int, pull_page: int) -> None:
        sizes = {credentials.PUSH_BATCH: str(push_batch), credentials.PULL_PAGE: str(pull_page)}
        if all(self.vault.get_meta(key) == value for key, value in sizes.items()):
            return
        with self.vault.transaction():
            for key, value in sizes.items():
                self.vault.set_meta(key, value)

    def mark_synced(self, clock_offset_ms: int) -> None:
        with self.vault.transaction():
            self.vault.set_meta(credentials.LAST_SYNC, datetime.now(UTC).isoformat())
            self.vault.set_meta(credentials.CLOCK_OFFSET_MS, str(clock_offset_ms))


def _keep_local(merged: dict[str, Any], local: dict[str, Any], path: str) -> None:
    """Put the local value and clock of ``path`` back into ``merged`` (in place)."""
    clocks = merged["clocks"]
    for key in [k for k in clocks if k == path or k.startswith(path + ".")]:
        del clocks[key]
    local_clocks = local.get("clocks") or {}
    clocks.update({k: v for k, v in local_clocks.items() if k == path or k.startswith(path + ".")})
    if path == STATUS_PATH:
        merged["status"] = local["status"]
        return
    value = get_path(local["data"], path)
    set_path(merged["data"], path, copy.deepcopy(value))


def _server_conflict(conflict: ConflictOut, device_id: str) -> _ConflictRow | None:
    """A conflict the server found, seen from this device; None when neither write is ours."""
    suffix = f":{device_id}"
    winner_mine = (conflict.winner.hlc or "").endswith(suffix)
    loser_mine = (conflict.loser.hlc or "").endswith(suffix)
    if winner_mine == loser_mine:
        return None
    mine, theirs = (
        (conflict.winner, conflict.loser) if winner_mine else (conflict.loser, conflict.winner)
    )
    return _conflict_row(
        conflict, winner_mine, mine.officer, theirs.officer, conflict_id=conflict.id
    )


def _local_conflict(
    conflict: Conflict, local_doc: dict[str, Any], officers: dict[str, str]
) -> _ConflictRow:
    local_clock = (local_doc.get("clocks") or {}).get(conflict.field)
    winner_mine = conflict.winner.hlc == local_clock
    return _conflict_row(conflict, winner_mine, officers.get(conflict.field), None)


def _conflict_row(
    conflict: Conflict | ConflictOut,
    winner_mine: bool,
    mine_officer: str | None,
    theirs_officer: str | None,
    conflict_id: str | None = None,
) -> _ConflictRow:
    """Both sides of a conflict as this device stores them: its own write is "mine"."""
    mine, theirs = (
        (conflict.winner, conflict.loser) if winner_mine else (conflict.loser, conflict.winner)
    )
    row = _ConflictRow(
        record_id=conflict.record_id,
        field=conflict.field,
        mine=mine.value,
        theirs=theirs.value,
        mine_hlc=mine.hlc,
        theirs_hlc=theirs.hlc,
        mine_officer=mine_officer,
        theirs_officer=theirs_officer,
        winner="mine" if winner_mine else "theirs",
    )
    return row if conflict_id is None else replace(row, id=conflict_id)
