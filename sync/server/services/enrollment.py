"""Stations, one-time enrollment codes, device enrollment and revocation.

Codes are stored as SHA-256 hashes (a database dump does not reveal a usable code). Enrolling
spends the code and binds the device id and its Ed25519 public key to the code's station in one
transaction; a second device with the same code finds it spent.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.exc import IntegrityError

from fieldclient.domain.records import KINDS
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import EnrollRequest, StationInfo
from sync.server.core.errors import ApiError
from sync.server.db.engine import write_transaction
from sync.server.db.tables import counters, devices, enroll_codes, stations

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


def enroll(engine: Engine, request: EnrollRequest, now: int) -> StationInfo:
    refused = ApiError(
        403,
        ErrorCode.INVALID_ENROLL_CODE,
        "this enrollment code is unknown, already used or expired; ask the administrator",
    )
    with write_transaction(engine) as connection:
        code = connection.execute(
            select(enroll_codes).where(enroll_codes.c.code_hash == _hash_code(request.code))
        ).first()
        if code is None or code.used_at is not None or code.expires_at < now:
            raise refused
        if connection.execute(
            select(devices.c.id).where(devices.c.id == request.device_id)
        ).first():
            raise ApiError(409, ErrorCode.DEVICE_EXISTS, "this device id is already enrolled")
        spent = connection.execute(
            update(enroll_codes)
            .where(enroll_codes.c.code_hash == code.code_hash)
            .where(enroll_codes.c.used_at.is_(None))
            .values(used_at=now, device_id=request.device_id)
        )
        if spent.rowcount != 1:
            raise refused
        connection.execute(
            insert(devices).values(
                id=request.device_id,
                station=code.station,
                public_key=request.public_key,
                name=request.device_name,
                enrolled_at=now,
                revoked_at=None,
                last_seq=0,
            )
        )
        station = connection.execute(select(stations).where(stations.c.code == code.station)).one()
    return StationInfo(code=station.code, name=station.name, district=station.district)


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
