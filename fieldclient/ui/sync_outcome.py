"""What a finished sync means for the status bar: synced, offline, refused, or stopped for good.

`SyncReport` carries its error only as a sentence, so the kind is read from that sentence: the
fixed messages of `sync.client.errors` (revoked, update required, …) are compared whole, and the
"could not reach the server" family by its wording. This is a stopgap until the report carries
the error's kind; a message this module does not know counts as a refusal (online, timer kept).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from fieldclient.services.sync import SyncReport
from sync.client.errors import CertificateMismatch, DeviceRevoked, NotEnrolled, UpdateRequired

# Only an administrator or an update can cure these: the timer stops until the officer acts.
_NEEDS_A_PERSON = frozenset(
    str(error()) for error in (DeviceRevoked, UpdateRequired, CertificateMismatch, NotEnrolled)
)
_NEEDS_A_PERSON_PREFIXES = ("The sync server does not accept this device",)
# The wording of `ServerUnreachable` and `LinkFailed` in sync/client/transport.py.
_UNREACHABLE_WORDING = (
    "Cannot reach the sync server",
    "did not answer in time",
    "Cannot open a secure connection to the sync server",
    "broke during the answer",
    "try later",
)


class SyncOutcomeKind(Enum):
    SYNCED = "synced"  # the server answered every step
    OFFLINE = "offline"  # the server could not be reached: retry soon
    REFUSED = "refused"  # the server answered but the sync stopped: try again at the next turn
    STOPPED = "stopped"  # revoked, update required, …: no more tries until the officer acts


@dataclass(frozen=True)
class SyncOutcome:
    kind: SyncOutcomeKind
    message: str | None  # the engine's sentence, safe to show (never record content)

    @property
    def reached_server(self) -> bool:
        return self.kind is not SyncOutcomeKind.OFFLINE


def classify(report: SyncReport) -> SyncOutcome:
    error = report.error
    if error is None:
        return SyncOutcome(SyncOutcomeKind.SYNCED, None)
    if error in _NEEDS_A_PERSON or error.startswith(_NEEDS_A_PERSON_PREFIXES):
        return SyncOutcome(SyncOutcomeKind.STOPPED, error)
    if any(wording in error for wording in _UNREACHABLE_WORDING):
        return SyncOutcome(SyncOutcomeKind.OFFLINE, error)
    return SyncOutcome(SyncOutcomeKind.REFUSED, error)
