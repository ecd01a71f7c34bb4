"""Helpers for document tests: a device enrolled without a server, registered records."""

from __future__ import annotations

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldclient.domain.record import Record
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session
from sync.client.credentials import Enrollment, store_enrollment
from tests.helpers.payloads import fir_payload


def enroll_without_server(session: Session) -> Ed25519PrivateKey:
    """Store an enrollment as a real one would (the device's key in the vault), no server."""
    private_key = Ed25519PrivateKey.generate()
    enrollment = Enrollment(
        server_url="https://sync.invalid",
        device_id=session.device_id,
        private_key=private_key,
        station_code=session.station,
        station_name="Gulbahar",
        cert_sha256=None,
    )
    with session.vault.transaction():
        store_enrollment(session.vault, enrollment, "Peshawar")
    return private_key


def registered_fir(records: RecordService, narrative: str | None = None, **changes) -> Record:
    payload = fir_payload(narrative=narrative) | {"diary_no": "14"} | changes
    fir = records.create("fir", payload)
    return records.transition(fir.id, "registered", "complaint verified")
