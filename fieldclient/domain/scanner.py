"""The fingerprint scanner interface, and a simulated scanner for development and training.

A real device driver implements ``FingerprintScanner`` (matching on the device or in its SDK) and
plugs in where the simulated one is used.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Protocol

from fieldclient.domain.errors import DomainError

DEFAULT_MATCH_THRESHOLD = 40


class ScannerError(DomainError):
    """The scanner could not give a result (no finger, device unplugged, timeout)."""


@dataclass(frozen=True)
class ScanResult:
    badge: str | None  # the matched officer; None when nobody matched well enough
    match_score: int  # 0–100 as the device reports it


class FingerprintScanner(Protocol):
    def capture(self) -> ScanResult:
        """Wait for a finger and match it against the enrolled officers."""
        ...


class SimulatedScanner:
    """Programmable stand-in: enrol badges with the score their finger will match at, place fingers.

    ``place_finger(badge)`` queues a finger; ``capture()`` takes the next one. An enrolled badge
    whose score reaches the threshold matches; anything else returns ``badge=None`` with its score.
    """

    def __init__(
        self, enrolled: dict[str, int] | None = None, *, threshold: int = DEFAULT_MATCH_THRESHOLD
    ) -> None:
        self.enrolled = dict(enrolled or {})
        self.threshold = threshold
        self._fingers: deque[str] = deque()

    def enrol(self, badge: str, match_score: int) -> None:
        if not 0 <= match_score <= 100:
            raise ValueError("match score must be 0-100")
        self.enrolled[badge] = match_score

    def place_finger(self, badge: str) -> None:
        self._fingers.append(badge)

    def capture(self) -> ScanResult:
        if not self._fingers:
            raise ScannerError("no finger on the scanner; place a finger and try again")
        finger = self._fingers.popleft()
        score = self.enrolled.get(finger, 0)
        return ScanResult(
            finger if finger in self.enrolled and score >= self.threshold else None, score
        )
