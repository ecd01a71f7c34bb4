"""Apply a pushed batch: one transaction, one savepoint per mutation, results per mutation.

A mutation is applied at most once: its ``mutation_id`` is kept in ``applied_mutations`` and the
device's last applied ``device_seq`` advances in the same transaction. A rejected mutation rolls
back its savepoint only; the others in the batch go on.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from fieldclient.domain.records import kind_of
from fieldclient.domain.records.numbering import NumberingScheme
from sync.protocol.errors import ErrorCode, RejectCode
from sync.protocol.messages import Mutation, MutationResult, Outcome
from sync.server.core.clock import utc_now
from sync.server.core.errors import ApiError
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import lock_station, write_transaction
from sync.server.db.tables import applied_mutations, devices
from sync.server.services import mutation_ops
from sync.server.services.clock_checks import check_mutation_clocks
from sync.server.services.envelope_checks import check_envelope
from sync.server.services.mutation_ops import Rejected
from sync.server.services.numbering import (
    assign_due_number,
    challan_number_is_leased,
    next_station_challan_number,
)
from sync.server.services.officers import declared_roles
from sync.server.services.record_store import StationWriter, StoredRecord

MAX_SEQ_STEP = 1_000_000
"""How far one mutation's ``device_seq`` may jump past the device's last applied one. A device
numbers its mutations one by one (gaps only where it refused some locally), so a bigger jump is
a damaged or hostile outbox; refusing it, without recording it, keeps the device able to sync
(a ``device_seq`` of 2^53 - 1 accepted would have left no number above it)."""


@dataclass(frozen=True)
class PushOutcome:
    results: list[MutationResult]
    last_applied_seq: int


class _NeedsSavepoints(Exception):
    """A deferred write clashed with a stored row: redo the batch one savepoint per mutation."""


def apply_batch(
    engine: Engine, device: AuthenticatedDevice, mutations: list[Mutation], now: int
) -> PushOutcome:
    """Apply a batch in one transaction.

    The fast path checks each mutation in Python and writes the batch's records with one
    multi-row insert and one executemany update at the end. Only a clash the checks cannot see
    (a record id or number already stored) sends the batch down the slow path, which rolls back
    and gives every mutation its own savepoint.
    """
    seqs = [mutation.device_seq for mutation in mutations]
    if any(later <= earlier for earlier, later in itertools.pairwise(seqs)):
        raise ApiError(422, ErrorCode.INVALID_REQUEST, "device_seq must increase within a batch")
    try:
        return _apply_batch(engine, device, mutations, now, fast=True)
    except _NeedsSavepoints:
        return _apply_batch(engine, device, mutations, now, fast=False)


def _apply_batch(
    engine: Engine, device: AuthenticatedDevice, mutations: list[Mutation], now: int, fast: bool
) -> PushOutcome:
    with write_transaction(engine) as connection:
        station = lock_station(connection, device.station)
        device_row = connection.execute(
            select(devices.c.last_seq, devices.c.revoked_at)
            .where(devices.c.id == device.id)
            .with_for_update()
        ).one()
        if station is None or device_row.revoked_at is not None:
            raise ApiError(403, ErrorCode.DEVICE_REVOKED, "this device was revoked")
        officers = declared_roles(connection, device.id, device.station)
        writer = StationWriter(connection, station, defer_writes=fast)
        writer.prefetch([m.record_id for m in mutations])
        earlier = {
            row.mutation_id: row
            for row in connection.execute(
                select(applied_mutations).where(
                    applied_mutations.c.mutation_id.in_([m.mutation_id for m in mutations])
                )
            )
        }
        last_seq = device_row.last_seq
        results, outcomes = [], []
        in_batch: set[str] = set()
        for mutation in mutations:
            seen = earlier.get(mutation.mutation_id)
            if seen is not None:
                results.append(_result(mutation, "duplicate", seen.code, seen.reason))
                continue
            out_of_order = _out_of_order(mutation, last_seq, in_batch)
            if out_of_order:
                results.append(_result(mutation, "rejected", RejectCode.OUT_OF_ORDER, out_of_order))
                continue
            in_batch.add(mutation.mutation_id)
            if fast:
                result = _apply_checked(writer, device, officers, mutation, now)
            else:
                result = _apply_in_savepoint(writer, device, officers, mutation, now)
            outcomes.append(
                {
                    "mutation_id": mutation.mutation_id,
                    "device_id": device.id,
                    "device_seq": mutation.device_seq,
                    "record_id": mutation.record_id,
                    "outcome": result.outcome,
                    "code": result.code,
                    "reason": result.reason,
                    "applied_at": now,
                }
            )
            last_seq = mutation.device_seq
            results.append(result)
        try:
            writer.flush()
        except IntegrityError:
            raise _NeedsSavepoints from None
        if outcomes:
            connection.execute(insert(applied_mutations), outcomes)
        connection.execute(
            update(devices).where(devices.c.id == device.id).values(last_seq=last_seq)
        )
        writer.finish()
    return PushOutcome(results, last_seq)


def _out_of_order(mutation: Mutation, last_seq: int, in_batch: set[str]) -> str | None:
    """Why this new mutation cannot take its place in the device's sequence (None: it can)."""
    if mutation.device_seq <= last_seq:
        return f"device_seq {mutation.device_seq} is not above {last_seq}"
    if mutation.device_seq > last_seq + MAX_SEQ_STEP:
        return f"device_seq {mutation.device_seq} jumps more than {MAX_SEQ_STEP} past {last_seq}"
    if mutation.mutation_id in in_batch:
        return "the same mutation_id came twice in one batch"
    return None


