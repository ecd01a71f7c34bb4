"""What a finished sync means for the window: synced, offline, refused, or stopped for good,
and the officer's words for it.

Read from the report's error kind alone (`SyncErrorKind`); the engine's sentence is kept only
as the detail (a tooltip), never parsed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from PySide6.QtCore import QCoreApplication

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.sync import SyncErrorKind, SyncReport
from sync.client.sync_warnings import SyncWarning, SyncWarningKind

# Only an administrator or an update can cure these: the timer stops until the officer acts.
_NEEDS_A_PERSON = frozenset(
    {
        SyncErrorKind.REVOKED,
        SyncErrorKind.OUTDATED_PROTOCOL,
        SyncErrorKind.CERTIFICATE_MISMATCH,
        SyncErrorKind.NOT_ENROLLED,
        SyncErrorKind.DEVICE_UNKNOWN,
    }
)


class SyncOutcomeKind(Enum):
    SYNCED = "synced"  # the server answered every step
    OFFLINE = "offline"  # the server could not be reached: retry soon
    REFUSED = "refused"  # the server answered but the sync stopped: try again at the next turn
    STOPPED = "stopped"  # revoked, update required, …: no more tries until the officer acts


@dataclass(frozen=True)
class SyncOutcome:
    kind: SyncOutcomeKind
    message: str | None  # the engine's detail sentence, safe to show (never record content)
    words: str = ""  # what the window tells the officer, in the officer's language

    @property
    def reached_server(self) -> bool:
        return self.kind is not SyncOutcomeKind.OFFLINE


def classify(report: SyncReport) -> SyncOutcome:
    kind = report.error_kind
    if kind is None:
        return SyncOutcome(SyncOutcomeKind.SYNCED, None)
    if kind in _NEEDS_A_PERSON:
        outcome = SyncOutcomeKind.STOPPED
    elif kind is SyncErrorKind.UNREACHABLE:
        outcome = SyncOutcomeKind.OFFLINE
    else:
        outcome = SyncOutcomeKind.REFUSED
    return SyncOutcome(outcome, report.error, error_words(kind))


_WORDS = {
    SyncErrorKind.UNREACHABLE: QT_TRANSLATE_NOOP(
        "SyncOutcome", "Cannot reach the sync server; it tries again soon. Your records are kept."
    ),
    SyncErrorKind.REFUSED: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "The sync server refused the request; it tries again at the next sync. If this "
        "repeats, tell the administrator.",
    ),
    SyncErrorKind.BAD_ANSWER: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "The sync server sent an answer this computer refuses; nothing was changed. Tell "
        "the administrator.",
    ),
    SyncErrorKind.REVOKED: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "This device was revoked by the administrator; your unsynced records are kept.",
    ),
    SyncErrorKind.DEVICE_UNKNOWN: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "The sync server does not accept this device; ask the administrator for a new "
        "enrollment code. Your unsynced records are kept.",
    ),
    SyncErrorKind.OUTDATED_PROTOCOL: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "The sync server needs a newer version of this application: update it, then sync "
        "again. Your unsynced records are kept.",
    ),
    SyncErrorKind.CERTIFICATE_MISMATCH: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "The sync server presented a different certificate from the one this device was "
        "enrolled with; nothing was sent. Tell the administrator.",
    ),
    SyncErrorKind.NOT_ENROLLED: QT_TRANSLATE_NOOP(
        "SyncOutcome", "This device is not enrolled. To sync, use File ▸ Enroll this device…"
    ),
    SyncErrorKind.CANCELLED: QT_TRANSLATE_NOOP(
        "SyncOutcome", "The sync was stopped; your unsynced records are kept."
    ),
    SyncErrorKind.BUSY: QT_TRANSLATE_NOOP("SyncOutcome", "A sync is already running."),
    SyncErrorKind.DISK_FULL: QT_TRANSLATE_NOOP(
        "SyncOutcome", "The disk is full: free some space. The sync resumes where it stopped."
    ),
    SyncErrorKind.VAULT: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "The vault could not be written, so the sync stopped; it resumes where it stopped.",
    ),
}


def error_words(kind: SyncErrorKind) -> str:
    """The officer's sentence for why a sync stopped."""
    return QCoreApplication.translate("SyncOutcome", _WORDS[kind])


_WARNINGS = {
    SyncWarningKind.CLOCK_BEHIND: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "This computer's clock is about {minutes} minutes behind the server's; ask the "
        "administrator to correct it (records are clocked with the server's time).",
    ),
    SyncWarningKind.CLOCK_AHEAD: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "This computer's clock is about {minutes} minutes ahead of the server's; ask the "
        "administrator to correct it (records are clocked with the server's time).",
    ),
    SyncWarningKind.FAR_FUTURE_RECORDS: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "{count} received record(s) carry a clock far in the future; this computer's clock did "
        "not follow them. Tell the administrator.",
    ),
    SyncWarningKind.COPY_REPAIRED: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "This computer's copy of the station's records did not match the server's ({here} "
        "records here, {there} on the server); it was repaired by receiving every record again.",
    ),
    SyncWarningKind.COPY_DIFFERS: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "This computer's copy of the station's records still differs from the server's after "
        "receiving every record again ({here} records here, {there} on the server); tell the "
        "administrator.",
    ),
    SyncWarningKind.INSECURE_HTTP: QT_TRANSLATE_NOOP(
        "SyncOutcome",
        "Unsafe: the sync went over plain http to {host} (a test-lab setting), so records "
        "travelled unencrypted.",
    ),
}


def warning_words(warning: SyncWarning) -> str:
    """The officer's sentence for what a sync wants known (clock off, copy repaired, …)."""
    return QCoreApplication.translate("SyncOutcome", _WARNINGS[warning.kind]).format(
        **warning.params
    )
