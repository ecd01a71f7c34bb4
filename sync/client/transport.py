"""HTTP to the sync server: signing, gzip, timeouts, pinning, and strict parsing of answers.

Every answer is parsed with the protocol's pydantic models (``extra="forbid"``; pull pages and
push answers through their msgspec mirror, ``sync.protocol.wire``); anything else is
a ``BadServerResponse`` that names what was wrong (field paths, never values). Error answers become
the ``SyncError`` that tells the officer what to do.

The server sends ``Content-Length`` with every answer. An answer without it that does not parse
was cut inside its headers (it reads as a status with an empty body): that is the link failing
(``LinkFailed``: retried, smaller), not the server refusing. A body shorter than its
``Content-Length`` fails in urllib3 and is a ``LinkFailed`` too.
"""

from __future__ import annotations

import gzip
import logging
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlsplit

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import BaseModel, ValidationError
from urllib3.exceptions import NewConnectionError

from sync.client.credentials import Enrollment
from sync.client.errors import (
    BadServerResponse,
    CertificateMismatch,
    DeviceRevoked,
    DeviceUnknown,
    EnrollProblem,
    EnrollRefused,
    LinkFailed,
    ServerRefused,
    ServerUnreachable,
    TrainingRefused,
    UpdateRequired,
)
from sync.client.pinning import PinnedAdapter
from sync.client.server_clock import ServerClock
from sync.client.url_policy import require_secure
from sync.protocol import PROTOCOL_VERSION, wire
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import ErrorResponse, Response
from sync.protocol.signing import (
    HEADER_NONCE,
    HEADER_PROTOCOL,
    HEADER_SERVER_SIGNATURE,
    answer_message,
    sign_request,
    signature_is_valid,
)

ResponseT = TypeVar("ResponseT", bound=Response)
log = logging.getLogger(__name__)

CONNECT_TIMEOUT = 10.0
READ_TIMEOUT = 60.0
MAX_RESPONSE_BYTES = 128 * 1024 * 1024
GZIP_LEVEL = 6
_ENROLL_CODES = {ErrorCode.INVALID_ENROLL_CODE, ErrorCode.DEVICE_EXISTS}


class _ClockSkew(Exception):
    """The server refused the timestamp; the offset is now corrected, so try once more."""


@dataclass(frozen=True)
class _Answer:
    status: int
    content: bytes
    length_declared: bool  # False: the headers were cut before Content-Length (see above)
    server_signature: str | None = None


@dataclass(frozen=True)
class SignedAnswer:
    """An answer that must carry the server's signature: ``key`` from enrollment, ``cursor``
    the pull request's (None for status)."""

    key: Ed25519PublicKey
    cursor: int | None = None


