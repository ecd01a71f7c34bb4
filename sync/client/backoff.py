"""Retries with exponential backoff and full jitter (no dependency: it is ten lines).

Only failures that a later try may cure are retried: the link dropping, a timeout, the server
restarting (5xx) or asking to slow down (429). The wait is a random time between zero and
``base * 2**attempt`` (capped), so many devices coming back online do not retry in lockstep.
The wait uses ``threading.Event.wait`` so a GUI can stop a worker in the middle of it.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

from sync.client.errors import ServerUnreachable, SyncCancelled

T = TypeVar("T")


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    base_seconds: float = 0.5
    cap_seconds: float = 15.0
    stop: threading.Event = field(default_factory=threading.Event)

    def delay(self, attempt: int) -> float:
        """The wait before try ``attempt + 1`` (``attempt`` counts from 0)."""
        return random.uniform(0, min(self.cap_seconds, self.base_seconds * 2**attempt))


NO_RETRY = RetryPolicy(attempts=1)


def with_retries(call: Callable[[], T], policy: RetryPolicy) -> T:
    """Run ``call``; on ``ServerUnreachable`` wait and try again, up to ``policy.attempts``."""
    attempt = 0
    while True:
        check_stop(policy)
        try:
            return call()
        except ServerUnreachable:
            attempt += 1
            if attempt >= policy.attempts:
                raise
        pause(policy, attempt - 1)


def check_stop(policy: RetryPolicy) -> None:
    if policy.stop.is_set():
        raise SyncCancelled


def pause(policy: RetryPolicy, attempt: int) -> None:
    """Wait the backoff before try ``attempt + 1``; a stop in the meantime cancels the sync."""
    if policy.stop.wait(policy.delay(attempt)):
        raise SyncCancelled
