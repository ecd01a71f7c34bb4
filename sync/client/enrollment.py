"""Enrolling this device: a key pair made here, a one-time code, the station binding, the pin.

The device id is the vault's own ``device_id`` (it is already in every record and clock this vault
wrote). The key is kept in the vault before the request goes out (``credentials.enrollment_key``)
and the server answers the same device, key and code the same every time, so an enrollment whose
answer was lost is simply sent again, now or after a restart.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from fieldclient.vault.writer import VaultWriter
from sync.client import credentials
from sync.client.backoff import RetryPolicy, with_retries
from sync.client.credentials import Enrollment
from sync.client.errors import (
    BadServerResponse,
    EnrollProblem,
    EnrollRefused,
    FingerprintNotAccepted,
    ServerRefused,
    SyncError,
    TrainingRefused,
)
from sync.client.pinning import fetch_fingerprint, normalise_fingerprint
from sync.client.server_clock import ServerClock
from sync.client.transport import Transport
from sync.client.url_policy import require_secure
from sync.protocol.messages import (
    EnrollInfoResponse,
    EnrollRequest,
    EnrollResponse,
    StationInfo,
)
from sync.protocol.signing import BadKey, load_public_key, public_key_text

MAX_CODE_LENGTH = 64  # EnrollRequest.code


def check_server_url(url: str) -> str:
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
        _ = parts.port  # a port past 65535 or not a number raises here
        if host:
            host.encode("idna")
    except (ValueError, UnicodeError):  # "[::1" (IPv6 unclosed), a 64-letter label, …
        host = None
    if host is None or parts.scheme not in ("http", "https"):
        raise SyncError(
            f"The server address must look like https://host:port, not {url!r}.",
            problem=EnrollProblem.ADDRESS,
        )
    if parts.query or parts.fragment:
        raise SyncError(
            "The server address must not have a query or fragment.", problem=EnrollProblem.ADDRESS
        )
    require_secure(url.strip())
    return url.strip().rstrip("/")


def check_code(code: str) -> str:
    cleaned = code.strip()
    if not 1 <= len(cleaned) <= MAX_CODE_LENGTH:
        raise SyncError(
            f"The one-time code must be 1 to {MAX_CODE_LENGTH} characters, as the administrator "
            "gave it.",
            problem=EnrollProblem.CODE_FORMAT,
        )
    return cleaned


def enroll_device(
    writer: VaultWriter,
    url: str,
    code: str,
    clock: ServerClock,
    retry: RetryPolicy,
    *,
    fingerprint: str | None = None,
    accept_fingerprint: Callable[[str], bool] | None = None,
) -> Enrollment:
    """Enroll over https with the certificate ``fingerprint`` the administrator gave; without
    one, the certificate the server presents is shown to ``accept_fingerprint`` and pinned only
    if it says yes (no callback: refused, nothing sent)."""
    vault = writer.vault
    # A device enrolled before the server signed its answers may enroll again once released.
    if credentials.is_enrolled(vault) and credentials.server_key(vault) is not None:
        enrolled = credentials.load_enrollment(vault)
        raise SyncError(
            f"This device is already enrolled with {enrolled.server_url} for station "
            f"{enrolled.station_code}.",
            problem=EnrollProblem.ALREADY_ENROLLED,
        )
    url = check_server_url(url)
    code = check_code(code)
    pin = _pin_for(url, fingerprint, accept_fingerprint)
    transport = Transport(url, clock, cert_sha256=pin)
    try:
        if vault.practice:
            _require_training_server(transport, url)
        private_key = credentials.enrollment_key(writer)
        request = EnrollRequest(
            code=code,
            device_id=vault.device_id,
            public_key=public_key_text(private_key),
            device_name=socket.gethostname()[:100],
            training=vault.practice,
        )
        answer = with_retries(
            lambda: transport.call("POST", "/v1/enroll", EnrollResponse, request), retry
        )
    except EnrollRefused as refused:  # the administrator needs the id to release it
        raise EnrollRefused(
            f"{refused} (device id {vault.device_id})", problem=refused.problem
        ) from None
    finally:
        transport.close()
    if answer.device_id != request.device_id:
        raise BadServerResponse("the enrollment answer names another device")
    station = answer.station
    try:
        server_key = load_public_key(answer.server_public_key)
    except BadKey:
        raise BadServerResponse(
            "the enrollment answer's server key is not an Ed25519 key"
        ) from None
    enrollment = Enrollment(
        url, vault.device_id, private_key, station.code, station.name, pin, server_key
    )
    _bind_station(writer, enrollment, station, clock.offset_ms, answer.number_code)
    return enrollment


def _require_training_server(transport: Transport, url: str) -> None:
    """A practice vault asks first, sending nothing of its own, and stops unless the server
    says it is a training server (one that does not answer the question is not one)."""
    try:
        info = transport.call("GET", "/v1/enroll-info", EnrollInfoResponse)
        training = info.training
    except ServerRefused:
        training = False
    if not training:
        raise TrainingRefused(
            f"This is a practice (training mode) vault and {url} is not a training server, so "
            "it was not enrolled: practice records never go to a production server."
        )


def _pin_for(url: str, fingerprint: str | None, accept: Callable[[str], bool] | None) -> str | None:
    if urlsplit(url).scheme != "https":
        return None
    if fingerprint:
        try:
            return normalise_fingerprint(fingerprint)
        except ValueError as bad:
            raise SyncError(
                f"Certificate fingerprint: {bad}.", problem=EnrollProblem.FINGERPRINT_FORMAT
            ) from None
    presented = fetch_fingerprint(url)
    if accept is None or not accept(presented):
        raise FingerprintNotAccepted(presented)
    return presented


def _bind_station(
    writer: VaultWriter,
    enrollment: Enrollment,
    station: StationInfo,
    clock_offset_ms: int,
    number_code: str | None,
) -> None:
    """Store the enrollment and the server clock offset it measured (records made before the
    first sync are stamped with the server's time); a vault that holds records of another
    station is refused."""
    vault = writer.vault
    with writer.transaction():
        if station.code != vault.station:
            other = vault.conn.execute(
                "SELECT count(*) FROM records WHERE station != ?", (station.code,)
            ).fetchone()[0]
            if other:
                raise SyncError(
                    f"This vault holds records of station {vault.station} but the code enrolls "
                    f"it for station {station.code}; ask the administrator to revoke this device "
                    f"and issue a code for {vault.station}."
                )
            vault.set_meta("station", station.code)
        credentials.store_enrollment(vault, enrollment, station.district)
        writer.save_sync_state(
            {
                credentials.CLOCK_OFFSET_MS: str(clock_offset_ms),
                credentials.NUMBER_CODE: number_code,
            }
        )
        vault.audit(
            "sync.enroll",
            None,
            {"station": station.code, "server": urlsplit(enrollment.server_url).netloc},
        )
