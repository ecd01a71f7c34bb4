"""The device's hybrid logical clock, restored from the vault at unlock, and repaired when the
stored value cannot be used.

A stored clock that does not parse (an earlier version followed a year-33658 clock from a pulled
record and overflowed the format) or that lies past year 2200 would fail every unlock, or stamp
every later write with a broken time. It is replaced by the current time, the repair is written
to the audit log, and the session carries a notice the GUI and the CLI show in one line.
"""

from collections.abc import Callable
from enum import StrEnum

from fieldclient.domain.hlc import HybridLogicalClock, is_plausible, is_valid
from fieldclient.vault.vault import Vault


class SessionNotice(StrEnum):
    """Something the officer is told once, right after unlocking."""

    CLOCK_REPAIRED = "clock_repaired"
    PUBLIC_KEYS_CHANGED = "public_keys_changed"  # the copy outside the vault had been altered


NOTICE_TEXT = {
    SessionNotice.CLOCK_REPAIRED: (
        "This device's stored clock was unusable (far in the future) and was reset to the "
        "current time; the repair is in the audit log."
    ),
    SessionNotice.PUBLIC_KEYS_CHANGED: (
        "The copy of the document keys kept outside the vault (for verifying without login) "
        "had been changed outside this application; it was rewritten from the vault. Documents "
        "verified without login since then may have been judged with wrong keys. This is in "
        "the audit log."
    ),
}


def restore_clock(
    vault: Vault, meta_key: str, wall_clock_ms: Callable[[], int] | None = None
) -> tuple[HybridLogicalClock, list[SessionNotice]]:
    """The clock continuing from the value kept under ``meta_key``, repaired if need be;
    ``wall_clock_ms`` replaces the PC's clock (tests of a device clock that is off)."""
    stored = vault.get_meta(meta_key)
    if stored is None or is_plausible(stored):
        return HybridLogicalClock(vault.device_id, wall_clock_ms=wall_clock_ms, last=stored), []
    clock = HybridLogicalClock(vault.device_id, wall_clock_ms=wall_clock_ms)
    reason = "far_future" if is_valid(stored) else "unreadable"
    with vault.transaction():
        vault.set_meta(meta_key, clock.now())
        vault.audit("clock.repair", None, {"reason": reason})
    return clock, [SessionNotice.CLOCK_REPAIRED]
