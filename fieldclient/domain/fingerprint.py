"""Record fingerprints and the station digest, computed identically by client and server.

The fingerprint of a record is the SHA-256 of its canonical JSON (``Record.to_dict()``, sorted
keys, no whitespace, UTF-8). The station digest is the SHA-256 of the sorted lines
``"{record_id}:{fingerprint}\\n"``; two replicas holding the same records have the same digest.
Here in the domain because both ends store a record's fingerprint beside it when they write it
(the vault's ``records.fingerprint``, the server's ``records.fingerprint``); ``sync.protocol``
names it for the wire.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def record_fingerprint(record: Mapping[str, Any]) -> str:
    return text_fingerprint(canonical_json(record))


def text_fingerprint(canonical_text: str) -> str:
    """The fingerprint of a record whose canonical JSON is already at hand (not dumped twice)."""
    return hashlib.sha256(canonical_text.encode("utf-8")).hexdigest()


def station_digest(fingerprints: Iterable[tuple[str, str]]) -> str:
    """Digest over ``(record_id, fingerprint)`` pairs, in any order."""
    digest = hashlib.sha256()
    for record_id, fingerprint in sorted(fingerprints):
        digest.update(f"{record_id}:{fingerprint}\n".encode())
    return digest.hexdigest()
