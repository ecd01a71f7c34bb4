"""What the attendance screen says when an event is refused, in the officer's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.scanner import ScannerError
from fieldclient.ui.error_words import officer_message


def refusal_text(failure: Exception, badge: str = "") -> str | None:
    """A plain sentence for a refused check-in/out; None if it is not the officer's doing."""
    if isinstance(failure, ScannerError):
        return QCoreApplication.translate(
            "attendance", "No finger on the scanner. Place a finger and try again."
        )
    if not isinstance(failure, ValidationFailed):
        return None
    codes = {(error.field, error.code) for error in failure.errors}
    if ("badge_no", "no_match") in codes:
        return QCoreApplication.translate(
            "attendance", "Fingerprint not recognised. Try again, or use your PIN below."
        )
    if ("pin", "wrong_pin") in codes:
        return QCoreApplication.translate(
            "attendance",
            "Wrong PIN for badge {badge}, or no PIN is set for it. Nothing was recorded.",
        ).format(badge=badge)
    if ("supervisor_badge", "not_supervisor") in codes:
        return QCoreApplication.translate(
            "attendance",
            "That badge is not a supervisor: only an officer of this device marked supervisor in "
            "the attendance set-up, as SHO or Moharrir, may override. Nothing was recorded.",
        )
    if ("supervisor_pin", "wrong_pin") in codes:
        return QCoreApplication.translate(
            "attendance", "Wrong supervisor PIN. Nothing was recorded."
        )
    return officer_message(failure)
