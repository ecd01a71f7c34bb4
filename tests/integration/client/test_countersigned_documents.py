"""Issue 14.1 end to end against the real server (SQLite and PostgreSQL): a document printed
before its record synced carries only the device's signature; after a sync the reprint carries
the server's countersignature, which verifies offline with the key from enrollment, and a
tampered or wrongly keyed one is caught."""

from __future__ import annotations

import json
import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldclient.domain.documents.payload import parse_qr_text
from fieldclient.domain.documents.trust import KeySet
from fieldclient.domain.documents.verification import Reason, verify_qr_text
from fieldclient.services.documents import DocumentService
from fieldclient.services.trusted_keys import vault_trusted_keys
from fieldclient.vault import printed_documents
from tests.helpers.documents import registered_fir
from tests.helpers.sync_server_fixtures import server_on_every_backend

server = server_on_every_backend()


def test_a_reprint_after_sync_carries_the_servers_countersignature(new_device):
    device = new_device()
    documents = DocumentService(device.session)
    fir = registered_fir(device.records)
    first = documents.prepare(fir.id)
    documents.record_print(first, "pdf")
    assert first.signed is not None and first.signed.server_signature is None

    device.sync_ok()  # push, pull (the official number), then the countersignature
    reprint = documents.prepare(fir.id)
    verdict = documents.verify_text(reprint.signed.qr_text())

    assert reprint.is_reprint and reprint.signed.payload.number == device.repo.get(fir.id).number
    assert reprint.signed.server_signature is not None
    assert verdict.authentic and verdict.countersigned, verdict
    other_station_pc = new_device(badge="KP-2")  # the server's key from enrolling,
    other_station_pc.sync_ok()  # the printing device's key from its first pull
    assert (
        DocumentService(other_station_pc.session)
        .verify_text(reprint.signed.qr_text())
        .countersigned
    )


def test_a_tampered_or_wrongly_keyed_countersignature_is_not_authentic(new_device):
    device = new_device()
    documents = DocumentService(device.session)
    fir = registered_fir(device.records)
    documents.record_print(documents.prepare(fir.id), "pdf")
    device.sync_ok()
    text = documents.prepare(fir.id).signed.qr_text()
    keys = vault_trusted_keys(device.session.vault)

    raw = json.loads(text)
    raw["f"] = {**raw["f"], "x": "1"}  # a fact added after signing
    tampered = verify_qr_text(json.dumps(raw), keys)
    impostor = KeySet(server=Ed25519PrivateKey.generate().public_key(), devices=keys.devices)
    wrong_key = verify_qr_text(text, impostor)

    assert not tampered.authentic
    assert not wrong_key.authentic and wrong_key.reason == Reason.SERVER_SIGNATURE_MISMATCH
    assert parse_qr_text(text).server_signature is not None


def test_a_record_the_server_does_not_hold_stops_being_asked_for(new_device):
    device = new_device()
    vault = device.session.vault
    never_synced = secrets.token_hex(16)  # e.g. a record whose create the server refused
    with vault.transaction():
        printed_documents.count_print(vault, never_synced, "2026-12-01T10:00:00+05:00", False)
    assert printed_documents.wanted_countersignatures(vault, 10) == [never_synced]

    device.sync_ok()

    assert printed_documents.wanted_countersignatures(vault, 10) == []
