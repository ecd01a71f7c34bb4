"""Pull: a page of the station's changes after a cursor, built as JSON from the stored text.

Records are stored as canonical JSON; a page is the stored text joined into the response, so a
large initial pull streams at the speed of the database. A client that asks for compact clocks
(``PullRequest.compact_clocks``) gets each record re-encoded with them (``sync.protocol.compact``).
The page is read in one snapshot (REPEATABLE READ on PostgreSQL, a read transaction on SQLite).
"""

from __future__ import annotations

import json

from sqlalchemy import BigInteger, Engine, literal, select

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.compact import compact_record_json
from sync.protocol.fingerprint import canonical_json
from sync.protocol.messages import (
    DeviceKey,
    OfficerDeclaration,
    PullRequest,
    device_keys_digest,
    officer_roles_digest,
)
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import read_transaction, single_read
from sync.server.db.tables import challan_blocks, conflicts, devices, records
from sync.server.services.officers import held_officers


def pull_page(
    engine: Engine, device: AuthenticatedDevice, request: PullRequest, max_page: int, now: int
) -> bytes:
    """The ``PullResponse`` JSON for one page."""
    if _nothing_new(device, request):
        return _idle_page(engine, device, request, now)
    limit = min(request.limit, max_page)
    with read_transaction(engine) as connection:
        rows = connection.execute(
            select(records.c.doc, records.c.change_seq)
            .where(records.c.station == device.station)
            .where(records.c.change_seq > request.cursor)
            .order_by(records.c.change_seq)
            .limit(limit + 1)
        ).all()
        has_more = len(rows) > limit
        rows = rows[:limit]
        conflict_query = (
            select(conflicts)
            .where(conflicts.c.station == device.station)
            .where(conflicts.c.change_seq > request.cursor)
            .order_by(conflicts.c.change_seq)
        )
        if has_more:
            conflict_query = conflict_query.where(conflicts.c.change_seq <= rows[-1].change_seq)
        found_conflicts = [
            {
                "id": row.id,
                "record_id": row.record_id,
                "field": row.field,
                "winner": json.loads(row.winner),
                "loser": json.loads(row.loser),
                "detected_at": row.detected_at,
                "change_seq": row.change_seq,
            }
            for row in connection.execute(conflict_query)
        ]
        blocks = [
            {"block_id": row.id, "prefix": row.prefix, "start": row.start, "end": row.end}
            for row in connection.execute(
                select(challan_blocks)
                .where(challan_blocks.c.device_id == device.id)
                # A 64-bit comparison: block ids are 32-bit, a request's blocks_after may not be.
                .where(challan_blocks.c.id > literal(request.blocks_after, BigInteger))
                .order_by(challan_blocks.c.id)
            )
        ]
        keys, officer_roles = _asked_keys_and_roles(connection, device, request)
    next_cursor = max(
        [request.cursor]
        + [row.change_seq for row in rows]
        + [conflict["change_seq"] for conflict in found_conflicts]
    )
    head = {
        "protocol_version": PROTOCOL_VERSION,
        "server_time": now,
        "next_cursor": next_cursor,
        "has_more": has_more,
        "conflicts": found_conflicts,
        "challan_blocks": blocks,
    }
    _add_keys_and_roles(head, request, keys, officer_roles)
    opening = canonical_json(head)[:-1].encode()
    if request.compact_clocks:
        docs = b",".join([compact_record_json(row.doc) for row in rows])
    else:
        docs = ",".join(row.doc for row in rows).encode()
    return b'%s,"records":[%s]}' % (opening, docs)


def _nothing_new(device: AuthenticatedDevice, request: PullRequest) -> bool:
    """Whether the station had no change after the cursor and the device no challan block after
    ``blocks_after`` when the request was authenticated (``AuthenticatedDevice.station_seq``).

    Records and conflicts take their ``change_seq`` from the station's counter, which a push
    stores in the same transaction, so a counter at or below the cursor means nothing to send:
    the answer is the one a page read at that moment gives."""
    return (
        device.station_seq is not None
        and device.last_block is not None
        and device.station_seq <= request.cursor
        and device.last_block <= request.blocks_after
    )


def _idle_page(
    engine: Engine, device: AuthenticatedDevice, request: PullRequest, now: int
) -> bytes:
    """The page of a pull with nothing new (an idle sync): the station's device keys and the
    device's officers' roles are read only when the device sent a digest of its own, and only
    sent when they differ (a role set on the server changes no record)."""
    head: dict[str, object] = {
        "protocol_version": PROTOCOL_VERSION,
        "server_time": now,
        "next_cursor": request.cursor,
        "has_more": False,
        "conflicts": [],
        "challan_blocks": [],
    }
    if request.device_keys_digest is not None or request.officer_roles_digest is not None:
        with single_read(engine) as connection:  # each statement consistent on its own
            keys, officer_roles = _asked_keys_and_roles(connection, device, request)
        _add_keys_and_roles(head, request, keys, officer_roles)
    return canonical_json(head)[:-1].encode() + b',"records":[]}'


def _asked_keys_and_roles(  # type: ignore[no-untyped-def]
    connection, device: AuthenticatedDevice, request: PullRequest
) -> tuple[list[DeviceKey] | None, list[OfficerDeclaration] | None]:
    """The station's device keys and the device's officers' roles, each read only when the
    device sent a digest of its own to compare (None: not asked, not read)."""
    keys = (
        _station_keys(connection, device.station)
        if request.device_keys_digest is not None
        else None
    )
    officer_roles = (
        held_officers(connection, device.id, device.station)
        if request.officer_roles_digest is not None
        else None
    )
    return keys, officer_roles


def _add_keys_and_roles(
    head: dict[str, object],
    request: PullRequest,
    keys: list[DeviceKey] | None,
    officer_roles: list[OfficerDeclaration] | None,
) -> None:
    """The station's device keys and the device's officers' roles, each only when the device
    sent a digest of its own (None: not read) and it differs."""
    if keys is not None:
        digest = device_keys_digest(keys)
        if digest != request.device_keys_digest:
            head["device_keys"] = [key.model_dump() for key in keys]
            head["device_keys_digest"] = digest
    if officer_roles is not None:
        digest = officer_roles_digest(officer_roles)
        if digest != request.officer_roles_digest:
            head["officer_roles"] = [o.model_dump(exclude_none=True) for o in officer_roles]
            head["officer_roles_digest"] = digest


def _station_keys(connection, station: str) -> list[DeviceKey]:  # type: ignore[no-untyped-def]
    """Every device ever enrolled at the station, revoked ones with the time of revocation."""
    rows = connection.execute(
        select(devices.c.id, devices.c.public_key, devices.c.revoked_at).where(
            devices.c.station == station
        )
    )
    return [
        DeviceKey(device_id=r.id, public_key=r.public_key, revoked_at=r.revoked_at) for r in rows
    ]
