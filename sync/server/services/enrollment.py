"""Stations, one-time enrollment codes, device enrollment and revocation.

Codes are stored as SHA-256 hashes (a database dump does not reveal a usable code). Enrolling
spends the code and binds the device id and its Ed25519 public key to the code's station in one
transaction; a second device with the same code finds it spent, the same device and key sending
it again get the same answer.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import Connection, Engine, Row, insert, select, update
from sqlalchemy.exc import IntegrityError

from fieldclient.domain.records import KINDS
from fieldclient.domain.records.numbering import device_number_code
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import EnrollRequest, StationInfo
from sync.server.core.errors import ApiError
from sync.server.core.security import training_mismatch
from sync.server.db.engine import lock_station, write_transaction
from sync.server.db.tables import counters, devices, enroll_codes, stations
from sync.server.services.numbering import next_serial

_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class AdminError(Exception):
    """An administrator's command that cannot be carried out; the message says why."""


def _hash_code(code: str) -> str:
    normalised = code.strip().upper().replace("-", "").replace(" ", "")
    return hashlib.sha256(normalised.encode()).hexdigest()


def add_station(
    engine: Engine,
    code: str,
    name: str,
    district: str,
    now: int,
    first_numbers: Mapping[str, int] | None = None,
) -> None:
    """Add a police station. ``first_numbers`` maps a kind the server numbers to its first serial
    in the current period (``{"fir": 412}``: a station moving from a paper register continues it
    this year); every other counter starts at 1."""
    if not code or not code.replace("-", "").isalnum() or len(code) > 32:
        raise AdminError("the station code must be letters and digits (and -), at most 32")
    moment = datetime.fromtimestamp(now / 1000, UTC)
    starts = []
    for kind_name, first in (first_numbers or {}).items():
        if first < 1:
            raise AdminError(f"the first {kind_name} number must be 1 or more")
        counter = _current_counter(kind_name, code, moment)
        if first != 1:
            starts.append({"station": code, "name": counter, "next_value": first})
    try:
        with write_transaction(engine) as connection:
            connection.execute(
                insert(stations).values(
                    code=code,
                    name=name,
                    district=district,
                    change_seq=0,
                    next_challan=1,
                    created_at=now,
                )
            )
            if starts:
                connection.execute(insert(counters), starts)
    except IntegrityError:
        raise AdminError(f"station {code} already exists") from None


def _current_counter(kind_name: str, station: str, moment: datetime) -> str:
    """The counter a kind numbered by the server draws from now (``"fir/2026"``)."""
    kind = KINDS.get(kind_name)
    counter = kind.numbering.counter if kind is not None else None
    if counter is None:
        numbered = [k.name for k in KINDS.values() if k.numbering.counter is not None]
        raise AdminError(
            f"{kind_name!r} is not numbered by the server (these are: {', '.join(numbered)})"
        )
    return counter(station, None, moment).counter


def new_enroll_code(engine: Engine, station: str, now: int, valid_hours: int) -> str:
    """A fresh one-time code (shown once, stored hashed), e.g. ``K7QH-3MZP-WX2D``."""
    raw = "".join(secrets.choice(_CODE_ALPHABET) for _ in range(12))
    with write_transaction(engine) as connection:
        if (
            connection.execute(select(stations.c.code).where(stations.c.code == station)).first()
            is None
        ):
            raise AdminError(f"no station {station}; add it first")
        connection.execute(
            insert(enroll_codes).values(
                code_hash=_hash_code(raw),
                station=station,
                created_at=now,
                expires_at=now + valid_hours * 3_600_000,
            )
        )
    return "-".join(raw[i : i + 4] for i in range(0, 12, 4))


