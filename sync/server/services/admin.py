"""Administrator actions on records: the central check's verdict, a status only the server sets
(a tenant record verified or flagged by the criminal-record check)."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine, select

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.records import KINDS, kind_of
from sync.protocol.messages import Mutation
from sync.server.core.clock import utc_now
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import lock_station, write_transaction
from sync.server.db.tables import records
from sync.server.services.enrollment import AdminError
from sync.server.services.mutation_ops import Rejected, transition
from sync.server.services.numbering import assign_due_number
from sync.server.services.record_store import StationWriter

SERVER_DEVICE = "server"
CENTRAL_CHECK = "central-check"


def server_set_statuses() -> list[str]:
    """The statuses some kind reaches only by a server transition."""
    return sorted({to for kind in KINDS.values() for _, to in kind.server_only})


def set_status_by_server(
    engine: Engine, record_id: str, status: str, reason: str | None, now: int
) -> str:
    """Record the verdict as a server transition; devices of the station receive it by pull.
    Returns the record's kind label, for the administrator's confirmation."""
    with write_transaction(engine) as connection:
        station_code = connection.execute(
            select(records.c.station).where(records.c.id == record_id)
        ).scalar()
        if station_code is None:
            raise AdminError(f"no record {record_id}")
        writer = StationWriter(connection, lock_station(connection, station_code) or {})
        stored = writer.load(record_id)
        if stored is None:
            raise AdminError(f"no record {record_id}")
        kind = kind_of(stored.doc["type"])
        if all(to != status for _, to in kind.server_only):
            raise AdminError(f"a {kind.label} never gets the status {status} from the server")
        clock = HybridLogicalClock(SERVER_DEVICE)
        for seen in stored.doc["clocks"].values():
            clock.receive(seen)
        hlc = clock.now()
        at = utc_now().isoformat(timespec="seconds")
        verdict = Mutation(
            mutation_id=uuid.uuid4().hex,
            device_seq=1,
            record_id=record_id,
            record_type=kind.name,
            op="transition",
            hlc=hlc,
            officer=CENTRAL_CHECK,
            at=at,
            entry={
                "id": uuid.uuid4().hex,
                "at": at,
                "by": CENTRAL_CHECK,
                "from": stored.doc["status"],
                "to": status,
                "reason": reason,
                "hlc": hlc,
                "device": SERVER_DEVICE,
            },
        )
        server = AuthenticatedDevice(id=SERVER_DEVICE, station=station_code)
        try:
            transition(stored, verdict, server, actor="server")
        except Rejected as refused:
            raise AdminError(refused.reason) from None
        assign_due_number(connection, station_code, stored.doc, utc_now())
        writer.save(stored, now)
        writer.finish()
    return kind.label