class Transport:
    def __init__(
        self,
        base_url: str,
        clock: ServerClock,
        *,
        cert_sha256: str | None = None,
        timeout: tuple[float, float] | None = None,
    ) -> None:
        require_secure(base_url)  # every sync, so a lab override is logged every time
        self.base_url = base_url.rstrip("/")
        self.clock = clock
        self.timeout = timeout or (CONNECT_TIMEOUT, READ_TIMEOUT)
        self.http = requests.Session()
        self.http.headers["User-Agent"] = f"fieldclient-sync/{PROTOCOL_VERSION}"
        # The pin replaces CA validation (see pinning.py). ``verify`` goes with every request:
        # a session-level False loses to REQUESTS_CA_BUNDLE in the environment.
        self.verify: bool | None = None
        if cert_sha256:
            self.http.mount("https://", PinnedAdapter(cert_sha256))
            self.verify = False

    def close(self) -> None:
        self.http.close()

    def call(
        self,
        method: str,
        path: str,
        response_model: type[ResponseT],
        message: BaseModel | None = None,
        *,
        signer: Enrollment | None = None,
        compress: bool = False,
        signed_answer: SignedAnswer | None = None,
    ) -> ResponseT:
        """One request; a clock-skew refusal is retried once with the corrected clock. With
        ``signed_answer``, an answer without the server's valid signature is refused
        (``BadServerResponse``) before it is parsed."""
        body = wire.encode(message) if message is not None else b""
        headers = {HEADER_PROTOCOL: str(PROTOCOL_VERSION)}
        if message is not None:
            headers["Content-Type"] = "application/json"
        if compress:
            body = gzip.compress(body, GZIP_LEVEL)
            headers["Content-Encoding"] = "gzip"
        try:
            return self._send(method, path, body, headers, response_model, signer, signed_answer)
        except _ClockSkew:
            pass
        try:
            return self._send(method, path, body, headers, response_model, signer, signed_answer)
        except _ClockSkew:
            raise ServerRefused(
                401, ErrorCode.CLOCK_SKEW, "the device clock is too far from the server's"
            ) from None

    def _send(
        self,
        method: str,
        path: str,
        body: bytes,
        headers: dict[str, str],
        response_model: type[ResponseT],
        signer: Enrollment | None,
        signed_answer: SignedAnswer | None = None,
    ) -> ResponseT:
        url = self.base_url + path
        if signer is not None:
            target = urlsplit(url).path
            headers = headers | sign_request(
                signer.private_key,
                signer.device_id,
                method,
                target,
                body,
                timestamp_ms=self.clock.now_ms(),
            )
        sent = self.clock.local_ms()
        exchanged = self._exchange(method, url, body, headers)
        received = self.clock.local_ms()
        if exchanged.status >= 400:
            raise self._failure(exchanged, sent, received)
        if signed_answer is not None and signer is not None:
            _check_server_signature(exchanged, signed_answer, url, signer.device_id, headers)
        try:
            answer = wire.decode(response_model, exchanged.content)
        except ValidationError as invalid:
            if not exchanged.length_declared:
                raise _cut_off(url) from None
            raise _refused(f"{path}: {_problems(invalid)}") from None
        if answer.protocol_version != PROTOCOL_VERSION:
            raise _refused(f"{path}: protocol version {answer.protocol_version}")
        self.clock.observe(answer.server_time, sent, received)
        return answer

    def _exchange(self, method: str, url: str, body: bytes, headers: dict[str, str]) -> _Answer:
        host = urlsplit(url).netloc
        try:
            with self.http.request(
                method,
                url,
                data=body or None,
                headers=headers,
                timeout=self.timeout,
                stream=True,
                verify=self.verify,
            ) as answer:
                declared = "content-length" in answer.headers
                signature = answer.headers.get(HEADER_SERVER_SIGNATURE)
                return _Answer(answer.status_code, _read_bounded(answer), declared, signature)
        except requests.exceptions.SSLError as failed:
            if "fingerprint" in str(failed).lower():
                log.warning("sync server %s presented an unpinned certificate", host)
                raise CertificateMismatch from None
            raise ServerUnreachable(
                f"Cannot open a secure connection to the sync server at {host}."
            ) from None
        except requests.exceptions.ConnectTimeout:
            raise ServerUnreachable(f"The sync server at {host} did not answer in time.") from None
        except requests.exceptions.Timeout:
            raise LinkFailed(f"The sync server at {host} did not answer in time.") from None
        except requests.exceptions.ConnectionError as failed:
            if _never_connected(failed):
                raise ServerUnreachable(
                    f"Cannot reach the sync server at {host} ({failed.__class__.__name__})."
                ) from None
            raise LinkFailed(
                f"Cannot reach the sync server at {host} ({failed.__class__.__name__})."
            ) from None
        except requests.exceptions.ChunkedEncodingError as failed:
            raise LinkFailed(
                f"The connection to the sync server at {host} broke during the answer "
                f"({failed.__class__.__name__})."
            ) from None
        except requests.exceptions.RequestException as failed:
            raise ServerUnreachable(
                f"Cannot reach the sync server at {host} ({failed.__class__.__name__})."
            ) from None

    def _failure(self, exchanged: _Answer, sent: int, received: int) -> Exception:
        status = exchanged.status
        try:
            error = ErrorResponse.model_validate_json(exchanged.content)
        except ValidationError:
            if not exchanged.length_declared:
                return _cut_off(self.base_url)
            if status >= 500 or status == 429:
                return ServerUnreachable(f"The sync server failed (HTTP {status}); try later.")
            log.warning("sync server answered HTTP %s without an error body", status)
            return ServerRefused(status, "http", "the answer was not a sync protocol message")
        self.clock.observe(error.server_time, sent, received)
        code = error.code
        log.info("sync server refused a request: HTTP %s %s", status, code)
        if status == 426 or code == ErrorCode.UNSUPPORTED_PROTOCOL:
            return UpdateRequired()
        if code == ErrorCode.DEVICE_REVOKED:
            return DeviceRevoked()
        if code == ErrorCode.CLOCK_SKEW:
            return _ClockSkew()
        if code == ErrorCode.UNAUTHENTICATED:
            return DeviceUnknown(error.message)
        if code == ErrorCode.TRAINING_MISMATCH:
            return TrainingRefused(f"The sync server refused this device: {error.message}.")
        if code in _ENROLL_CODES:
            problem = (
                EnrollProblem.CODE_NOT_VALID
                if code == ErrorCode.INVALID_ENROLL_CODE
                else EnrollProblem.DEVICE_EXISTS
            )
            return EnrollRefused(f"The enrollment was refused: {error.message}", problem=problem)
        if status >= 500 or status == 429:
            return ServerUnreachable(f"The sync server is busy or failed ({code}); try later.")
        return ServerRefused(status, code, error.message)


