"""The public keys this PC trusts for documents, read from the vault.

The station's device keys arrive with the pull (`sync.client.station_keys`); this device's own key
is derived from its private key, so its documents verify before the first pull; the server's
document key is read by `server_public_key`.
"""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from fieldclient.domain.documents.trust import DeviceKey, KeySet
from fieldclient.vault.vault import Vault
from sync.client import credentials, station_keys


def server_public_key(vault: Vault) -> Ed25519PublicKey | None:
    """The server's key from enrollment (vault meta ``sync.server_public_key``), or None."""
    return credentials.server_key(vault)


def vault_trusted_keys(vault: Vault) -> KeySet:
    devices = {
        held.device_id: DeviceKey(held.device_id, held.key(), held.revoked_at)
        for held in station_keys.held_device_keys(vault)
    }
    own = own_signing_key(vault)
    if own is not None and vault.device_id not in devices:
        devices[vault.device_id] = DeviceKey(vault.device_id, own.public_key())
    return KeySet(server=server_public_key(vault), devices=devices)


def own_signing_key(vault: Vault) -> Ed25519PrivateKey | None:
    """This device's Ed25519 key (made at enrollment), or None before the device is enrolled."""
    if not credentials.is_enrolled(vault):
        return None
    return credentials.load_enrollment(vault).private_key
