"""Official numbers: FIR annual serials per station, challan number blocks per device.

FIR numbers come from ``fir_counters`` (station, year) in the transaction that first stores the
FIR as registered, under the station lock, so two server processes can never hand out one
serial twice (and ``uq_records_station_number`` would refuse it if they tried). The number is
``fieldclient.domain.records.fir.official_number``: ``"{station}-{year}-{serial:04d}"``. A station
moving from a paper register starts at ``fir_start`` in the year it was added.

Challan blocks come from the station's ``next_challan`` counter, so the numbers
``CH-{station}-{n:07d}`` are unique across every device of every station.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import Connection, Engine, insert, select, update

from fieldclient.domain.records.fir import official_number
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import ChallanBlock, format_challan_number
from sync.server.core.errors import ApiError
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import lock_station, write_transaction
from sync.server.db.tables import challan_blocks, fir_counters, stations

PAKISTAN = timezone(timedelta(hours=5))


def challan_prefix(station_code: str) -> str:
    return f"CH-{station_code}"


NEW_YEAR_GRACE = timedelta(hours=72)
"""How long into a new year an FIR the device registered on 31 December keeps that year."""


def registration_year(registered_at: str | None, now: datetime) -> int:
    """The year of an FIR's official number: the server's own year (Pakistan time) when it first
    stores the FIR as registered. What the device says moves it in one case only: an FIR
    registered offline on 31 December (the device's registration time, in Pakistan time)
    that reaches the server within ``NEW_YEAR_GRACE`` of midnight keeps the old year, as the
    paper register would have. Nothing else a device sends can put a number into another year.
    """
    local_now = now.astimezone(PAKISTAN)
    year = local_now.year
    if local_now - datetime(year, 1, 1, tzinfo=PAKISTAN) >= NEW_YEAR_GRACE:
        return year
    try:
        stated = datetime.fromisoformat(registered_at or "")
    except ValueError:
        return year
    if stated.tzinfo is None:
        return year
    if stated.astimezone(PAKISTAN).date() == date(year - 1, 12, 31):
        return year - 1
    return year


def next_fir_number(connection: Connection, station: dict[str, Any], year: int) -> str:
    key = (fir_counters.c.station == station["code"]) & (fir_counters.c.year == year)
    serial = connection.execute(select(fir_counters.c.next_serial).where(key)).scalar()
    if serial is None:
        serial = station["fir_start"] if year == station["fir_start_year"] else 1
        connection.execute(
            insert(fir_counters).values(station=station["code"], year=year, next_serial=serial + 1)
        )
    else:
        connection.execute(update(fir_counters).where(key).values(next_serial=serial + 1))
    return official_number(station["code"], year, serial)


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
