"""The server's wall clock, in the units the protocol uses."""

import time
from datetime import UTC, datetime


def now_ms() -> int:
    return time.time_ns() // 1_000_000


def utc_now() -> datetime:
    return datetime.now(UTC)
