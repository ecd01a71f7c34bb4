"""Records on the wire with compact clocks (``PullRequest.compact_clocks``).

A record's ``clocks`` map every field path to the clock of the write that set it, and most
paths carry the same clock, so they are about 60% of a record's JSON. A client that asks for
compact clocks gets each record with ``clocks`` in the form of
``fieldclient.domain.compact_clocks`` (one record clock, the paths that differ, the paths with
none) and expands them before anything else reads the record. Everything else of the record is
as the server holds it.

The server's signature covers the page as sent, compact: the client checks it on the bytes it
received, before parsing or expanding anything, and the expansion is a function of the signed
bytes alone (``expand_clocks`` of the record's own ``data``), so the signed compact form fixes
the expanded record exactly. Fingerprints stay those of the expanded record: both ends store
and compare records whole, whatever form they travelled in.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from fieldclient.domain.compact_clocks import (
    MISSING,
    OVERRIDES,
    RECORD_CLOCK,
    compact_clocks,
    expand_clocks,
    implied_paths,
)

_PARTS = frozenset({RECORD_CLOCK, OVERRIDES, MISSING})
_decode = msgspec.json.Decoder(dict[str, Any]).decode
_encode = msgspec.json.Encoder().encode


class NotCompact(ValueError):
    """A record whose compact clocks are not of the documented form (says which part)."""


def compact_record_json(doc: str) -> bytes:
    """A stored record's JSON with its clocks in compact form (the server's stored text)."""
    record = _decode(doc)
    record["clocks"] = _compact(record.get("clocks") or {}, record.get("data") or {})
    return _encode(record)


def _compact(clocks: Mapping[str, str], data: Mapping[str, Any]) -> dict[str, Any]:
    """``compact_clocks``, with a short way for the common record: one clock on exactly the
    implied paths (written in one go), whose compact form is that clock alone (half the CPU)."""
    values = set(clocks.values())
    if len(values) == 1 and clocks.keys() == set(implied_paths(data)):
        return {RECORD_CLOCK: values.pop()}
    return compact_clocks(clocks, data)


def expand_record(raw: object) -> object:
    """``raw`` (a record with compact clocks, as received) with its clocks expanded; anything
    that is not a record with a well-formed compact form raises ``NotCompact``. The clocks'
    values are checked as clocks by whoever reads the record next."""
    if not isinstance(raw, dict):
        raise NotCompact("not an object")
    data = raw.get("data")
    compact = raw.get("clocks")
    if not isinstance(data, dict) or not isinstance(compact, dict):
        raise NotCompact("no data or no clocks")
    if not _PARTS.issuperset(compact):
        raise NotCompact("clocks hold an unknown part")
    if not isinstance(compact.get(RECORD_CLOCK, ""), str):
        raise NotCompact("the record clock is not text")
    overrides = compact.get(OVERRIDES, {})
    if not isinstance(overrides, dict) or not all(isinstance(c, str) for c in overrides.values()):
        raise NotCompact("the overrides are not paths with clocks")
    missing = compact.get(MISSING, [])
    if not isinstance(missing, list) or not all(isinstance(p, str) for p in missing):
        raise NotCompact("the missing paths are not a list of paths")
    return raw | {"clocks": expand_clocks(compact, data)}
