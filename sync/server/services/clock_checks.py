"""The clock values a pushed mutation may carry (issues 12.1 and 12.10).

A clock is a hybrid logical clock string ``wall_ms:counter:device``. Every device that pulls a
clock merges it into its own, so one clock far in the future (a year-33658 value was accepted
once) would drag every clock of the station with it and overflow their stored clocks. The server
therefore refuses, per mutation (``clock_ahead``), any clock more than ``MAX_CLOCK_AHEAD_MS``
past its own time: the mutation's ``hlc``, a created record's ``clocks`` and the ``hlc`` of its
history and statements, a transition's or statement's ``entry.hlc``, and an update's
``base_clocks``. The window is the one signed requests already live in (10 minutes): a device
that can sign a request has a corrected clock. Clocks in the past are accepted: an edit made
offline days ago is old on purpose, and an old clock only loses merges.

The same window bounds the times a mutation states (``check_time``: ``at``, ``created_at``, an
entry's ``at``), which must also be ISO 8601 with an offset.

The clocks a device writes name that device; one naming another device is refused
(``wrong_device``). ``base_clocks`` are the exception: they repeat the clocks the fields had
before the edit, which other devices may have written.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from fieldclient.domain.formats import parse_aware_time
from fieldclient.domain.hlc import InvalidHlc, Timestamp
from fieldclient.domain.schema import BadValue
from sync.protocol.errors import RejectCode
from sync.protocol.messages import Mutation
from sync.protocol.signing import SKEW_WINDOW_MS
from sync.server.core.security import AuthenticatedDevice
from sync.server.services.mutation_ops import Rejected

MAX_CLOCK_AHEAD_MS = SKEW_WINDOW_MS


def check_mutation_clocks(mutation: Mutation, device: AuthenticatedDevice, now_ms: int) -> None:
    """Raise ``Rejected`` for the first clock outside the window or naming another device."""
    latest = now_ms + MAX_CLOCK_AHEAD_MS
    for name, value in _own_clocks(mutation):
        stamp = _parse(name, value)
        _check_window(name, stamp, latest, now_ms)
        if stamp.device_id != device.id:
            raise Rejected(
                RejectCode.WRONG_DEVICE,
                f"{name} carries the clock of another device; a device writes its own clocks",
            )
    for path, value in (mutation.base_clocks or {}).items():
        if value is not None:
            name = f"base_clocks.{path}"
            _check_window(name, _parse(name, value), latest, now_ms)


def check_time(name: str, value: Any, now_ms: int) -> None:
    """``value`` is a time with its offset, not ahead of the server's clock past the window."""
    try:
        moment = parse_aware_time(value) if isinstance(value, str) else None
    except BadValue:
        moment = None
    if moment is None:
        raise Rejected(RejectCode.INVALID, f"{name} must be a date and time with its offset")
    stated_ms = int(moment.timestamp() * 1000)
    if stated_ms > now_ms + MAX_CLOCK_AHEAD_MS:
        raise Rejected(
            RejectCode.CLOCK_AHEAD,
            f"{name} is {_span(stated_ms - now_ms)} ahead of the server's clock; "
            "correct the device's date and time",
        )


def _own_clocks(mutation: Mutation) -> Iterator[tuple[str, Any]]:
    """(where, value) of every clock this mutation writes; malformed containers are skipped
    here and refused by the record checks that follow."""
    yield "hlc", mutation.hlc
    if mutation.entry is not None:
        yield "entry.hlc", mutation.entry.get("hlc")
    record = mutation.record or {}
    clocks = record.get("clocks")
    if isinstance(clocks, dict):
        for path, value in clocks.items():
            yield f"record.clocks.{path}", value
    for listing in ("history", "statements"):
        entries = record.get(listing)
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            if isinstance(entry, dict):
                yield f"record.{listing}.{index}.hlc", entry.get("hlc")


def _parse(name: str, value: Any) -> Timestamp:
    try:
        return Timestamp.parse(value)
    except InvalidHlc:
        raise Rejected(RejectCode.INVALID, f"{name} is not a clock value") from None


def _check_window(name: str, stamp: Timestamp, latest: int, now_ms: int) -> None:
    if stamp.wall_ms > latest:
        raise Rejected(
            RejectCode.CLOCK_AHEAD,
            f"{name} is {_span(stamp.wall_ms - now_ms)} ahead of the server's clock (at most "
            f"{_span(MAX_CLOCK_AHEAD_MS)} is accepted); correct the device's date and time",
        )


def _span(milliseconds: int) -> str:
    minutes = milliseconds // 60_000
    for unit, size in (("years", 525_960), ("days", 1_440), ("hours", 60)):
        if minutes >= 2 * size:
            return f"{minutes // size} {unit}"
    return f"{max(minutes, 1)} minutes"
