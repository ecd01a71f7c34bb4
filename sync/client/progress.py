"""How far a running sync has got, for a window or a terminal to show while it runs.

The engine calls a `ProgressCallback` (on its own thread) after each push batch and each pulled
page. Sending shows "x of y": the outbox is counted before the push. The server does not say how
many records a pull will bring, so receiving shows the records and pages so far.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class SyncPhase(StrEnum):
    SENDING = "sending"
    RECEIVING = "receiving"


@dataclass(frozen=True)
class SyncProgress:
    phase: SyncPhase
    sent: int = 0  # changes the server acknowledged or refused so far
    to_send: int = 0  # changes in the outbox when the push began (at least ``sent``)
    received: int = 0  # records pulled so far
    pages: int = 0  # pull pages so far


ProgressCallback = Callable[[SyncProgress], None]


def no_progress(_progress: SyncProgress) -> None:
    """The callback of a sync nobody watches."""
