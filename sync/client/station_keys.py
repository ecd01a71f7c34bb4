"""The station's device public keys (and revocations) as the server last sent them with a pull.

Kept in vault meta so documents printed by any device of the station verify offline. The digest
the server computed is kept too and sent with each pull: the server resends the keys only when
its list differs (``PullRequest.device_keys_digest``).
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import DEVICE_KEYS, DEVICE_KEYS_DIGEST, VaultWriter


@dataclass(frozen=True)
class StationDeviceKey:
    device_id: str
    public_key: str  # base64 of the 32 raw bytes
    revoked_at: int | None

    def key(self) -> Ed25519PublicKey:
        return Ed25519PublicKey.from_public_bytes(base64.b64decode(self.public_key))


def store_device_keys(vault: Vault, keys: list[StationDeviceKey], digest: str) -> None:
    """Replace the held list (caller holds the transaction)."""
    held = [
        {"device_id": k.device_id, "public_key": k.public_key, "revoked_at": k.revoked_at}
        for k in keys
    ]
    VaultWriter(vault).save_sync_state({DEVICE_KEYS: json.dumps(held), DEVICE_KEYS_DIGEST: digest})


def held_device_keys(vault: Vault) -> list[StationDeviceKey]:
    raw = json.loads(vault.get_meta(DEVICE_KEYS) or "[]")
    return [
        StationDeviceKey(str(k["device_id"]), str(k["public_key"]), k.get("revoked_at"))
        for k in raw
    ]


def held_digest(vault: Vault) -> str:
    return vault.get_meta(DEVICE_KEYS_DIGEST) or ""
