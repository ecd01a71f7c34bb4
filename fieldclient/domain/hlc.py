"""Hybrid logical clock (HLC).

A clock value is ``(wall_ms, counter, device_id)``. Its string form
``"{wall_ms:015d}:{counter:05d}:{device_id}"`` is fixed-width in the numeric parts, so comparing
two strings compares the clocks: physical time first, then the logical counter, then the device
id as the deterministic tie-break. Every replica orders concurrent writes the same way.

The clock never runs backwards: ``now()`` returns a value above every value this clock produced
or received, even when the machine's wall clock is set back or is behind the server. The one
exception is a received value far ahead of this clock's (corrected) time: a broken or hostile
clock. Following it would pin every later local write to that time and, near the end of the
format (year 33658), overflow it; such a value is not followed (see ``receive``).
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

MAX_COUNTER = 99_999
MAX_WALL_MS = 10**15 - 1
# 2200-01-01T00:00Z. A clock beyond it is broken, not early: the format itself runs to year 33658.
PLAUSIBLE_WALL_MS = 7_258_118_400_000
# How far ahead of this clock's own time a received value may be and still be followed.
MAX_RECEIVE_LEAD_MS = 24 * 3600 * 1000
_HLC_PATTERN = re.compile(r"^(\d{15}):(\d{5}):([0-9A-Za-z_-]{1,64})$")


class InvalidHlc(ValueError):
    """A clock string that does not have the documented form."""


@dataclass(frozen=True, order=True)
class Timestamp:
    """One HLC value; dataclass ordering is clock ordering."""

    wall_ms: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.wall_ms:015d}:{self.counter:05d}:{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Timestamp:
        match = _HLC_PATTERN.match(text) if isinstance(text, str) else None
        if match is None:
            raise InvalidHlc(f"not a clock value of the form wall_ms:counter:device: {text!r}")
        return cls(int(match.group(1)), int(match.group(2)), match.group(3))


def system_ms() -> int:
    """The machine's clock in Unix milliseconds (uncorrected)."""
    return time.time_ns() // 1_000_000


def is_valid(text: object) -> bool:
    """True when ``text`` is a well-formed clock string."""
    return isinstance(text, str) and _HLC_PATTERN.match(text) is not None


def is_plausible(text: object) -> bool:
    """True when ``text`` is a well-formed clock string of a time before ``PLAUSIBLE_WALL_MS``."""
    return isinstance(text, str) and is_valid(text) and wall_ms_of(text) < PLAUSIBLE_WALL_MS


def wall_ms_of(text: str) -> int:
    """The physical part (milliseconds since the epoch) of a clock string."""
    return Timestamp.parse(text).wall_ms


class HybridLogicalClock:
    """The clock of one device (or of the server). Thread-safe.

    ``offset_ms`` corrects a skewed wall clock: the sync engine sets it from the server's
    ``server_time`` so that a device whose clock is hours off still produces sensible clocks.
    """

    def __init__(
        self,
        device_id: str,
        *,
        wall_clock_ms: Callable[[], int] | None = None,
        last: str | None = None,
    ) -> None:
        if not is_valid(f"{0:015d}:{0:05d}:{device_id}"):
            raise InvalidHlc(f"device id unusable in a clock: {device_id!r}")
        self.device_id = device_id
        self.offset_ms = 0
        self._wall_clock_ms = wall_clock_ms or system_ms
        self._lock = threading.Lock()
        self._wall_ms = 0
        self._counter = 0
        if last is not None:
            restored = Timestamp.parse(last)
            self._wall_ms, self._counter = restored.wall_ms, restored.counter

    def wall_ms(self) -> int:
        """The machine's own clock (uncorrected), in Unix milliseconds."""
        return self._wall_clock_ms()

    def physical_ms(self) -> int:
        """The machine's clock corrected by ``offset_ms``: the device's best idea of the time."""
        return self._wall_clock_ms() + self.offset_ms

    def now(self) -> str:
        """A new clock value for a local event, above every value seen so far."""
        with self._lock:
            return self._tick(self.physical_ms())

    def receive(self, remote: str) -> str:
        """Merge a clock value seen from another replica; returns the new local value.

        A value more than ``MAX_RECEIVE_LEAD_MS`` ahead of this clock's time is not followed:
        the clock ticks as for a local event instead.
        """
        seen = Timestamp.parse(remote)
        with self._lock:
            physical = self.physical_ms()
            if seen.wall_ms > physical + MAX_RECEIVE_LEAD_MS:
                return self._tick(physical)
            newest = max(physical, self._wall_ms, seen.wall_ms)
            if newest == self._wall_ms and newest == seen.wall_ms:
                self._counter = max(self._counter, seen.counter)
                self._advance_counter()
            elif newest == self._wall_ms:
                self._advance_counter()
            elif newest == seen.wall_ms:
                self._wall_ms, self._counter = newest, seen.counter
                self._advance_counter()
            else:
                self._wall_ms, self._counter = newest, 0
            return self._current()

    def _tick(self, physical: int) -> str:
        if physical > self._wall_ms:
            self._wall_ms, self._counter = physical, 0
        else:
            self._advance_counter()
        return self._current()

    def _advance_counter(self) -> None:
        if self._counter >= MAX_COUNTER:
            self._wall_ms += 1
            self._counter = 0
        else:
            self._counter += 1

    def _current(self) -> str:
        return str(Timestamp(self._wall_ms, self._counter, self.device_id))
