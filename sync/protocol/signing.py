"""Ed25519 request signatures, used by both ends.

The device signs::

    METHOD \\n PATH?QUERY \\n TIMESTAMP \\n NONCE \\n hex(SHA-256(body exactly as sent))

(the body after gzip, so the server verifies before decompressing anything) and sends the
signature in ``X-Signature`` with ``X-Device-Id``, ``X-Timestamp`` (Unix milliseconds) and
``X-Nonce`` (16 random bytes, hex). The server accepts a timestamp within ``SKEW_WINDOW_MS`` of its
own clock and each nonce once per device.

The server signs its answers to ``/v1/pull`` and ``/v1/status`` with its own Ed25519 key (handed
to the device at enrollment), in ``X-Server-Signature``, over::

    fieldsync-answer-1 \n PATH \n DEVICE_ID \n REQUEST_NONCE \n CURSOR \n hex(SHA-256(body))

(the body as the route produced it, before any gzip on the wire; ``CURSOR`` empty for status).
The request's nonce ties the answer to one request: a page recorded on the path cannot be played
back to another device, another cursor, or the same request later.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import secrets
import time

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.protocol import PROTOCOL_VERSION

HEADER_DEVICE = "X-Device-Id"
HEADER_TIMESTAMP = "X-Timestamp"
HEADER_NONCE = "X-Nonce"
HEADER_SIGNATURE = "X-Signature"
HEADER_PROTOCOL = "X-Protocol-Version"
HEADER_SERVER_SIGNATURE = "X-Server-Signature"
SKEW_WINDOW_MS = 10 * 60 * 1000


class BadKey(ValueError):
    """A public key or signature that is not valid base64 of the right length."""


def generate_private_key() -> Ed25519PrivateKey:
    return Ed25519PrivateKey.generate()


def public_key_text(private_key: Ed25519PrivateKey) -> str:
    """The public key as sent at enrollment: base64 of the 32 raw bytes."""
    raw = private_key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def load_public_key(text: str) -> Ed25519PublicKey:
    try:
        raw = base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError):
        raise BadKey("public key is not base64") from None
    if len(raw) != 32:
        raise BadKey("public key must be 32 bytes (Ed25519)")
    return Ed25519PublicKey.from_public_bytes(raw)


def canonical_message(method: str, target: str, timestamp: str, nonce: str, body: bytes) -> bytes:
    """What is signed; ``target`` is the path with its query string (``/v1/pull?x=1``)."""
    body_hash = hashlib.sha256(body).hexdigest()
    return f"{method.upper()}\n{target}\n{timestamp}\n{nonce}\n{body_hash}".encode()


def sign_request(
    private_key: Ed25519PrivateKey,
    device_id: str,
    method: str,
    target: str,
    body: bytes = b"",
    *,
    timestamp_ms: int | None = None,
    nonce: str | None = None,
) -> dict[str, str]:
    """The authentication headers (and the protocol version header) for one request."""
    timestamp = str(timestamp_ms if timestamp_ms is not None else time.time_ns() // 1_000_000)
    nonce = nonce or secrets.token_hex(16)
    signature = private_key.sign(canonical_message(method, target, timestamp, nonce, body))
    return {
        HEADER_DEVICE: device_id,
        HEADER_TIMESTAMP: timestamp,
        HEADER_NONCE: nonce,
        HEADER_SIGNATURE: base64.b64encode(signature).decode("ascii"),
        HEADER_PROTOCOL: str(PROTOCOL_VERSION),
    }


def signature_is_valid(public_key: Ed25519PublicKey, signature_text: str, message: bytes) -> bool:
    try:
        signature = base64.b64decode(signature_text, validate=True)
        public_key.verify(signature, message)
    except (binascii.Error, ValueError, InvalidSignature):
        return False
    return True


def answer_message(path: str, device_id: str, nonce: str, cursor: int | None, body: bytes) -> bytes:
    """What the server signs in an answer (see the module docstring)."""
    body_hash = hashlib.sha256(body).hexdigest()
    shown_cursor = "" if cursor is None else str(cursor)
    return f"fieldsync-answer-1\n{path}\n{device_id}\n{nonce}\n{shown_cursor}\n{body_hash}".encode()


def sign_answer(
    private_key: Ed25519PrivateKey,
    path: str,
    device_id: str,
    nonce: str,
    cursor: int | None,
    body: bytes,
) -> str:
    """The ``X-Server-Signature`` value of an answer."""
    signature = private_key.sign(answer_message(path, device_id, nonce, cursor, body))
    return base64.b64encode(signature).decode("ascii")
