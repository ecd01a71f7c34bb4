"""A device enrollment asked for (first-run wizard or File ▸ Enroll), kept until it succeeds.

The one-time code is kept in the vault (encrypted) under `PENDING_ENROLLMENT_KEY`, the server
address also in the settings. The sync controller enrolls on a worker after unlock and clears the
entry on success; after a failure (server down, offline first) the next unlock tries again.
"""

from __future__ import annotations

import json

from fieldclient.services.station import StationServices

PENDING_ENROLLMENT_KEY = "pending_enrollment"


def remember_enrollment(
    services: StationServices, server_url: str, one_time_code: str, fingerprint: str = ""
) -> None:
    vault = services.session.vault
    request = {"server_url": server_url, "code": one_time_code, "fingerprint": fingerprint}
    with vault.transaction():
        vault.set_meta(PENDING_ENROLLMENT_KEY, json.dumps(request))
        vault.audit("device.enroll_requested", None, {})


def pending_enrollment(services: StationServices) -> dict[str, str] | None:
    stored = services.session.vault.get_meta(PENDING_ENROLLMENT_KEY)
    return json.loads(stored) if stored else None


def clear_pending_enrollment(services: StationServices) -> None:
    vault = services.session.vault
    with vault.transaction():
        vault.set_meta(PENDING_ENROLLMENT_KEY, "")
