"""The fingerprint scanner interface, and a simulated scanner for development and training.

A real device driver implements ``FingerprintScanner`` (matching on the device or in its SDK) and
plugs in where the simulated one is used.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Protocol

from fieldclient.domain.errors import DomainError

DEFAULT_MATCH_THRESHOLD = 40
SIMULATED_ENROL_SCORE = 90  # how well a finger enrolled on the simulated scanner matches later


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

    def enrol_finger(self) -> str:
        """Wait for a finger to enrol; its template (base64 text, the device's own format)."""
        ...

    def load_templates(self, templates: Mapping[str, str]) -> None:
        """The station's enrolled fingers (badge -> template) that ``capture`` matches against."""
        ...


class SimulatedScanner:
    """Programmable stand-in: enrol badges with the score their finger will match at, place fingers.

    ``place_finger(name)`` queues a finger (named by the badge of its owner); ``capture()`` takes
    the next one. A finger enrolled in the constructor matches its own badge at its score; one
    enrolled through ``enrol_finger`` (a template naming the finger) matches the badge the station
    enrolled it for, once ``load_templates`` gave it. A score below the threshold, or a finger
    nobody enrolled, returns ``badge=None`` with its score.
    """

    def __init__(
        self, enrolled: dict[str, int] | None = None, *, threshold: int = DEFAULT_MATCH_THRESHOLD
    ) -> None:
        self.enrolled = dict(enrolled or {})
        self.threshold = threshold
        self._fingers: deque[str] = deque()
        self._loaded: dict[str, tuple[str, int]] = {}  # finger -> (badge, score)

    def enrol(self, badge: str, match_score: int) -> None:
        if not 0 <= match_score <= 100:
            raise ValueError("match score must be 0-100")
        self.enrolled[badge] = match_score

    def place_finger(self, badge: str) -> None:
        self._fingers.append(badge)

    def _next_finger(self) -> str:
        if not self._fingers:
            raise ScannerError("no finger on the scanner; place a finger and try again")
        return self._fingers.popleft()

    def capture(self) -> ScanResult:
        finger = self._next_finger()
        badge, score = self._loaded.get(finger, (finger, self.enrolled.get(finger, 0)))
        known = finger in self._loaded or finger in self.enrolled
        return ScanResult(badge if known and score >= self.threshold else None, score)

    def enrol_finger(self) -> str:
        finger = self._next_finger()
        body = json.dumps({"simulated_finger": finger, "score": SIMULATED_ENROL_SCORE})
        return base64.b64encode(body.encode()).decode()

    def load_templates(self, templates: Mapping[str, str]) -> None:
        loaded: dict[str, tuple[str, int]] = {}
        for badge, template in templates.items():
            try:
                body = json.loads(base64.b64decode(template, validate=True))
                loaded[str(body["simulated_finger"])] = (badge, int(body["score"]))
            except (binascii.Error, ValueError, TypeError, KeyError):
                continue  # another scanner's template: this one cannot match it
        self._loaded = loaded
