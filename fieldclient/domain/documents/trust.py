"""The public keys a verifier trusts: the server's and the station's devices'.

`TrustedKeys` is what verification asks; the client's implementation reads the keys it holds
in its vault (`fieldclient.services.trusted_keys`), so a document verifies offline.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey


@dataclass(frozen=True)
class DeviceKey:
    device_id: str
    public_key: Ed25519PublicKey
    revoked_at: int | None = None  # Unix ms when the server revoked the device


class TrustedKeys(Protocol):
    def server_key(self) -> Ed25519PublicKey | None:
        """The central server's document-signing key, or None if this PC does not hold it."""
        ...

    def device_key(self, device_id: str) -> DeviceKey | None:
        """The enrolled device's key (revoked or not), or None if this PC does not know it."""
        ...


@dataclass(frozen=True)
class KeySet:
    """A fixed set of trusted keys (what the vault holds, or what a test gives)."""

    server: Ed25519PublicKey | None
    devices: dict[str, DeviceKey]

    def server_key(self) -> Ed25519PublicKey | None:
        return self.server

    def device_key(self, device_id: str) -> DeviceKey | None:
        return self.devices.get(device_id)
