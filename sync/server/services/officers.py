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

Roles (issue 17.4, ``fieldclient/domain/roles.py``): each roster row has the officer's ``role``
(NULL: ``roles.DEFAULT_ROLE``), which the push checks every change against (``envelope_checks``).
The administrator sets it (``add-officer --role``, ``set-role``), and a role the administrator
set is never changed by a device. A device declares the roles its keyring holds; the server
takes a declared role only where it cannot give an officer more than the server already allows
(``roles.raises``), so a device, even one sending crafted requests, never raises a role:

* ``closed`` roster: declared roles are never taken.
* ``open`` roster: a declared role that gives no more than the one held (a demotion, or a
  Moharrir, clerk, warden or trainee for a new badge, read against ``DEFAULT_ROLE``) is taken,
  the latest declaration winning, except that the station's last SHO is never lowered by a
  declaration (held like a raise). One exception, for the first officer of a new station (a
  vault's first officer is its SHO, who sets the others' roles): while the station's roster has
  no SHO and no role the administrator set, a declaration that names an SHO is taken whole. So
  the first SHO a station's devices declare is taken; any later one needs the administrator;
  and since the last SHO cannot be lowered by a device, a crafted declaration cannot empty the
  station of SHOs to claim the role again. A station that cannot trust its first device has the
  administrator set its SHO first, or keeps a closed roster.
* A declared role that would give more is held: the officer keeps the role the server holds (a
  new badge: none named, so ``DEFAULT_ROLE``, what every officer did before roles) and the
  declared one waits in ``role_requested`` for the administrator (``fieldsync-server officers``
  lists it, ``set-role`` decides it). The answer names it (``OfficerDeclaration.requested``),
  and the device tells its officers so (File ▸ Officers).

Every device learns the roles of its officers as the server holds them at each sync: the pull
answer carries them when their digest changed (``officer_roles``), so a demotion made here
reaches the officer's devices, which stop offering what the role no longer allows.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Connection, Engine, and_, insert, select, update
from sqlalchemy.exc import IntegrityError

from fieldclient.domain import roles
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
        _take_declared_roles(connection, device, declared, station["roster"] == "open")
        mine = declared_badges(connection, device.id)
        fresh = sorted({o.badge for o in declared} - mine)
        if fresh:
            connection.execute(
                insert(device_officers),
                [{"device_id": device.id, "badge": b, "declared_at": now} for b in fresh],
            )
        # roles only to a client that declares them: an older one refuses a field it does not know
        if not any(officer.role is not None for officer in declared):
            return [OfficerDeclaration(badge=b, name=roster[b]) for b in sorted(mine | {*fresh})]
        return held_officers(connection, device.id, device.station)


def _take_declared_roles(
    connection: Connection,
    device: AuthenticatedDevice,
    declared: Sequence[OfficerDeclaration],
    is_open: bool,
) -> None:
    """Take, hold or ignore each declared role (the module's docstring says which)."""
    wanted = {officer.badge: officer.role for officer in declared if officer.role is not None}
    if not wanted:
        return
    rows = {
        row.badge: row
        for row in connection.execute(
            select(officers.c.badge, officers.c.role, officers.c.role_by, officers.c.role_requested)
            .where(officers.c.station == device.station)
            .where(officers.c.badge.in_(sorted(wanted)))
        )
    }
    shos = _shos(connection, device) if is_open else set()
    first = (
        is_open
        and roles.SHO in wanted.values()
        and not shos
        and not _admin_set_any(connection, device)
    )
    for badge, role in sorted(wanted.items()):
        row = rows[badge]
        by_admin = row.role_by == ADMIN
        last_sho = row.role == roles.SHO and not shos - {badge}
        values: dict[str, str | None]
        if roles.role_of(row.role) == role:
            values = {"role_requested": None}
        elif (
            is_open
            and not by_admin
            and (first or not roles.raises(row.role, role))
            and not (last_sho and role != roles.SHO)
        ):
            values = {"role": role, "role_by": device.id, "role_requested": None}
            shos.discard(badge)
            if role == roles.SHO:
                shos.add(badge)
        else:
            values = {"role_requested": role}
        if any(getattr(row, key) != value for key, value in values.items()):
            connection.execute(
                update(officers)
                .where(officers.c.station == device.station, officers.c.badge == badge)
                .values(values)
            )


def _shos(connection: Connection, device: AuthenticatedDevice) -> set[str]:
    return set(
        connection.execute(
            select(officers.c.badge).where(
                officers.c.station == device.station, officers.c.role == roles.SHO
            )
        ).scalars()
    )


