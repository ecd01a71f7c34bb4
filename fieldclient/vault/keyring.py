"""The keyring file: who may open the vault, and how.

`keyring.json` sits beside the database. For each officer it holds the badge, the display name,
the Argon2id parameters, the officer's X25519 private key sealed under the password key, the public
key, the data key(s) sealed to that public key, and the wrong-password counter. Nothing in it is
record content and nothing in it opens the vault without a password.

During a rekey an officer entry holds two sealed data keys (new first, then old) so a power cut
between rewriting the database and rewriting this file never locks the station out.

The seal. Anyone who can write the data folder could add an officer entry with a public key of
their own; an unlock that then sealed the data key to every entry (finishing what looks like an
interrupted rekey, or removing an officer) would hand them the vault. So the officer list (badge,
name, public key, how many sealed data keys, whether the entry is confirmed) is sealed with an
HMAC under a key derived from the data key (`keywrap.keyring_seal`), one seal per data key that may
open the database (two during a rekey). An unlock checks it as soon as the data key is known and
before anything is resealed; an entry outside the seal never gets a key. The Argon2id parameters,
the sealed private key and the wrong-password counter are outside it: changing them can only stop
that officer from unlocking, which deleting the file does as well.

Each officer's role (`domain/roles.py`) is in the sealed view, so a role changed in the file is
refused like a ghost entry. An entry written before roles has none (read as `roles.DEFAULT_ROLE`)
and its sealed view has no role key, so a keyring sealed before roles still holds its seal.

The station recovery key (`recovery_key.py`) has an entry of its own: its public key and the data
key(s) sealed to it. Its public key is in the sealed view, so a planted recovery entry is refused
like a ghost officer; a keyring without one keeps the sealed view it always had.

A keyring from before the seal (format 1) is sealed at its first unlock. Only the unlocking
officer's entry can be proved genuine then (their box opened the data key that opens the database);
every other entry is kept but unconfirmed until that officer unlocks, and receives no new key in a
rekey until then. The vault remembers in its (encrypted) meta table that its keyring is sealed, so
a keyring stripped back to format 1 is refused.
"""

import hmac
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldclient.domain import roles
from fieldclient.vault import keywrap
from fieldclient.vault.atomic import write_atomically
from fieldclient.vault.errors import NotAVault, UnknownOfficer
from fieldclient.vault.keywrap import KdfParams

