"""A server process whose clock reads ``shift_ms`` ahead of (or behind) the real one, for tests
of what the server decides from its own time (an FIR registered over New Year).

``install`` must run before the server's modules are imported: they import ``now_ms`` and
``utc_now`` by name. ``run_server(..., clock_shift_ms=...)`` does that in the server process.
"""

import time
from datetime import UTC, datetime, timedelta


def install(shift_ms: int) -> None:
    from sync.server.core import clock

    clock.now_ms = lambda: time.time_ns() // 1_000_000 + shift_ms
    clock.utc_now = lambda: datetime.now(UTC) + timedelta(milliseconds=shift_ms)


def shift_to(instant: datetime) -> int:
    """The shift that makes a clock started now read ``instant``."""
    return int((instant - datetime.now(UTC)).total_seconds() * 1000)
