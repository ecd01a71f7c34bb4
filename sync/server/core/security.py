"""Authentication of signed requests: signature, time window, one-time nonce, rate limit.

Nonces live in the database (not in process memory) so several server processes share them; a
nonce is kept until its timestamp leaves the window, then pruned. The rate limit counts the
nonces a device used in the last minute, so it holds across processes without another table.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import (
    BigInteger,
    Connection,
    Engine,
    String,
    bindparam,
    delete,
    func,
    insert,
    select,
)
from sqlalchemy.exc import IntegrityError

from sync.protocol import signing
from sync.protocol.errors import ErrorCode
from sync.server.core.clock import now_ms
from sync.server.core.config import Settings
from sync.server.core.errors import ApiError
from sync.server.db.engine import write_transaction
from sync.server.db.tables import challan_blocks, devices, nonces, stations

PRUNE_INTERVAL_MS = 60_000
RATE_WINDOW_MS = 60_000
# The shapes of the signed headers, checked before any of them is parsed or looked up.
_DEVICE_ID = re.compile(r"[0-9a-f]{32}")
_TIMESTAMP = re.compile(r"[0-9]{1,15}")
_NONCE = re.compile(r"[!-~]{16,64}")
_SIGNATURE = re.compile(r"[A-Za-z0-9+/=]{1,128}")


# The signing device, its station's change sequence and its newest challan block, in one query.
_DEVICE = (
    select(
        devices.c.station,
        devices.c.public_key,
        devices.c.revoked_at,
        devices.c.training,
        devices.c.number_code,
        stations.c.change_seq.label("station_seq"),
        select(func.max(challan_blocks.c.id))
        .where(challan_blocks.c.device_id == devices.c.id)
        .scalar_subquery()
        .label("last_block"),
    )
    .join(stations, stations.c.code == devices.c.station)
    .where(devices.c.id == bindparam("device_id"))
)
# The nonce, inserted only while the device has used fewer than its limit this minute.
_SPEND_NONCE = (
    insert(nonces)
    .from_select(
        ["device_id", "nonce", "received_at", "expires_at"],
        select(
            bindparam("device_id", type_=String),
            bindparam("nonce", type_=String),
            bindparam("received_at", type_=BigInteger),
            bindparam("expires_at", type_=BigInteger),
        ).where(
            select(func.count())
            .select_from(nonces)
            .where(nonces.c.device_id == bindparam("device_id"))
            .where(nonces.c.received_at > bindparam("since", type_=BigInteger))
            .scalar_subquery()
            < bindparam("limit", type_=BigInteger)
        ),
    )
    .execution_options(preserve_rowcount=True)
)


@dataclass(frozen=True)
class AuthenticatedDevice:
    id: str
    station: str
    training: bool = False  # enrolled from a practice vault (only on a training server)
    number_code: str | None = None  # the code of its short provisional numbers (P-A3-0042)
    # Read with the device when the request was authenticated (None: not known): the station's
    # change sequence and the id of the device's newest challan block. A pull after both has
    # nothing to send and is answered without another query (``services.pull``).
    station_seq: int | None = None
    last_block: int | None = None


def training_mismatch(training_server: bool) -> ApiError:
    """The refusal of a device from the other world (practice or real) than this server's."""
    if training_server:
        message = "this is a training server: only practice (training mode) vaults enroll here"
    else:
        message = (
            "this is a production server: a practice (training mode) vault never enrolls or "
            "syncs here"
        )
    return ApiError(403, ErrorCode.TRAINING_MISMATCH, message)


def _unauthenticated(message: str) -> ApiError:
    return ApiError(401, ErrorCode.UNAUTHENTICATED, message)


class RequestAuthenticator:
    def __init__(self, engine: Engine, settings: Settings) -> None:
        self._engine = engine
        self._settings = settings
        self._last_prune_ms = 0
        self._prune_lock = threading.Lock()

    def authenticate(
        self, method: str, target: str, headers: Mapping[str, str], body: bytes
    ) -> AuthenticatedDevice:
        names = (
            signing.HEADER_DEVICE,
            signing.HEADER_TIMESTAMP,
            signing.HEADER_NONCE,
            signing.HEADER_SIGNATURE,
        )
        device_id, timestamp, nonce, signature = (headers.get(name) for name in names)
        if not (device_id and timestamp and nonce and signature):
            raise _unauthenticated("this request is not signed; enroll the device first")
        shapes = (
            (_DEVICE_ID, device_id, signing.HEADER_DEVICE),
            (_TIMESTAMP, timestamp, signing.HEADER_TIMESTAMP),
            (_NONCE, nonce, signing.HEADER_NONCE),
            (_SIGNATURE, signature, signing.HEADER_SIGNATURE),
        )
        for shape, value, name in shapes:
            if not shape.fullmatch(value):
                raise _unauthenticated(f"malformed {name} header")
        now = now_ms()
        if abs(now - int(timestamp)) > signing.SKEW_WINDOW_MS:
            raise ApiError(
                401,
                ErrorCode.CLOCK_SKEW,
                "the device clock differs from the server's by more than 10 minutes; "
                "correct it with server_time and retry",
            )
        self._maybe_prune(now)
        # One checkout and one transaction: the device read, its nonce spent, one commit. On
        # SQLite the transaction takes the write lock at BEGIN, as every write does here.
        with write_transaction(self._engine) as connection:
            device = connection.execute(_DEVICE, {"device_id": device_id}).first()
            if device is None:
                raise _unauthenticated(
                    "unknown device; enroll it with a code from the administrator"
                )
            message = signing.canonical_message(method, target, timestamp, nonce, body)
            public_key = signing.load_public_key(device.public_key)
            if not signing.signature_is_valid(public_key, signature, message):
                raise _unauthenticated("the request signature does not match this device's key")
            if device.revoked_at is not None:
                raise ApiError(
                    403,
                    ErrorCode.DEVICE_REVOKED,
                    "this device was revoked by the administrator; it can no longer sync",
                )
            if bool(device.training) != self._settings.training:  # the server's mode changed
                raise training_mismatch(self._settings.training)
            self._spend_nonce(connection, device_id, nonce, int(timestamp), now)
        return AuthenticatedDevice(
            id=device_id,
            station=device.station,
            training=bool(device.training),
            number_code=device.number_code,
            station_seq=device.station_seq,
            last_block=device.last_block or 0,
        )

    def _spend_nonce(
        self, connection: Connection, device_id: str, nonce: str, timestamp: int, now: int
    ) -> None:
        """Record the nonce, unless the device used its rate limit this minute (429); a nonce
        already recorded is a replay (401). One statement: the count is the insert's condition.
        """
        try:
            inserted = connection.execute(
                _SPEND_NONCE,
                {
                    "device_id": device_id,
                    "nonce": nonce,
                    "received_at": now,
                    "expires_at": timestamp + signing.SKEW_WINDOW_MS + 60_000,
                    "since": now - RATE_WINDOW_MS,
                    "limit": self._settings.rate_limit_per_minute,
                },
            ).rowcount
        except IntegrityError:
            raise ApiError(
                401, ErrorCode.REPLAYED, "this request was already received (replayed nonce)"
            ) from None
        if inserted != 1:
            raise ApiError(
                429, ErrorCode.RATE_LIMITED, "too many requests; wait a minute and retry"
            )

    def _maybe_prune(self, now: int) -> None:
        with self._prune_lock:
            if now - self._last_prune_ms < PRUNE_INTERVAL_MS:
                return
            self._last_prune_ms = now
        with write_transaction(self._engine) as connection:
            connection.execute(delete(nonces).where(nonces.c.expires_at < now))
