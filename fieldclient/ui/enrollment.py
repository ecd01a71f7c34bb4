"""Device enrollment asked for in the first-run wizard, kept until the sync engine takes it up.

The one-time code is kept in the vault (encrypted) under `PENDING_ENROLLMENT_KEY`, the server
address in the settings; the sync engine's enroll step reads and clears the pending entry.
"""

from __future__ import annotations

import importlib
import json

from fieldclient.services.station import StationServices

PENDING_ENROLLMENT_KEY = "pending_enrollment"


def sync_can_enroll() -> bool:
    """True once the sync client offers `enroll`."""
    try:
        sync_client = importlib.import_module("sync.client")
    except ImportError:
        return False
    return callable(getattr(sync_client, "enroll", None))


def remember_enrollment(services: StationServices, server_url: str, one_time_code: str) -> None:
    vault = services.session.vault
    with vault.transaction():
        vault.set_meta(
            PENDING_ENROLLMENT_KEY, json.dumps({"server_url": server_url, "code": one_time_code})
        )
        vault.audit("device.enroll_requested", None, {})


def pending_enrollment(services: StationServices) -> dict[str, str] | None:
    stored = services.session.vault.get_meta(PENDING_ENROLLMENT_KEY)
    return json.loads(stored) if stored else None
