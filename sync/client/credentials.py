"""The device's sync identity and sync state, kept in the encrypted vault's meta table.

The Ed25519 private key is made on the device at enrollment and never leaves the vault (SQLCipher
encrypts the meta table like every other). The server certificate's SHA-256 fingerprint is pinned
at enrollment for an https server.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import (
    BLOCK_REQUEST_ID,
    BLOCKS_AFTER,
    CERT_SHA256,
    CLOCK_OFFSET_MS,
    CURSOR,
    ENROLL_KEY,
    LAST_SYNC,
    NUMBER_CODE,
    PRIVATE_KEY,
    PULL_PAGE,
    PUSH_BATCH,
    SERVER_PUBLIC_KEY,
    SERVER_URL,
    STATION,
    VERIFIED_CURSOR,
    VaultWriter,
)
from sync.client.errors import NotEnrolled
from sync.protocol.signing import BadKey, load_public_key

__all__ = [
    "BLOCKS_AFTER",
    "BLOCK_REQUEST_ID",
    "CLOCK_OFFSET_MS",
    "CURSOR",
    "ENROLL_KEY",
    "LAST_SYNC",
    "NUMBER_CODE",
    "PULL_PAGE",
    "PUSH_BATCH",
    "SERVER_PUBLIC_KEY",
    "SERVER_URL",
    "VERIFIED_CURSOR",
    "Enrollment",
    "int_meta",
    "is_enrolled",
    "load_enrollment",
    "store_enrollment",
]


@dataclass(frozen=True)
class Enrollment:
    server_url: str
    device_id: str
    private_key: Ed25519PrivateKey
    station_code: str
    station_name: str
    cert_sha256: str | None
    server_key: Ed25519PublicKey | None = None
    """Signs the server's pull and status answers; from the enrollment answer."""


def private_key_text(private_key: Ed25519PrivateKey) -> str:
    raw = private_key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def store_enrollment(vault: Vault, enrollment: Enrollment, station_district: str) -> None:
    """Write the enrollment (caller holds the transaction)."""
    station = {
        "code": enrollment.station_code,
        "name": enrollment.station_name,
        "district": station_district,
    }
    VaultWriter(vault).save_sync_state(
        {
            SERVER_URL: enrollment.server_url,
            PRIVATE_KEY: private_key_text(enrollment.private_key),
            STATION: json.dumps(station),
            CERT_SHA256: enrollment.cert_sha256 or "",
            CURSOR: "0",
            BLOCKS_AFTER: "0",
            ENROLL_KEY: None,
            SERVER_PUBLIC_KEY: _public_key_text(enrollment.server_key),
        }
    )


def is_enrolled(vault: Vault) -> bool:
    return bool(vault.get_meta(PRIVATE_KEY))


def load_enrollment(vault: Vault) -> Enrollment:
    key_text = vault.get_meta(PRIVATE_KEY)
    url = vault.get_meta(SERVER_URL)
    if not key_text or not url:
        raise NotEnrolled
    station = json.loads(vault.get_meta(STATION) or "{}")
    return Enrollment(
        server_url=url,
        device_id=vault.device_id,
        private_key=_private_key(key_text),
        station_code=str(station.get("code", "")),
        station_name=str(station.get("name", "")),
        cert_sha256=vault.get_meta(CERT_SHA256) or None,
        server_key=server_key(vault),
    )


def server_key(vault: Vault) -> Ed25519PublicKey | None:
    """The server's public key kept from enrollment, or None (not enrolled, or enrolled before
    the server signed its answers)."""
    text = vault.get_meta(SERVER_PUBLIC_KEY)
    if not text:
        return None
    try:
        return load_public_key(text)
    except BadKey:
        return None


def _public_key_text(key: Ed25519PublicKey | None) -> str | None:
    if key is None:
        return None
    return base64.b64encode(key.public_bytes(Encoding.Raw, PublicFormat.Raw)).decode("ascii")


def enrollment_key(writer: VaultWriter) -> Ed25519PrivateKey:
    """The key for enrolling this device: the one kept by an earlier attempt whose answer never
    came, or a new one, stored (committed) before it is first sent."""
    kept = writer.vault.get_meta(ENROLL_KEY)
    if kept:
        return _private_key(kept)
    private_key = Ed25519PrivateKey.generate()
    with writer.transaction():
        writer.save_sync_state({ENROLL_KEY: private_key_text(private_key)})
    return private_key


def _private_key(text: str) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(base64.b64decode(text))


def int_meta(vault: Vault, key: str) -> int:
    value = vault.get_meta(key) or "0"
    return int(value) if value.lstrip("-").isdigit() else 0
