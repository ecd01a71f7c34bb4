"""Official numbers: a kind's server-assigned numbers from per-station counters, challan blocks.

A kind numbered by the server (``Numbering.due_on_server``, e.g. an FIR once registered) draws
the next serial of a named station counter (``counters``: ``"fir/2026"``, a daily diary's
``"diary/2026-11-22"``) in the transaction that stores the record, under the station lock, so two
server processes can never hand out one serial twice (and ``uq_records_station_number`` would
refuse it if they tried). A counter starts at 1, or where ``add_station`` set it (a station moving
from a paper register continues its serials).

Challan blocks come from the station's ``next_challan`` counter, so the numbers
``CH-{station}-{n:07d}`` are unique across every device of every station.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from fieldclient.domain.records import kind_of
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import ChallanBlock, format_challan_number
from sync.server.core.errors import ApiError
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import lock_station, write_transaction
from sync.server.db.tables import challan_blocks, counters, stations


def challan_prefix(station_code: str) -> str:
    return f"CH-{station_code}"


def assign_due_number(
    connection: Connection, station_code: str, doc: dict[str, Any], now: datetime
) -> None:
    """Give a record just stored (new, or a status changed) the number its kind says is due."""
    due = kind_of(doc["type"]).numbering.due_on_server(station_code, doc, now)
    if due is not None:
        doc["number"] = due.number(next_serial(connection, station_code, due.counter))


def next_serial(connection: Connection, station_code: str, counter: str) -> int:
    """The next value of a station counter (the caller holds the station lock)."""
    key = (counters.c.station == station_code) & (counters.c.name == counter)
    serial = connection.execute(select(counters.c.next_value).where(key)).scalar()
    if serial is None:
        serial = 1
        connection.execute(
            insert(counters).values(station=station_code, name=counter, next_value=serial + 1)
        )
    else:
        connection.execute(update(counters).where(key).values(next_value=serial + 1))
    return serial


def next_station_challan_number(station: dict[str, Any]) -> str:
    """One number from the station's challan counter, for a challan issued without a block.

    The caller holds the station lock and stores the counter with `StationWriter.finish`; the
    number can never be in a block, since blocks come from the same counter.
    """
    serial = station["next_challan"]
    station["next_challan"] = serial + 1
    return format_challan_number(challan_prefix(station["code"]), serial)


def lease_challan_block(
    engine: Engine,
    device: AuthenticatedDevice,
    request_id: str,
    size: int,
    now: int,
) -> ChallanBlock:
    """A new block for this device, or the block an earlier try of ``request_id`` leased."""
    with write_transaction(engine) as connection:
        station = lock_station(connection, device.station)
        if station is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "the device's station no longer exists")
        earlier = connection.execute(
            select(challan_blocks).where(challan_blocks.c.request_id == request_id)
        ).first()
        if earlier is not None:
            if earlier.device_id != device.id:
                raise ApiError(
                    422, ErrorCode.INVALID_REQUEST, "request_id was used by another device"
                )
            return _block(earlier._mapping)
        start = station["next_challan"]
        values = {
            "station": device.station,
            "device_id": device.id,
            "request_id": request_id,
            "prefix": challan_prefix(device.station),
            "start": start,
            "end": start + size - 1,
            "leased_at": now,
        }
        block_id = connection.execute(insert(challan_blocks).values(**values)).inserted_primary_key
        assert block_id is not None  # a single-row insert always has one
        connection.execute(
            update(stations)
            .where(stations.c.code == device.station)
            .values(next_challan=start + size)
        )
        return _block({"id": block_id[0], **values})


def _block(row: Any) -> ChallanBlock:
    return ChallanBlock(
        block_id=row["id"], prefix=row["prefix"], start=row["start"], end=row["end"]
    )


def challan_number_is_leased(connection: Connection, device_id: str, number: str) -> bool:
    """True when ``number`` lies in a block leased to this device."""
    prefix, _, serial_text = number.rpartition("-")
    if not serial_text.isdigit() or format_challan_number(prefix, int(serial_text)) != number:
        return False
    serial = int(serial_text)
    leased = connection.execute(
        select(challan_blocks.c.id)
        .where(challan_blocks.c.device_id == device_id)
        .where(challan_blocks.c.prefix == prefix)
        .where(challan_blocks.c.start <= serial)
        .where(challan_blocks.c.end >= serial)
        .limit(1)
    ).first()
    return leased is not None
