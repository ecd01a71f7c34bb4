"""Why a sync stopped, in words an officer can act on.

``str()`` of every ``SyncError`` is one line, safe to show and to log: it never holds record
content, keys or the enrollment code.
"""

from __future__ import annotations

KEPT = "your unsynced records are kept"


class SyncError(Exception):
    """A sync (or enrollment) that could not be completed; nothing local was lost."""


class NotEnrolled(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "This device is not enrolled with a sync server; run 'fieldclient enroll --server URL "
            "--code CODE' with the code from the administrator."
        )


class ServerUnreachable(SyncError):
    """The network or the server failed; retrying later is safe."""


class LinkFailed(ServerUnreachable):
    """The request timed out or the connection broke mid-way: on a slow or lossy link a smaller
    request has a better chance, so the engine shrinks its batches after this one."""


class UpdateRequired(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "The sync server needs a newer version of this application: update the app, "
            f"then sync again ({KEPT})."
        )


class DeviceRevoked(SyncError):
    def __init__(self) -> None:
        super().__init__(f"This device was revoked by the administrator; {KEPT}.")


class DeviceUnknown(SyncError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            f"The sync server does not accept this device ({detail}); ask the administrator for "
            f"a new enrollment code ({KEPT})."
        )


class CertificateMismatch(SyncError):
    def __init__(self) -> None:
        super().__init__(
            "The sync server presented a different certificate from the one this device was "
            f"enrolled with; nothing was sent. Tell the administrator ({KEPT})."
        )


class EnrollRefused(SyncError):
    """The server refused the enrollment (bad code, device already enrolled, …)."""


class ServerRefused(SyncError):
    """The server answered a request with an error the engine cannot work around."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"The sync server refused the request ({status} {code}): {message}")
        self.status = status
        self.code = code
        self.message = message


class BadServerResponse(SyncError):
    """The answer was malformed or hostile; it was refused and nothing local changed."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"The sync server sent an answer this device refuses ({reason}); nothing was "
            "changed. Tell the administrator."
        )
        self.reason = reason


class SyncCancelled(SyncError):
    def __init__(self) -> None:
        super().__init__(f"The sync was stopped; {KEPT}.")
