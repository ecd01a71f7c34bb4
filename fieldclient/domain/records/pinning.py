"""Pinning a record's content at a status change: the entry of that change carries a hash of the
data as the device held it, so the server can refuse the change if the data it holds differs.

An FIR's registration is pinned (issue 13; r.24.5 keeps the register as a carbon-copied book,
docs/REGISTERS.md): the informant's copy is printed from the device's content, so a draft edit
that reached the server first from another device must not become the registered FIR. The hash
covers the whole of ``data`` in canonical JSON (keys sorted, no spaces, UTF-8), SHA-256, hex.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

PIN_KEY = "content_hash"
"""The key of the hash in a transition entry (``history[i]``)."""


def content_pin(data: dict[str, Any]) -> str:
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pin_mismatch(pinned_at: frozenset[str], entry: dict[str, Any], data: dict[str, Any]) -> bool:
    """True when ``entry`` moves to a pinned status with a hash that is not that of ``data``.
    An entry without a hash (made by a client from before pinning) is not refused."""
    pin = entry.get(PIN_KEY)
    return entry.get("to") in pinned_at and pin is not None and pin != content_pin(data)
