"""Why an enrollment failed, in the officer's language, and which field of the enroll dialog to
correct.

Chosen from the error's ``problem`` (`EnrollProblem`) or, failing that, its ``kind``
(`SyncErrorKind`); the engine's English sentence is never shown (it may name a device id or
quote the server).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.ui.error_words import officer_message
from fieldclient.ui.sync_outcome import error_words
from fieldclient.vault.errors import VaultError
from sync.client.errors import EnrollProblem, ServerUnreachable, SyncError

CONTEXT = "EnrollWords"


class EnrollField(Enum):
    """The enroll dialog's field a failure points at (focus goes there for the retry)."""

    ADDRESS = "address"
    CODE = "code"
    FINGERPRINT = "fingerprint"
    NONE = "none"


_WORDS = {
    EnrollProblem.ADDRESS: QT_TRANSLATE_NOOP(
        "EnrollWords", "Server address: type it as https://host:port (for example {example})."
    ),
    EnrollProblem.INSECURE_ADDRESS: QT_TRANSLATE_NOOP(
        "EnrollWords",
        "Server address: must start with https:// (plain http would send records "
        "unencrypted); ask the administrator for the https address.",
    ),
    EnrollProblem.CODE_FORMAT: QT_TRANSLATE_NOOP(
        "EnrollWords", "One-time code: type the code exactly as the administrator gave it."
    ),
    EnrollProblem.FINGERPRINT_FORMAT: QT_TRANSLATE_NOOP(
        "EnrollWords",
        "Certificate fingerprint: type the 64 letters and digits (SHA-256) from the "
        "administrator, or leave it empty.",
    ),
    EnrollProblem.FINGERPRINT_NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "EnrollWords",
        "The server's certificate was not accepted, so nothing was sent. Check the "
        "fingerprint with the administrator; the code is still valid.",
    ),
    EnrollProblem.ALREADY_ENROLLED: QT_TRANSLATE_NOOP(
        "EnrollWords", "This device is already enrolled with a sync server."
    ),
    EnrollProblem.CODE_NOT_VALID: QT_TRANSLATE_NOOP(
        "EnrollWords",
        "One-time code: the server does not accept this code (it is wrong, already used or "
        "expired). Check it, or ask the administrator for a new one.",
    ),
    EnrollProblem.DEVICE_EXISTS: QT_TRANSLATE_NOOP(
        "EnrollWords",
        "The server already has this device enrolled; ask the administrator to release it, "
        "then enroll with a new code.",
    ),
    EnrollProblem.OTHER_STATION: QT_TRANSLATE_NOOP(
        "EnrollWords",
        "One-time code: it is for another station than the records on this computer; ask "
        "the administrator for a code of this station.",
    ),
    EnrollProblem.TRAINING: QT_TRANSLATE_NOOP(
        "EnrollWords",
        "A practice (training) vault and a real sync server do not mix, so this device was "
        "not enrolled.",
    ),
}
_UNREACHABLE = QT_TRANSLATE_NOOP(
    "EnrollWords",
    "Cannot reach the sync server. The address and code are kept: the next unlock tries "
    "again, or use File ▸ Enroll this device…",
)
_FIELDS = {
    EnrollProblem.ADDRESS: EnrollField.ADDRESS,
    EnrollProblem.INSECURE_ADDRESS: EnrollField.ADDRESS,
    EnrollProblem.CODE_FORMAT: EnrollField.CODE,
    EnrollProblem.CODE_NOT_VALID: EnrollField.CODE,
    EnrollProblem.OTHER_STATION: EnrollField.CODE,
    EnrollProblem.FINGERPRINT_FORMAT: EnrollField.FINGERPRINT,
    EnrollProblem.FINGERPRINT_NOT_ACCEPTED: EnrollField.FINGERPRINT,
}
EXAMPLE_URL = "https://sync.example.gov.pk"


def enroll_failure_words(problem: Exception) -> str:
    """The officer's sentence for a failed enrollment (never the exception's text)."""
    if isinstance(problem, SyncError) and problem.problem is not None:
        return QCoreApplication.translate(CONTEXT, _WORDS[problem.problem]).format(
            example=EXAMPLE_URL
        )
    if isinstance(problem, ServerUnreachable):
        return QCoreApplication.translate(CONTEXT, _UNREACHABLE)
    if isinstance(problem, SyncError):
        return error_words(problem.kind)
    if isinstance(problem, VaultError):
        return officer_message(problem)
    raise TypeError("not an enrollment failure")  # a bug: the caller reports it


def enroll_failure_field(problem: Exception) -> EnrollField:
    found = problem.problem if isinstance(problem, SyncError) else None
    return _FIELDS.get(found, EnrollField.NONE) if found is not None else EnrollField.NONE


def is_retryable_later(problem: Exception) -> bool:
    """The server could not be reached: the request stays kept for the next unlock."""
    return isinstance(problem, ServerUnreachable)
