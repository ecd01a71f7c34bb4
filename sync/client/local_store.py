"""The vault side of sync: outbox batches, push acknowledgements, pulled pages, challan blocks.

Each write here is one vault transaction: a pulled page's records (with their search entries),
its conflicts, its challan blocks and the new cursor commit together, so a sync cut at any point
resumes where it stopped. A record with local changes still waiting in the outbox is merged field
by field (pending local writes win until the server acknowledged them), never overwritten.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.merge import Conflict, PendingWrites, merge_pulled
from fieldclient.domain.mutation import InvalidMutation, Op
from fieldclient.domain.record import Record
from fieldclient.vault import deferred_indexes, digests
from fieldclient.vault.record_doc import decode_doc_dict
from fieldclient.vault.repository import OutboxEntry, RecordRepository, hinted
from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import ConflictRow, VaultWriter
from sync.client import credentials, station_keys
from sync.client.errors import BadServerResponse
from sync.client.page_check import CheckedPage
from sync.protocol.errors import RejectCode
from sync.protocol.fingerprint import DigestTally, record_fingerprint
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
    """When to lease challan numbers. The services own that policy (``challan_numbers``) and
    sit above the engine, so they hand it in."""

    numbers_left: Callable[[Vault], int]
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


class LocalStore:
    def __init__(
        self, vault: Vault, ledger: BlockLedger, clock: HybridLogicalClock | None = None
    ) -> None:
        self.vault = vault
        self.ledger = ledger
        self.repo = RecordRepository(vault)
        self.writer = VaultWriter(vault, clock)

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
                batch.append(_wire(entry))
            except (InvalidMutation, ValidationError) as invalid:
                reason = f"not a valid sync message ({', '.join(_problems(invalid)) or 'body'})"
                op = str(entry.body.get("op", "?"))
                tally.rejected.append(
                    Rejection(entry.mutation_id, entry.record_id, op, RejectCode.INVALID, reason)
                )
        if tally.rejected:
            self._settle([], tally.rejected)
        return batch, tally

    def refuse_locally(self, mutation: Mutation, code: str, reason: str) -> PushTally:
        """Keep a mutation the server refused as a whole request, as rejected, with the reason."""
        rejection = Rejection(mutation.mutation_id, mutation.record_id, mutation.op, code, reason)
        self._settle([], [rejection])
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
        self._settle(acknowledged, tally.rejected)
        tally.acknowledged = len(acknowledged)
        return tally

    def _settle(self, acknowledged: list[str], rejected: list[Rejection]) -> None:
        with self.writer.transaction():
            self.writer.settle_push(
                acknowledged,
                {rejection.mutation_id: rejection.refusal for rejection in rejected},
            )

    # ---- pull ----------------------------------------------------------------------------

    def cursor(self) -> int:
        return credentials.int_meta(self.vault, credentials.CURSOR)

    def blocks_after(self) -> int:
        return credentials.int_meta(self.vault, credentials.BLOCKS_AFTER)

    def device_keys_digest(self) -> str:
        return station_keys.held_digest(self.vault)

    def store_device_keys(self, keys: list[DeviceKey], digest: str) -> None:
        """The station's device keys, as the server sent them (documents verify offline)."""
        with self.writer.transaction():
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
        with self.writer.transaction():
            if page.has_more and self.cursor() == 0:
                # A pull of the whole station (a new device, or the repair): rows first, the
                # list indexes built once at the end of the pull (`build_deferred_indexes`).
                self.writer.defer_list_indexes()
            pending = self.repo.pending_record_ids()
            local_conflicts: list[ConflictRow] = []
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
                conflicts_added += self.writer.add_conflict(row)
            # After adding them: a conflict and its resolution may arrive in the same page.
            self.writer.settle_superseded(written)
            for block in page.blocks:
                self._add_block(block)
            self._advance(page)
            self.vault.audit(
                "sync.pull", None, {"records": len(page.records), "cursor": page.next_cursor}
            )
        return PageTally(pulled=len(page.records), conflicts=conflicts_added)

    def build_deferred_indexes(self) -> None:
        """After a pull (or one cut short): the list indexes a bulk pull left out, built once."""
        if deferred_indexes.pending(self.vault.conn):
            with self.writer.transaction():
                if self.writer.build_deferred_indexes():
                    self.vault.audit("sync.indexes_built", None, {})

    def _write(self, records: list[Record]) -> None:
        """The page's records in a few statements (`write_records`), not a few per record."""
        try:
            self.writer.write_records(records)
        except (TypeError, ValueError, AttributeError, KeyError) as unusable:
            raise BadServerResponse(
                f"a record of the page cannot be indexed ({unusable.__class__.__name__})"
            ) from None

    def _merge_with_pending(self, remote: Record) -> tuple[Record, list[ConflictRow]]:
        """The server's version merged with this device's, its pending writes kept on top
        (``merge.merge_pulled``)."""
        local = self.repo.find(remote.id)
        if local is None:
            return remote, []
        pending = PendingWrites()
        for mutation in self.repo.pending_mutations_of(remote.id):
            if mutation.op is Op.TRANSITION:
                pending.add_status_change()
            elif mutation.op is Op.UPDATE:
                pending.add_update(
                    mutation.fields or {}, mutation.base_clocks or {}, mutation.officer
                )
        local_doc = local.to_dict()
        merged = merge_pulled(local_doc, remote.to_dict(), pending)
        rows = [_local_conflict(c, local_doc, pending.officers) for c in merged.conflicts]
        return Record.from_dict(merged.record), rows

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
            self.writer.add_challan_block(block.prefix, block.start, block.end)

    def _advance(self, page: CheckedPage) -> None:
        state = {credentials.CURSOR: str(page.next_cursor)}
        if page.blocks:
            newest = max(self.blocks_after(), *(block.block_id for block in page.blocks))
            state[credentials.BLOCKS_AFTER] = str(newest)
        self.writer.save_sync_state(state)
        if page.newest_clock:
            self.writer.receive_clock(page.newest_clock)

    # ---- challan blocks and bookkeeping --------------------------------------------------

    def needs_block(self) -> bool:
        return self.ledger.numbers_left(self.vault) < self.ledger.low_water_mark

    def store_leased_block(self, block: ChallanBlock) -> None:
        with self.writer.transaction():
            self._add_block(block)
            self.writer.save_sync_state({credentials.BLOCK_REQUEST_ID: None})

    def forget_block_request(self) -> None:
        if self.vault.get_meta(credentials.BLOCK_REQUEST_ID):
            self._save({credentials.BLOCK_REQUEST_ID: None})

    def block_request_id(self) -> str:
        """The id of the lease being asked for; kept until the block is stored (idempotent)."""
        existing = self.vault.get_meta(credentials.BLOCK_REQUEST_ID)
        if existing:
            return existing
        request_id = uuid.uuid4().hex
        self._save({credentials.BLOCK_REQUEST_ID: request_id})
        return request_id

    def _save(self, state: dict[str, str | None]) -> None:
        with self.writer.transaction():
            self.writer.save_sync_state(state)

    # ---- consistency check ---------------------------------------------------------------

    def pending_count(self) -> int:
        return self.repo.pending_count()

    def verified_cursor(self) -> int:
        """The cursor at the last consistency check that matched (-1: never checked)."""
        value = self.vault.get_meta(credentials.VERIFIED_CURSOR)
        return int(value) if value and value.isdigit() else -1

    def mark_verified(self, cursor: int) -> None:
        self._save({credentials.VERIFIED_CURSOR: str(cursor)})

    def restart_pull(self) -> None:
        """Pull the station from the start again (challan blocks are kept: they are by id)."""
        with self.writer.transaction():
            self.writer.save_sync_state({credentials.CURSOR: "0"})
            self.vault.audit("sync.repull", None, {"cursor": 0})

    def station_summary(self, recount: bool = False) -> StationSummary:
        """Counts per type and the digest of the records the server should hold too: every record
        but those whose creation the server refused (they exist on this device only).

        Reads the running digest `VaultWriter` keeps per write (`fieldclient.vault.digests`),
        and takes away the terms of the refused records: a cost that does not grow with the
        vault. When a row of ``records`` changed outside the writer (damage, a repair by hand:
        the vault's triggers count every change), or with ``recount``, the digest is computed
        from every row first and kept (`_recount`).
        """
        conn = self.vault.conn
        held = (
            self._recount() if recount or not digests.in_step(conn) else digests.stored_tally(conn)
        )
        for record_id, kind, fingerprint in conn.execute(
            "SELECT id, type, fingerprint FROM records WHERE id IN (SELECT record_id FROM outbox"
            " WHERE state = 'rejected' AND op = 'create')"
        ):
            held.remove(kind, record_id, fingerprint)
        return StationSummary(held.held_counts(), held.digest())

    def _recount(self) -> DigestTally:
        """The digest from every row (a covering index of the stored fingerprints), kept in the
        same transaction. A row without a fingerprint (written before they were stored, or
        whose text changed outside `VaultWriter`) is fingerprinted from its text, and kept."""
        conn = self.vault.conn
        tally = DigestTally()
        with self.writer.transaction():
            missing = {
                seq: record_fingerprint(decode_doc_dict(doc))
                for seq, doc in conn.execute(
                    "SELECT seq, doc FROM records WHERE seq IN"
                    " (SELECT seq FROM records INDEXED BY records_without_fingerprint"
                    "  WHERE fingerprint IS NULL)"
                )
            }
            if missing:
                self.writer.store_fingerprints(missing)
            for record_id, kind, fingerprint in hinted(
                conn, "SELECT id, type, fingerprint FROM records INDEXED BY records_fingerprints"
            ):
                tally.add(kind, record_id, fingerprint)
            self.writer.replace_digest(tally)
        return DigestTally(dict(tally.counts), dict(tally.sums))

    def keep_batch_sizes(self, push_batch: int, pull_page: int) -> None:
        sizes: dict[str, str | None] = {
            credentials.PUSH_BATCH: str(push_batch),
            credentials.PULL_PAGE: str(pull_page),
        }
        if any(self.vault.get_meta(key) != value for key, value in sizes.items()):
            self._save(sizes)

    def mark_synced(self, clock_offset_ms: int) -> None:
        with self.writer.transaction():
            self.writer.mark_synced(clock_offset_ms)