KEYRING_FORMAT = 2
UNSEALED_FORMAT = 1
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
    confirmed: bool = True  # False: carried over from an unsealed keyring, not yet proved genuine
    role: str | None = None  # None: an entry from before roles, read as roles.DEFAULT_ROLE

    @property
    def effective_role(self) -> str:
        return roles.role_of(self.role)

    def to_dict(self) -> dict[str, Any]:
        return {
            "badge": self.badge,
            "name": self.name,
            "kdf": self.kdf.to_dict(),
            "sealed_private_key": self.sealed_private_key.hex(),
            "public_key": self.public_key.hex(),
            "sealed_data_keys": [box.hex() for box in self.sealed_data_keys],
            "confirmed": self.confirmed,
            **({} if self.role is None else {"role": self.role}),
            "failed_attempts": self.failed_attempts,
            "last_failure_at": self.last_failure_at,
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> "OfficerEntry":
        return cls(
            badge=str(raw["badge"]),
            name=str(raw["name"]),
            kdf=KdfParams.from_dict(raw["kdf"]),
            sealed_private_key=bytes.fromhex(raw["sealed_private_key"]),
            public_key=bytes.fromhex(raw["public_key"]),
            sealed_data_keys=[bytes.fromhex(box) for box in raw["sealed_data_keys"]],
            failed_attempts=int(raw.get("failed_attempts", 0)),
            last_failure_at=float(raw.get("last_failure_at", 0.0)),
            confirmed=raw.get("confirmed", True) is True,
            role=_stored_role(raw.get("role")),
        )

    def sealed_view(self) -> dict[str, Any]:
        return {
            "badge": self.badge,
            "name": self.name,
            "public_key": self.public_key.hex(),
            "data_keys": len(self.sealed_data_keys),
            "confirmed": self.confirmed,
            # left out while None, so a keyring sealed before roles keeps the seal it has
            **({} if self.role is None else {"role": self.role}),
        }

    def throttle_wait(self, now: float) -> float:
        """Seconds to wait before another try: doubling after three wrong passwords."""
        if self.failed_attempts < THROTTLE_FREE_ATTEMPTS:
            return 0.0
        delay = min(2.0 ** (self.failed_attempts - THROTTLE_FREE_ATTEMPTS), THROTTLE_MAX_SECONDS)
        return max(0.0, self.last_failure_at + delay - now)


@dataclass
class RecoveryEntry:
    """The station recovery key's side of the keyring: no password, no name, no counter."""

    public_key: bytes
    sealed_data_keys: list[bytes]

    def to_dict(self) -> dict[str, Any]:
        return {
            "public_key": self.public_key.hex(),
            "sealed_data_keys": [box.hex() for box in self.sealed_data_keys],
        }

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> "RecoveryEntry":
        return cls(
            public_key=bytes.fromhex(raw["public_key"]),
            sealed_data_keys=[bytes.fromhex(box) for box in raw["sealed_data_keys"]],
        )

    def sealed_view(self) -> dict[str, Any]:
        return {"public_key": self.public_key.hex(), "data_keys": len(self.sealed_data_keys)}


@dataclass
class Keyring:
    path: Path
    vault_id: str
    officers: dict[str, OfficerEntry] = field(default_factory=dict)
    seals: list[bytes] = field(default_factory=list)  # empty: an unsealed (format 1) keyring
    recovery: RecoveryEntry | None = None  # the station recovery key, once one was made

    @classmethod
    def load(cls, path: Path) -> "Keyring":
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") not in (UNSEALED_FORMAT, KEYRING_FORMAT):
                raise ValueError("unknown keyring format")
            officers = [OfficerEntry.from_dict(entry) for entry in raw["officers"]]
            seals = [bytes.fromhex(seal) for seal in raw.get("seals", [])]
            if (raw["format"] == KEYRING_FORMAT) != bool(seals):
                raise ValueError("a sealed keyring without seals, or seals in an unsealed one")
            recovery = raw.get("recovery")
            return cls(
                path,
                str(raw["vault_id"]),
                {o.badge: o for o in officers},
                seals,
                None if recovery is None else RecoveryEntry.from_dict(recovery),
            )
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            raise NotAVault(
                f"The keyring {path.name} in {path.parent} is unreadable or damaged; "
                "restore the data folder from a backup."
            ) from exc

    @property
    def is_sealed(self) -> bool:
        return bool(self.seals)

    def save(self) -> None:
        payload = {
            "format": KEYRING_FORMAT if self.is_sealed else UNSEALED_FORMAT,
            "vault_id": self.vault_id,
            "officers": [entry.to_dict() for entry in self.officers.values()],
        }
        if self.recovery is not None:
            payload["recovery"] = self.recovery.to_dict()
        if self.is_sealed:
            payload["seals"] = [seal.hex() for seal in self.seals]
        write_atomically(self.path, json.dumps(payload, indent=1).encode("utf-8"))

    def reseal(self, data_keys: list[bytes]) -> None:
        """Seal the officer list as it is now, for each data key that may open the database."""
        view = self._sealed_view()
        self.seals = [keywrap.keyring_seal(key, self.vault_id, view) for key in data_keys]

    def seal_holds(self, data_key: bytes) -> bool:
        """True when one of the seals was made with ``data_key`` over the officer list as it is."""
        expected = keywrap.keyring_seal(data_key, self.vault_id, self._sealed_view())
        return any(hmac.compare_digest(expected, seal) for seal in self.seals)

    def _sealed_view(self) -> bytes:
        entries = [self.officers[badge].sealed_view() for badge in sorted(self.officers)]
        view: dict[str, Any] = {"vault_id": self.vault_id, "officers": entries}
        if self.recovery is not None:
            view["recovery"] = self.recovery.sealed_view()
        return json.dumps(view, sort_keys=True, separators=(",", ":")).encode("utf-8")

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


def _stored_role(raw: object) -> str | None:
    if raw is None:
        return None
    if not roles.is_role(raw):
        raise ValueError("an officer's role is not one of the roles")
    assert isinstance(raw, str)
    return raw
