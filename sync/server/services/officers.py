"""The officers of each station and which device declared which (issue 12.10).

A device declares the officers who sign in on it (``POST /v1/officers``); every mutation it pushes
must name one of them, and so must the records' ``created_by`` and history and statement
``by``. The station's roster (``officers``, one row per badge) is the server's list of the
station's officers, for roles later (issue 17). A station's roster is ``open`` (a badge a device
declares joins it, recorded with that device) or ``closed`` (the administrator adds officers with
``fieldsync-server add-officer``; a device may declare only those, else 403 ``unknown_officer``).
The roster keeps the name it first got: a device declaring a known badge under another name
does not rename that officer. Declarations only add: an officer removed from a vault may still
have changes waiting to be pushed.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from sync.protocol.errors import ErrorCode
from sync.protocol.messages import OfficerDeclaration
from sync.server.core.errors import ApiError
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import lock_station, write_transaction
from sync.server.db.tables import device_officers, officers, stations
from sync.server.services.enrollment import AdminError

ROSTERS = ("open", "closed")
ADMIN = "admin"


def declare_officers(
    engine: Engine,
    device: AuthenticatedDevice,
    declared: Sequence[OfficerDeclaration],
    now: int,
) -> list[OfficerDeclaration]:
    """Record the device's officers; returns all it has declared, with the roster's names."""
    with write_transaction(engine) as connection:
        station = lock_station(connection, device.station)
        if station is None:
            raise ApiError(403, ErrorCode.DEVICE_REVOKED, "the device's station no longer exists")
        roster = _roster(connection, device.station)
        unknown = sorted({o.badge for o in declared} - roster.keys())
        if unknown and station["roster"] == "closed":
            raise ApiError(
                403,
                ErrorCode.UNKNOWN_OFFICER,
                f"not officers of station {device.station}: {', '.join(unknown)}; "
                "ask the administrator to add them",
            )
        new_names = {o.badge: o.name for o in declared if o.badge in unknown}
        if new_names:
            connection.execute(
                insert(officers),
                [
                    {"station": device.station, "badge": badge, "name": name}
                    | {"added_by": device.id, "added_at": now}
                    for badge, name in new_names.items()
                ],
            )
            roster.update(new_names)
        mine = declared_badges(connection, device.id)
        fresh = sorted({o.badge for o in declared} - mine)
        if fresh:
            connection.execute(
                insert(device_officers),
                [{"device_id": device.id, "badge": b, "declared_at": now} for b in fresh],
            )
        return [
            OfficerDeclaration(badge=badge, name=roster[badge]) for badge in sorted(mine | {*fresh})
        ]


def declared_badges(connection: Connection, device_id: str) -> frozenset[str]:
    return frozenset(
        connection.execute(
            select(device_officers.c.badge).where(device_officers.c.device_id == device_id)
        ).scalars()
    )


def _roster(connection: Connection, station: str) -> dict[str, str]:
    rows = connection.execute(
        select(officers.c.badge, officers.c.name).where(officers.c.station == station)
    )
    return {row.badge: row.name for row in rows}


def add_officer(engine: Engine, station: str, badge: str, name: str, now: int) -> None:
    """The administrator puts an officer on a station's roster."""
    try:
        OfficerDeclaration(badge=badge, name=name)
    except ValueError as invalid:
        raise AdminError(f"badge and name must be one line of text: {invalid}") from None
    try:
        with write_transaction(engine) as connection:
            if lock_station(connection, station) is None:
                raise AdminError(f"no station {station}; add it first")
            connection.execute(
                insert(officers).values(
                    station=station, badge=badge, name=name, added_by=ADMIN, added_at=now
                )
            )
    except IntegrityError:
        raise AdminError(f"officer {badge} is already on the roster of {station}") from None


def set_roster(engine: Engine, station: str, roster: str) -> None:
    if roster not in ROSTERS:
        raise AdminError(f"the roster is {' or '.join(ROSTERS)}")
    with write_transaction(engine) as connection:
        changed = connection.execute(
            update(stations).where(stations.c.code == station).values(roster=roster)
        )
        if changed.rowcount != 1:
            raise AdminError(f"no station {station}")
