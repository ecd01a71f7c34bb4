"""Why a sync stopped: a kind a program decides on, and a sentence with the details.

Every ``SyncError`` has a ``kind`` (`SyncErrorKind`); the GUI and the CLI choose what to say and
do from the kind alone, never from the text. ``str()`` of every ``SyncError`` is one line of
detail, safe to show and to log: it never holds record content, keys or the enrollment code.
"""

from __future__ import annotations

from enum import StrEnum
from typing import ClassVar

KEPT = "your unsynced records are kept"


class SyncErrorKind(StrEnum):
    UNREACHABLE = "unreachable"  # the network or the server failed: try again soon
    REFUSED = "refused"  # the server refused a request the engine cannot work around
    BAD_ANSWER = "bad_answer"  # the server's answer was malformed or hostile; it was refused
    REVOKED = "revoked"  # an administrator revoked this device
    DEVICE_UNKNOWN = "device_unknown"  # the server does not know this device: enroll again
    OUTDATED_PROTOCOL = "outdated_protocol"  # the server needs a newer application
    CERTIFICATE_MISMATCH = "certificate_mismatch"  # not the certificate pinned at enrollment
    NOT_ENROLLED = "not_enrolled"
    CANCELLED = "cancelled"  # stopped on request (a lock, the app closing)
    BUSY = "busy"  # another sync of this vault was running
    DISK_FULL = "disk_full"  # the vault could not grow; it resumes where it stopped
    VAULT = "vault"  # another vault failure (read-only, damaged)


class EnrollProblem(StrEnum):
    """Why an enrollment failed, for the GUI to word in the officer's language."""

    ADDRESS = "address"  # not a server address (https://host:port)
    INSECURE_ADDRESS = "insecure_address"  # http:// to another machine
    CODE_FORMAT = "code_format"  # empty or too long
    FINGERPRINT_FORMAT = "fingerprint_format"  # not a SHA-256 in hex
    FINGERPRINT_NOT_ACCEPTED = "fingerprint_not_accepted"  # the officer said no
    ALREADY_ENROLLED = "already_enrolled"
    CODE_NOT_VALID = "code_not_valid"  # the server: unknown, already used or expired
    DEVICE_EXISTS = "device_exists"  # the server: this device id is enrolled (elsewhere)
    OTHER_STATION = "other_station"  # the vault holds records of another station
    TRAINING = "training"  # a practice vault and a production server (or the reverse)


class SyncError(Exception):
    """A sync (or enrollment) that could not be completed; nothing local was lost."""

    kind: ClassVar[SyncErrorKind] = SyncErrorKind.REFUSED
    # Set on enrollment failures the officer can act on; None: the kind says it all.
    problem: EnrollProblem | None = None

    def __init__(self, *args: object, problem: EnrollProblem | None = None) -> None:
        super().__init__(*args)
        if problem is not None:
            self.problem = problem


class NotEnrolled(SyncError):
    kind = SyncErrorKind.NOT_ENROLLED

    def __init__(self) -> None:
        super().__init__("This device is not enrolled with a sync server.")


class ServerUnreachable(SyncError):
    """The network or the server failed; retrying later is safe."""

    kind = SyncErrorKind.UNREACHABLE


class LinkFailed(ServerUnreachable):
    """The request timed out or the connection broke mid-way: on a slow or lossy link a smaller
    request has a better chance, so the engine shrinks its batches after this one."""


class UpdateRequired(SyncError):
    kind = SyncErrorKind.OUTDATED_PROTOCOL

    def __init__(self) -> None:
        super().__init__(
            "The sync server needs a newer version of this application: update the app, "
            f"then sync again ({KEPT})."
        )


class DeviceRevoked(SyncError):
    kind = SyncErrorKind.REVOKED

    def __init__(self) -> None:
        super().__init__(f"This device was revoked by the administrator; {KEPT}.")


class DeviceUnknown(SyncError):
    kind = SyncErrorKind.DEVICE_UNKNOWN

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The sync server does not accept this device ({detail}); ask the administrator for "
            f"a new enrollment code ({KEPT})."
        )


class CertificateMismatch(SyncError):
    kind = SyncErrorKind.CERTIFICATE_MISMATCH

    def __init__(self) -> None:
        super().__init__(
            "The sync server presented a different certificate from the one this device was "
            f"enrolled with; nothing was sent. Tell the administrator ({KEPT})."
        )


class MissingServerKey(SyncError):
    """Enrolled before the server signed its answers: nothing it pulls could be checked."""

    kind = SyncErrorKind.DEVICE_UNKNOWN

    def __init__(self) -> None:
        super().__init__(
            "This device holds no signing key of the sync server (it was enrolled before the "
            "server signed its answers); ask the administrator to release it, then enroll it "
            f"again with a new code ({KEPT})."
        )


class FingerprintNotAccepted(SyncError):
    """Enrollment over https without a fingerprint, and the one presented was not accepted."""

    problem = EnrollProblem.FINGERPRINT_NOT_ACCEPTED

    def __init__(self, presented: str) -> None:
        super().__init__(
            f"The server's certificate (SHA-256 {presented}) was not accepted, so nothing was "
            "sent; compare it with the fingerprint from the administrator."
        )
        self.presented = presented


class EnrollRefused(SyncError):
    """The server refused the enrollment (bad code, device already enrolled, …)."""


class TrainingRefused(SyncError):
    """A practice vault and a production server (or a real vault and a training server) do
    not mix: the enrollment or sync is refused, by this device or by the server."""

    problem = EnrollProblem.TRAINING


class ServerRefused(SyncError):
    """The server answered a request with an error the engine cannot work around."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"The sync server refused the request ({status} {code}): {message}")
        self.status = status
        self.code = code
        self.message = message


class BadServerResponse(SyncError):
    """The answer was malformed or hostile; it was refused and nothing local changed."""

    kind = SyncErrorKind.BAD_ANSWER

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"The sync server sent an answer this device refuses ({reason}); nothing was "
            "changed. Tell the administrator."
        )
        self.reason = reason


class SyncCancelled(SyncError):
    kind = SyncErrorKind.CANCELLED

    def __init__(self) -> None:
        super().__init__(f"The sync was stopped; {KEPT}.")
