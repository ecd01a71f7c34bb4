"""The device clock corrected by the server's: every response carries ``server_time``.

The offset is the server time minus the local time at the middle of the round trip. It corrects
the request timestamps (the server refuses a signature outside its window) and the device's hybrid
logical clock, so a PC whose clock is hours off still orders its writes sensibly. A
``server_time`` before 2000 or after 2199 is no time at all (a broken or hostile answer) and is
ignored: an offset from it would stamp every later write with that time.
"""

from __future__ import annotations

import logging

from fieldclient.domain.hlc import PLAUSIBLE_WALL_MS, HybridLogicalClock, system_ms
from sync.client.sync_warnings import SyncWarning, SyncWarningKind

FAR_OFF_MS = 5 * 60 * 1000
EARLIEST_SERVER_MS = 946_684_800_000  # 2000-01-01T00:00Z
log = logging.getLogger(__name__)


class ServerClock:
    def __init__(self, hlc: HybridLogicalClock | None = None, offset_ms: int = 0) -> None:
        self.hlc = hlc
        self.offset_ms = offset_ms
        self._apply()

    def local_ms(self) -> int:
        """The device's own clock (the HLC's, so a test can give a device a wrong one)."""
        return self.hlc.wall_ms() if self.hlc is not None else system_ms()

    def now_ms(self) -> int:
        return self.local_ms() + self.offset_ms

    def observe(self, server_time: int, sent_ms: int, received_ms: int) -> None:
        if not EARLIEST_SERVER_MS <= server_time < PLAUSIBLE_WALL_MS:
            log.warning("ignored a server_time that is no plausible time")
            return
        self.offset_ms = server_time - (sent_ms + received_ms) // 2
        self._apply()

    @property
    def far_off(self) -> bool:
        return abs(self.offset_ms) > FAR_OFF_MS

    def warning(self) -> SyncWarning | None:
        """For the officer when the device clock is far from the server's."""
        if not self.far_off:
            return None
        minutes = round(abs(self.offset_ms) / 60_000)
        kind = SyncWarningKind.CLOCK_BEHIND if self.offset_ms > 0 else SyncWarningKind.CLOCK_AHEAD
        return SyncWarning(kind, {"minutes": minutes})

    def _apply(self) -> None:
        if self.hlc is not None:
            self.hlc.offset_ms = self.offset_ms
