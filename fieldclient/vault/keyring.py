"""The keyring file: who may open the vault, and how.

`keyring.json` sits beside the database. For each officer it holds the badge, the display name,
the Argon2id parameters, the officer's X25519 private key sealed under the password key, the public
key, the data key(s) sealed to that public key, and the wrong-password counter. Nothing in it is
record content and nothing in it opens the vault without a password.

During a rekey an officer entry holds two sealed data keys (new first, then old) so a power cut
between rewriting the database and rewriting this file never locks the station out.
"""

import json
import time
from dataclasses import dataclass, field
from pathlib import Path

from fieldclient.vault.atomic import write_atomically
from fieldclient.vault.errors import NotAVault, UnknownOfficer
from fieldclient.vault.keywrap import KdfParams

KEYRING_FORMAT = 1
THROTTLE_FREE_ATTEMPTS = 3
THROTTLE_MAX_SECONDS = 300.0


@dataclass
class OfficerEntry:
    badge: str
    name: str
    kdf: KdfParams
    sealed_private_key: bytes
    public_key: bytes
    sealed_data_keys: list[bytes]
    failed_attempts: int = 0
    last_failure_at: float = 0.0

    def to_dict(self) -> dict:
        return {
            "badge": self.badge,
            "name": self.name,
            "kdf": self.kdf.to_dict(),
            "sealed_private_key": self.sealed_private_key.hex(),
            "public_key": self.public_key.hex(),
            "sealed_data_keys": [box.hex() for box in self.sealed_data_keys],
            "failed_attempts": self.failed_attempts,
            "last_failure_at": self.last_failure_at,
        }

    @classmethod
    def from_dict(cls, raw: dict) -> "OfficerEntry":
        return cls(
            badge=str(raw["badge"]),
            name=str(raw["name"]),
            kdf=KdfParams.from_dict(raw["kdf"]),
            sealed_private_key=bytes.fromhex(raw["sealed_private_key"]),
            public_key=bytes.fromhex(raw["public_key"]),
            sealed_data_keys=[bytes.fromhex(box) for box in raw["sealed_data_keys"]],
            failed_attempts=int(raw.get("failed_attempts", 0)),
            last_failure_at=float(raw.get("last_failure_at", 0.0)),
        )

    def throttle_wait(self, now: float) -> float:
        """Seconds to wait before another try: doubling after three wrong passwords."""
        if self.failed_attempts < THROTTLE_FREE_ATTEMPTS:
            return 0.0
        delay = min(2.0 ** (self.failed_attempts - THROTTLE_FREE_ATTEMPTS), THROTTLE_MAX_SECONDS)
        return max(0.0, self.last_failure_at + delay - now)


@dataclass
class Keyring:
    path: Path
    vault_id: str
    officers: dict[str, OfficerEntry] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "Keyring":
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != KEYRING_FORMAT:
                raise ValueError("unknown keyring format")
            officers = [OfficerEntry.from_dict(entry) for entry in raw["officers"]]
            return cls(path, str(raw["vault_id"]), {o.badge: o for o in officers})
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise NotAVault(
                f"The keyring {path.name} in {path.parent} is unreadable or damaged; "
                "restore the data folder from a backup."
            ) from exc

    def save(self) -> None:
        payload = {
            "format": KEYRING_FORMAT,
            "vault_id": self.vault_id,
            "officers": [entry.to_dict() for entry in self.officers.values()],
        }
        write_atomically(self.path, json.dumps(payload, indent=1).encode("utf-8"))

    def officer(self, badge: str) -> OfficerEntry:
        try:
            return self.officers[badge]
        except KeyError:
            raise UnknownOfficer(
                f"No officer with badge {badge} is registered on this vault; "
                "ask an officer who is to add you."
            ) from None

    def record_failure(self, badge: str, now: float | None = None) -> None:
        entry = self.officer(badge)
        entry.failed_attempts += 1
        entry.last_failure_at = time.time() if now is None else now

    def clear_failures(self, badge: str) -> None:
        entry = self.officer(badge)
        entry.failed_attempts = 0
        entry.last_failure_at = 0.0