def enroll(
    engine: Engine, request: EnrollRequest, now: int, *, training_server: bool = False
) -> StationInfo:
    """Spend the code and bind the device id and key to its station.

    Idempotent: the same device id and key sending the same code again (its first answer was
    lost) gets the same answer, even after the code expired. A device id an administrator
    released (``release_device``) may be enrolled again, with a new code of the same station.
    A practice vault's request on a production server, or a real one's on a training server,
    is refused before the code is spent; the device is marked ``training`` as its vault is.
    """
    if request.training != training_server:
        raise training_mismatch(training_server)
    refused = ApiError(
        403,
        ErrorCode.INVALID_ENROLL_CODE,
        "this enrollment code is unknown, already used or expired; ask the administrator",
    )
    with write_transaction(engine) as connection:
        code = connection.execute(
            select(enroll_codes).where(enroll_codes.c.code_hash == _hash_code(request.code))
        ).first()
        if code is None:
            raise refused
        device = connection.execute(
            select(devices).where(devices.c.id == request.device_id)
        ).first()
        if code.used_at is not None:
            if not _spent_by(code, device, request):
                raise refused
        else:
            if code.expires_at < now:
                raise refused
            if device is not None and device.released_at is None:
                raise ApiError(409, ErrorCode.DEVICE_EXISTS, "this device id is already enrolled")
            if device is not None and device.station != code.station:
                raise ApiError(
                    409,
                    ErrorCode.DEVICE_EXISTS,
                    "this device id belongs to another station; ask for a code of that station",
                )
            spent = connection.execute(
                update(enroll_codes)
                .where(enroll_codes.c.code_hash == code.code_hash)
                .where(enroll_codes.c.used_at.is_(None))
                .values(used_at=now, device_id=request.device_id)
            )
            if spent.rowcount != 1:
                raise refused
            _bind_device(connection, request, code.station, now, again=device is not None)
        station = connection.execute(select(stations).where(stations.c.code == code.station)).one()
    return StationInfo(code=station.code, name=station.name, district=station.district)


def _spent_by(code: Row, device: Row | None, request: EnrollRequest) -> bool:
    """True when the spent ``code`` enrolled this very device id and key, still enrolled."""
    return (
        code.device_id == request.device_id
        and device is not None
        and device.public_key == request.public_key
        and device.station == code.station
        and device.revoked_at is None
    )


DEVICE_CODE_COUNTER = "device_code"


def _bind_device(
    connection: Connection, request: EnrollRequest, station: str, now: int, *, again: bool
) -> None:
    values = {
        "station": station,
        "public_key": request.public_key,
        "name": request.device_name,
        "enrolled_at": now,
        "revoked_at": None,
        "released_at": None,
        "training": request.training,
    }
    lock_station(connection, station)  # the counter below is drawn one enrollment at a time
    if again:  # a released id: its device_seq and number code go on
        kept = connection.execute(
            select(devices.c.number_code).where(devices.c.id == request.device_id)
        ).scalar()
        values["number_code"] = kept or _new_number_code(connection, station)
        connection.execute(update(devices).where(devices.c.id == request.device_id).values(values))
    else:
        values["number_code"] = _new_number_code(connection, station)
        connection.execute(insert(devices).values(id=request.device_id, last_seq=0, **values))


def _new_number_code(connection: Connection, station: str) -> str:
    return device_number_code(next_serial(connection, station, DEVICE_CODE_COUNTER))


def number_code_of(engine: Engine, device_id: str) -> str | None:
    """The device's number code (for its enrollment answer), or None."""
    with engine.connect() as connection:
        return connection.execute(
            select(devices.c.number_code).where(devices.c.id == device_id)
        ).scalar()


def release_device(engine: Engine, device_id: str, now: int) -> None:
    """Let the station enroll ``device_id`` again (a device that lost its enrollment answer and
    key, or a PC reinstalled from its vault backup). Until then the id is revoked: the old key
    signs nothing more."""
    with write_transaction(engine) as connection:
        device = connection.execute(select(devices).where(devices.c.id == device_id)).first()
        if device is None:
            raise AdminError(f"no device {device_id}")
        if device.released_at is not None:
            raise AdminError(f"device {device_id} is already released")
        connection.execute(
            update(devices)
            .where(devices.c.id == device_id)
            .values(released_at=now, revoked_at=device.revoked_at or now)
        )


def revoke_device(engine: Engine, device_id: str, now: int) -> None:
    with write_transaction(engine) as connection:
        changed = connection.execute(
            update(devices)
            .where(devices.c.id == device_id)
            .where(devices.c.revoked_at.is_(None))
            .values(revoked_at=now)
        )
        if changed.rowcount != 1:
            known = connection.execute(
                select(devices.c.id).where(devices.c.id == device_id)
            ).first()
            raise AdminError(
                f"device {device_id} is already revoked" if known else f"no device {device_id}"
            )
