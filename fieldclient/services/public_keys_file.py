"""A copy of the PUBLIC document keys outside the vault, so a document verifies without login.

The keys that check a document (the server's and the station's devices', with revocations) live
in the encrypted vault. The unlock screen and ``fieldclient verify`` have no password, so every
unlock and every sync writes them to ``document_keys.json`` in the data folder (0600 in the 0700
folder): public keys only, nothing secret. The file carries an HMAC-SHA256 under a random key
kept inside the vault (meta ``documents.keys_mac_key``): at every unlock the file is checked
before it is rewritten, and a file changed outside the app (keys swapped to make a forged
document pass) is reported to the officer and in the audit log. Without the password nothing
on disk can be checked against someone who can write the data folder, so a verdict given
without login names the time the keys were copied and the server key's fingerprint (to compare
with the administrator's), and an officer who signs in re-checks the file.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldclient.domain.documents.trust import DeviceKey, KeySet
from fieldclient.domain.documents.verification import Verdict, verify_qr_text
from fieldclient.services.document_scan import qr_texts_in_file
from fieldclient.services.trusted_keys import vault_trusted_keys
from fieldclient.vault.private_files import FILE_MODE
from fieldclient.vault.vault import Vault

PUBLIC_KEYS_FILE = "document_keys.json"
MAC_KEY_META = "documents.keys_mac_key"
FORMAT = 1


class NoPublicKeys(Exception):
    """No readable copy of the public keys: an officer has to sign in once (or sync)."""


@dataclass(frozen=True)
class PublicKeyCopy:
    keys: KeySet
    station: str
    written_at: str  # ISO 8601, UTC

    @property
    def server_fingerprint(self) -> str | None:
        """SHA-256 of the server's raw public key, the first 16 hex digits, or None."""
        if self.keys.server is None:
            return None
        return hashlib.sha256(self.keys.server.public_bytes_raw()).hexdigest()[:16]


def refresh_public_keys(vault: Vault) -> bool:
    """Check the copy (if any) and rewrite it from the vault; True when the copy found had been
    changed outside the app (audited)."""
    swapped = _copy_was_changed(vault)
    if swapped:
        with vault.transaction():
            vault.audit("documents.public_keys_changed", None, {"file": PUBLIC_KEYS_FILE})
    write_public_keys(vault)
    return swapped


def write_public_keys(vault: Vault) -> None:
    keys = vault_trusted_keys(vault)
    body: dict[str, Any] = {
        "format": FORMAT,
        "station": vault.station,
        "written_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "server": keys.server.public_bytes_raw().hex() if keys.server else None,
        "devices": [
            {
                "device_id": key.device_id,
                "public_key": key.public_key.public_bytes_raw().hex(),
                "revoked_at": key.revoked_at,
            }
            for key in sorted(keys.devices.values(), key=lambda key: key.device_id)
        ],
    }
    body["mac"] = _mac(_mac_key(vault), body)
    target = vault.data_dir / PUBLIC_KEYS_FILE
    temporary = target.with_suffix(".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    with os.fdopen(descriptor, "w", encoding="utf-8") as out:
        json.dump(body, out, indent=1, sort_keys=True)
    os.replace(temporary, target)


def read_public_keys(data_dir: Path) -> PublicKeyCopy:
    """The copy as written (its MAC is checked at the next unlock, not here: no password)."""
    try:
        body = json.loads((data_dir / PUBLIC_KEYS_FILE).read_text(encoding="utf-8"))
        if body.get("format") != FORMAT:
            raise ValueError("unknown format")
        server = body.get("server")
        devices = {
            entry["device_id"]: DeviceKey(
                entry["device_id"],
                Ed25519PublicKey.from_public_bytes(bytes.fromhex(entry["public_key"])),
                entry.get("revoked_at"),
            )
            for entry in body["devices"]
        }
        keys = KeySet(
            server=Ed25519PublicKey.from_public_bytes(bytes.fromhex(server)) if server else None,
            devices=devices,
        )
        return PublicKeyCopy(keys, str(body["station"]), str(body["written_at"]))
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as problem:
        raise NoPublicKeys(
            f"No readable copy of the document keys in {data_dir}: an officer must sign in "
            "once on this computer."
        ) from problem


def verify_file_without_login(data_dir: Path, path: Path) -> tuple[list[Verdict], PublicKeyCopy]:
    """A verdict for each document code in the file, with the keys copied outside the vault."""
    copy = read_public_keys(data_dir)
    return [verify_qr_text(text, copy.keys) for text in qr_texts_in_file(path)], copy


def _copy_was_changed(vault: Vault) -> bool:
    path = vault.data_dir / PUBLIC_KEYS_FILE
    stored_key = vault.get_meta(MAC_KEY_META)
    if not stored_key or not path.exists():
        return False
    try:
        body = json.loads(path.read_text(encoding="utf-8"))
        claimed = body.pop("mac")
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return True
    return not hmac.compare_digest(str(claimed), _mac(bytes.fromhex(stored_key), body))


def _mac_key(vault: Vault) -> bytes:
    stored = vault.get_meta(MAC_KEY_META)
    if stored:
        return bytes.fromhex(stored)
    made = secrets.token_bytes(32)
    with vault.transaction():
        vault.set_meta(MAC_KEY_META, made.hex())
    return made


def _mac(key: bytes, body: dict[str, Any]) -> str:
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()
