"""What the device's station holds: counts per type and a digest for a consistency check."""

from __future__ import annotations

from sqlalchemy import Engine, func, select

from sync.protocol.fingerprint import station_digest
from sync.protocol.messages import StationInfo, StatusResponse
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import read_transaction
from sync.server.db.tables import devices, records, stations


def station_status(engine: Engine, device: AuthenticatedDevice, now: int) -> StatusResponse:
    with read_transaction(engine) as connection:
        station = connection.execute(
            select(stations).where(stations.c.code == device.station)
        ).one()
        last_seq = connection.execute(
            select(devices.c.last_seq).where(devices.c.id == device.id)
        ).scalar_one()
        counts = {
            row.type: row.number
            for row in connection.execute(
                select(records.c.type, func.count().label("number"))
                .where(records.c.station == device.station)
                .group_by(records.c.type)
            )
        }
        digest = station_digest(
            (row.id, row.fingerprint)
            for row in connection.execute(
                select(records.c.id, records.c.fingerprint).where(
                    records.c.station == device.station
                )
            )
        )
    return StatusResponse(
        server_time=now,
        device_id=device.id,
        station=StationInfo(code=station.code, name=station.name, district=station.district),
        last_applied_seq=last_seq,
        change_seq=station.change_seq,
        counts=counts,
        digest=digest,
    )