def _check_server_signature(
    exchanged: _Answer, expected: SignedAnswer, url: str, device_id: str, sent: dict[str, str]
) -> None:
    """Refuse an answer the server did not sign for this very request (device, nonce, cursor):
    a page injected on the path, or recorded and played back, changes nothing. An answer cut
    inside its headers (no ``Content-Length``) is the link failing, as in ``_send``."""
    path = urlsplit(url).path
    signature = exchanged.server_signature
    message = answer_message(
        path, device_id, sent[HEADER_NONCE], expected.cursor, exchanged.content
    )
    if signature and signature_is_valid(expected.key, signature, message):
        return
    if not exchanged.length_declared:
        raise _cut_off(url)
    if not signature:
        raise _refused(f"{path}: the answer is not signed by the server")
    raise _refused(f"{path}: the server's signature does not match this answer")


def _never_connected(failed: requests.exceptions.ConnectionError) -> bool:
    """True when no connection was made (refused, no route): not a matter of request size."""
    reason = getattr(failed.args[0], "reason", None) if failed.args else None
    return isinstance(reason, NewConnectionError)


def _read_bounded(answer: requests.Response) -> bytes:
    chunks: list[bytes] = []
    size = 0
    for chunk in answer.iter_content(64 * 1024):
        size += len(chunk)
        if size > MAX_RESPONSE_BYTES:
            raise _refused(f"answer larger than {MAX_RESPONSE_BYTES} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _problems(invalid: ValidationError) -> str:
    """Where a response failed its model: locations and error types, never the values."""
    details = invalid.errors(include_url=False, include_input=False)
    named = [f"{'.'.join(str(p) for p in d['loc']) or '(body)'} {d['type']}" for d in details[:5]]
    more = f" and {len(details) - 5} more" if len(details) > 5 else ""
    return ", ".join(named) + more


def _cut_off(url: str) -> LinkFailed:
    return LinkFailed(
        f"The answer from the sync server at {urlsplit(url).netloc} was cut off in its headers."
    )


def _refused(reason: str) -> BadServerResponse:
    return BadServerResponse(reason)