def _server_conflict(conflict: ConflictOut, device_id: str) -> ConflictRow | None:
    """A conflict the server found, seen from this device; None when neither write is ours."""
    suffix = f":{device_id}"
    winner_mine = (conflict.winner.hlc or "").endswith(suffix)
    loser_mine = (conflict.loser.hlc or "").endswith(suffix)
    if winner_mine == loser_mine:
        return None
    mine, theirs = (
        (conflict.winner, conflict.loser) if winner_mine else (conflict.loser, conflict.winner)
    )
    return _conflict_row(conflict, winner_mine, mine.officer, theirs.officer, conflict.id)


def _local_conflict(
    conflict: Conflict, local_doc: dict[str, Any], officers: dict[str, str]
) -> ConflictRow:
    local_clock = (local_doc.get("clocks") or {}).get(conflict.field)
    winner_mine = conflict.winner.hlc == local_clock
    return _conflict_row(
        conflict, winner_mine, officers.get(conflict.field), None, uuid.uuid4().hex
    )


def _conflict_row(
    conflict: Conflict | ConflictOut,
    winner_mine: bool,
    mine_officer: str | None,
    theirs_officer: str | None,
    conflict_id: str,
) -> ConflictRow:
    """Both sides of a conflict as this device stores them: its own write is "mine"."""
    mine, theirs = (
        (conflict.winner, conflict.loser) if winner_mine else (conflict.loser, conflict.winner)
    )
    return ConflictRow(
        id=conflict_id,
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


def _wire(entry: OutboxEntry) -> Mutation:
    """A queued mutation as the protocol message that carries it (the wire edge)."""
    return Mutation.model_validate({**entry.mutation().to_dict(), "device_seq": entry.device_seq})


def _problems(invalid: InvalidMutation | ValidationError) -> list[str]:
    if isinstance(invalid, InvalidMutation):
        return sorted(set(invalid.problems))
    return sorted({".".join(str(p) for p in e["loc"]) for e in invalid.errors()})
