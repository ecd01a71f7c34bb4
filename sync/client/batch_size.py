"""Batch sizes that follow the link: halve when a request fails for its size, grow back after
successes.

Like TCP's congestion window: a failure halves the size and remembers the size that failed;
successes double the size while that stays below the failed size, then grow it by a quarter at a
time (a size the link could not carry recently is approached carefully), up to the ceiling. The
engine keeps the sizes in the vault, so a device on a poor link does not start every sync with a
batch it cannot send.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class AdaptiveSize:
    ceiling: int
    value: int
    failed_at: int

    @classmethod
    def start(cls, ceiling: int, stored: int = 0) -> AdaptiveSize:
        """A size of at most ``ceiling``; ``stored`` is the size a previous sync ended with."""
        value = min(ceiling, stored) if stored > 0 else ceiling
        return cls(ceiling=ceiling, value=value, failed_at=ceiling + 1)

    def shrink(self, tried: int) -> None:
        """A request of ``tried`` items timed out, broke off or was refused as too large."""
        self.failed_at = max(1, tried)
        self.value = max(1, min(self.value, tried) // 2)

    def grow(self) -> None:
        """A request of the current size succeeded."""
        if self.value * 2 < self.failed_at:
            self.value *= 2
        else:
            self.value += max(1, self.value // 4)
        self.value = min(self.ceiling, self.value)
