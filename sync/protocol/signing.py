"""Ed25519 request signatures, used by both ends.

The device signs::

    METHOD \\n PATH?QUERY \\n TIMESTAMP \\n NONCE \\n hex(SHA-256(body exactly as sent))

(the body after gzip, so the server verifies before decompressing anything) and sends the
signature in ``X-Signature`` with ``X-Device-Id``, ``X-Timestamp`` (Unix milliseconds) and
``X-Nonce`` (16 random bytes, hex). The server accepts a timestamp within ``SKEW_WINDOW_MS`` of its
own clock and each nonce once per device.
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
