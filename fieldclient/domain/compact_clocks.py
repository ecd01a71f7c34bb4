"""A record's per-field clocks in compact form: one record clock plus the exceptions.

``Record.clocks`` maps every dotted leaf path of ``data`` and ``"status"`` to the HLC string of
the write that set it. Most paths of a record carry the same clock (the create wrote them all),
so the clocks are about 60% of a record's JSON. The compact form keeps:

* ``"c"``: the record clock, the most common clock among the *implied paths* (the leaf paths of
  ``data`` and ``"status"``; ties go to the newest clock). Absent when no implied path has one.
* ``"o"``: overrides, ``{path: clock}`` for every implied path whose clock differs from ``"c"``
  and for every clocked path that is not implied (a deleted field, an ancestor written whole).
* ``"m"``: missing, the sorted implied paths that have no clock at all.

Empty parts are left out, so a record written in one go compacts to ``{"c": clock}`` and a
record without clocks to ``{}``. The form is plain JSON (strings, a dict, a list) so the vault
and the wire can both carry it. ``expand_clocks(compact_clocks(clocks, data), data) == clocks``
for every ``clocks`` and ``data``; the expansion needs the same ``data`` the compaction saw.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any

from fieldclient.domain.field_paths import leaf_paths
from fieldclient.domain.merge import STATUS_PATH

RECORD_CLOCK = "c"
OVERRIDES = "o"
MISSING = "m"


def compact_clocks(clocks: Mapping[str, str], data: Mapping[str, Any]) -> dict[str, Any]:
    """The compact form of ``clocks`` for a record holding ``data``."""
    implied = set(implied_paths(data))
    counts = Counter(clock for path, clock in clocks.items() if path in implied)
    compact: dict[str, Any] = {}
    record_clock = max(counts, key=lambda clock: (counts[clock], clock)) if counts else None
    if record_clock is not None:
        compact[RECORD_CLOCK] = record_clock
    overrides = {
        path: clock
        for path, clock in clocks.items()
        if path not in implied or clock != record_clock
    }
    if overrides:
        compact[OVERRIDES] = overrides
    missing = sorted(path for path in implied if path not in clocks) if record_clock else []
    if missing:
        compact[MISSING] = missing
    return compact


def expand_clocks(compact: Mapping[str, Any], data: Mapping[str, Any]) -> dict[str, str]:
    """The full ``clocks`` of a record holding ``data`` from their compact form."""
    record_clock = compact.get(RECORD_CLOCK)
    clocks: dict[str, str] = {}
    if record_clock is not None:
        missing = set(compact.get(MISSING, ()))
        clocks = {path: record_clock for path in implied_paths(data) if path not in missing}
    clocks.update(compact.get(OVERRIDES, {}))
    return clocks


def implied_paths(data: Mapping[str, Any]) -> list[str]:
    """The paths a record clock covers: the leaf paths of ``data`` and ``"status"``."""
    paths = list(leaf_paths(dict(data)))
    return paths if STATUS_PATH in paths else [*paths, STATUS_PATH]
