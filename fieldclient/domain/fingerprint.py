"""Record fingerprints and the station digest, computed identically by client and server.

The fingerprint of a record is the SHA-256 of its canonical JSON (``Record.to_dict()``, sorted
keys, no whitespace, UTF-8). A record's term is the SHA-256 of ``"{record_id}:{fingerprint}"``
read as a 256-bit number, and the station digest is the sum of the terms of its records modulo
2^256, as 64 hex digits: two replicas holding the same records have the same digest, in any
order. A sum (not a hash over sorted lines) so that both ends keep it up to date per write, at a
cost that does not grow with the station: a new record adds its term, an edit takes the old term
away and adds the new one (`DigestTally`). A sum, not XOR, so two copies of one row do not
cancel. It finds damage and lost rows, not an adversary: the server's answers are signed.
Here in the domain because both ends store a record's fingerprint beside it when they write it
(the vault's ``records.fingerprint``, the server's ``records.fingerprint``); ``sync.protocol``
names it for the wire.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

MODULUS = 1 << 256


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_fingerprint(record: Mapping[str, Any]) -> str:
    return text_fingerprint(canonical_json(record))


def text_fingerprint(canonical_text: str) -> str:
    """The fingerprint of a record whose canonical JSON is already at hand (not dumped twice)."""
    return hashlib.sha256(canonical_text.encode("utf-8")).hexdigest()


def record_term(record_id: str, fingerprint: str) -> int:
    """One record's share of the station digest."""
    return int.from_bytes(hashlib.sha256(f"{record_id}:{fingerprint}".encode()).digest(), "big")


def digest_text(total: int) -> str:
    """A sum of terms as the wire and the stores carry it: 64 hex digits."""
    return f"{total % MODULUS:064x}"


def station_digest(fingerprints: Iterable[tuple[str, str]]) -> str:
    """Digest over ``(record_id, fingerprint)`` pairs, in any order, computed from scratch."""
    return digest_text(sum(record_term(record_id, fp) for record_id, fp in fingerprints))


@dataclass
class DigestTally:
    """Counts and digest sums per record type: what a write changes, or a station holds.

    ``add`` and ``remove`` a record's (type, id, fingerprint); ``merge`` another tally into this
    one. Sums stay reduced modulo 2^256; a count may go negative in a tally of changes."""

    counts: dict[str, int] = field(default_factory=dict)
    sums: dict[str, int] = field(default_factory=dict)

    def add(self, kind: str, record_id: str, fingerprint: str, sign: int = 1) -> None:
        self.counts[kind] = self.counts.get(kind, 0) + sign
        term = record_term(record_id, fingerprint) * sign
        self.sums[kind] = (self.sums.get(kind, 0) + term) % MODULUS

    def remove(self, kind: str, record_id: str, fingerprint: str) -> None:
        self.add(kind, record_id, fingerprint, -1)

    def merge(self, other: DigestTally, sign: int = 1) -> None:
        for kind in other.counts.keys() | other.sums.keys():
            self.counts[kind] = self.counts.get(kind, 0) + sign * other.counts.get(kind, 0)
            self.sums[kind] = (self.sums.get(kind, 0) + sign * other.sums.get(kind, 0)) % MODULUS

    def held_counts(self) -> dict[str, int]:
        """The counts of the types with records (as ``/v1/status`` reports them)."""
        return {kind: count for kind, count in sorted(self.counts.items()) if count}

    def digest(self) -> str:
        return digest_text(sum(self.sums.values()))

    def changed(self) -> bool:
        return any(self.counts.values()) or any(self.sums.values())