def _result(
    mutation: Mutation, outcome: Outcome, code: str | None = None, reason: str | None = None
) -> MutationResult:
    return MutationResult(
        mutation_id=mutation.mutation_id,
        device_seq=mutation.device_seq,
        outcome=outcome,
        code=code,
        reason=reason,
    )


def _apply_checked(
    writer: StationWriter,
    device: AuthenticatedDevice,
    officers: Mapping[str, str],
    mutation: Mutation,
    now: int,
) -> MutationResult:
    """Apply without a savepoint: every refusal is raised before the mutation writes anything."""
    seq_before = writer.change_seq
    try:
        _apply(writer, device, officers, mutation, now)
    except Rejected as rejected:
        writer.change_seq = seq_before
        writer.add_conflicts(rejected.conflicts, now)
        return _result(mutation, "rejected", rejected.code, rejected.reason)
    except IntegrityError:
        raise _NeedsSavepoints from None
    return _result(mutation, "applied")


def _apply_in_savepoint(
    writer: StationWriter,
    device: AuthenticatedDevice,
    officers: Mapping[str, str],
    mutation: Mutation,
    now: int,
) -> MutationResult:
    seq_before = writer.change_seq
    try:
        with writer.connection.begin_nested():
            _apply(writer, device, officers, mutation, now)
    except Rejected as rejected:
        writer.change_seq = seq_before
        writer.forget(mutation.record_id)
        writer.add_conflicts(rejected.conflicts, now)
        return _result(mutation, "rejected", rejected.code, rejected.reason)
    except IntegrityError as clash:
        writer.change_seq = seq_before
        writer.forget(mutation.record_id)
        if "number" in str(clash.orig):
            return _result(mutation, "rejected", RejectCode.NUMBER_TAKEN, "number already used")
        return _result(
            mutation, "rejected", RejectCode.RECORD_EXISTS, "a record with this id already exists"
        )
    return _result(mutation, "applied")


def _apply(
    writer: StationWriter,
    device: AuthenticatedDevice,
    officers: Mapping[str, str],
    mutation: Mutation,
    now: int,
) -> None:
    """Apply one mutation of ``device``, whose declared officers (badge → role on the
    station's roster) are ``officers``."""
    check_mutation_clocks(mutation, device, now)
    check_envelope(mutation, device, officers, now)
    clock_now = utc_now()
    stored = writer.load(mutation.record_id)
    if mutation.op == "create":
        if stored is not None:
            raise Rejected(RejectCode.RECORD_EXISTS, "a record with this id already exists")
        stored = mutation_ops.create(mutation, device, clock_now)
        _number_from_block(writer, device, stored)
        assign_due_number(writer.connection, writer.code, stored.doc, clock_now)
        writer.save(stored, now)
        return
    if stored is None or stored.station != device.station:
        raise Rejected(RejectCode.UNKNOWN_RECORD, "no such record in this station")
    if stored.doc["type"] != mutation.record_type:
        raise Rejected(RejectCode.INVALID, "record_type does not match the stored record")
    if mutation.op == "update":
        changed, found = mutation_ops.update_fields(stored, mutation, clock_now)
        writer.add_conflicts(found, now)
        if changed:
            writer.save(stored, now)
        return
    if mutation.op == "transition":
        changed = mutation_ops.transition(stored, mutation, device)
        if changed:
            assign_due_number(writer.connection, writer.code, stored.doc, clock_now)
    else:
        changed = mutation_ops.add_statement(stored, mutation, device, clock_now)
    if changed:
        writer.save(stored, now)


def _number_from_block(
    writer: StationWriter, device: AuthenticatedDevice, stored: StoredRecord
) -> None:
    """A leased-block kind's number must lie in a block of the sending device. One issued before
    the device held a block comes with a provisional number only and is numbered here, from the
    station counter the blocks come from, so it can never collide with a block."""
    doc = stored.doc
    kind = kind_of(doc["type"])
    if kind.numbering.scheme is not NumberingScheme.LEASED_BLOCK:
        return
    if not doc["number"]:
        doc["number"] = next_station_challan_number(writer.station)
    elif not challan_number_is_leased(writer.connection, device.id, doc["number"]):
        raise Rejected(
            RejectCode.NUMBER_NOT_LEASED,
            f"the {kind.label} number is not in a block of this device",
        )