def _admin_set_any(connection: Connection, device: AuthenticatedDevice) -> bool:
    found = connection.execute(
        select(officers.c.badge)
        .where(officers.c.station == device.station, officers.c.role_by == ADMIN)
        .limit(1)
    ).first()
    return found is not None


def held_officers(connection: Connection, device_id: str, station: str) -> list[OfficerDeclaration]:
    """The officers ``device_id`` declared, as the station's roster holds them: name, role (none
    named: ``DEFAULT_ROLE``) and any declared role waiting for the administrator."""
    rows = connection.execute(
        select(officers.c.badge, officers.c.name, officers.c.role, officers.c.role_requested)
        .select_from(device_officers)
        .join(
            officers,
            and_(officers.c.station == station, officers.c.badge == device_officers.c.badge),
        )
        .where(device_officers.c.device_id == device_id)
        .order_by(officers.c.badge)
    )
    return [
        OfficerDeclaration(
            badge=row.badge,
            name=row.name,
            role=roles.role_of(row.role),  # type: ignore[arg-type]
            requested=row.role_requested,
        )
        for row in rows
    ]


def declared_badges(connection: Connection, device_id: str) -> frozenset[str]:
    return frozenset(
        connection.execute(
            select(device_officers.c.badge).where(device_officers.c.device_id == device_id)
        ).scalars()
    )


def declared_roles(connection: Connection, device_id: str, station: str) -> dict[str, str]:
    """The badges ``device_id`` declared → each one's role on the station's roster."""
    rows = connection.execute(
        select(device_officers.c.badge, officers.c.role)
        .select_from(device_officers)
        .outerjoin(
            officers,
            and_(officers.c.station == station, officers.c.badge == device_officers.c.badge),
        )
        .where(device_officers.c.device_id == device_id)
    )
    return {row.badge: roles.role_of(row.role) for row in rows}


def _roster(connection: Connection, station: str) -> dict[str, str]:
    rows = connection.execute(
        select(officers.c.badge, officers.c.name).where(officers.c.station == station)
    )
    return {row.badge: row.name for row in rows}


def add_officer(
    engine: Engine, station: str, badge: str, name: str, now: int, role: str | None = None
) -> None:
    """The administrator puts an officer on a station's roster (with a role: see ``set_role``)."""
    _check_role(role)
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
                    station=station,
                    badge=badge,
                    name=name,
                    added_by=ADMIN,
                    added_at=now,
                    role=role,
                    role_by=None if role is None else ADMIN,
                )
            )
    except IntegrityError:
        raise AdminError(f"officer {badge} is already on the roster of {station}") from None


def set_role(engine: Engine, station: str, badge: str, role: str) -> None:
    """The administrator sets an officer's role; no device's declaration changes it after."""
    _check_role(role)
    with write_transaction(engine) as connection:
        changed = connection.execute(
            update(officers)
            .where(officers.c.station == station, officers.c.badge == badge)
            .values(role=role, role_by=ADMIN, role_requested=None)
        )
        if changed.rowcount != 1:
            raise AdminError(f"no officer {badge} on the roster of {station}; add-officer first")


def roster_listing(engine: Engine, station: str) -> list[tuple[str, str, str, str | None]]:
    """A station's roster for its administrator: badge, name, role, and the role a device
    declared that waits for ``set-role`` (None: none)."""
    with engine.connect() as connection:
        if (
            connection.execute(select(stations.c.code).where(stations.c.code == station)).first()
            is None
        ):
            raise AdminError(f"no station {station}")
        rows = connection.execute(
            select(officers.c.badge, officers.c.name, officers.c.role, officers.c.role_requested)
            .where(officers.c.station == station)
            .order_by(officers.c.badge)
        )
        return [(r.badge, r.name, roles.role_of(r.role), r.role_requested) for r in rows]


def _check_role(role: str | None) -> None:
    if role is not None and not roles.is_role(role):
        raise AdminError(f"the role is one of {', '.join(roles.ROLES)}")


def set_roster(engine: Engine, station: str, roster: str) -> None:
    if roster not in ROSTERS:
        raise AdminError(f"the roster is {' or '.join(ROSTERS)}")
    with write_transaction(engine) as connection:
        changed = connection.execute(
            update(stations).where(stations.c.code == station).values(roster=roster)
        )
        if changed.rowcount != 1:
            raise AdminError(f"no station {station}")
