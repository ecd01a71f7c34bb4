"""What the device's station holds: counts per type and a digest for a consistency check, read
from the digest kept per write (``station_digests``), not from the station's records."""

from __future__ import annotations

from sqlalchemy import Engine, select

from sync.protocol.messages import StationInfo, StatusResponse
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import read_transaction
from sync.server.db.tables import devices, stations
from sync.server.services.station_digest import stored_tally


def station_status(engine: Engine, device: AuthenticatedDevice, now: int) -> StatusResponse:
    with read_transaction(engine) as connection:
        station = connection.execute(
            select(stations).where(stations.c.code == device.station)
        ).one()
        last_seq = connection.execute(
            select(devices.c.last_seq).where(devices.c.id == device.id)
        ).scalar_one()
        held = stored_tally(connection, device.station)
    return StatusResponse(
        server_time=now,
        device_id=device.id,
        station=StationInfo(code=station.code, name=station.name, district=station.district),
        last_applied_seq=last_seq,
        change_seq=station.change_seq,
        counts=held.held_counts(),
        digest=held.digest(),
    )
