"""The station's device keys travel with the pull, so a document printed on one device verifies
offline on another, and stops verifying there once the server revoked the printing device."""

from __future__ import annotations

from pathlib import Path

from fieldclient.domain.documents.verification import Reason
from fieldclient.services.documents import DocumentService
from fieldclient.ui.documents.render import write_pdf
from sync.client import station_keys
from tests.helpers.documents import registered_fir
from tests.helpers.documents_check import decoded_qr_texts


def print_copy(device, record_id: str, path: Path) -> str:  # type: ignore[no-untyped-def]
    documents = DocumentService(device.session)
    printout = documents.prepare(record_id)
    write_pdf(printout, path)
    documents.record_print(printout, "pdf")
    [qr_text] = decoded_qr_texts(path)
    return qr_text


def test_a_copy_printed_on_one_device_verifies_on_another_until_revoked(
    qapp, new_device, admin, tmp_path
):
    printing, checking = new_device(badge="KP-1"), new_device(badge="KP-2")
    fir = registered_fir(printing.records)
    qr_text = print_copy(printing, fir.id, tmp_path / "copy.pdf")
    verifier = DocumentService(checking.session)
    assert verifier.verify_text(qr_text).reason is Reason.UNKNOWN_DEVICE  # no keys pulled yet

    checking.sync_ok()

    assert verifier.verify_text(qr_text).authentic
    held = {key.device_id for key in station_keys.held_device_keys(checking.session.vault)}
    assert held == {printing.session.device_id, checking.session.device_id}
    digest = station_keys.held_digest(checking.session.vault)
    checking.sync_ok()  # nothing changed: the keys are not sent again, the digest stays
    assert station_keys.held_digest(checking.session.vault) == digest

    admin.revoke(printing.session.device_id)
    checking.sync_ok()

    verdict = verifier.verify_text(qr_text)
    assert verdict.reason is Reason.DEVICE_REVOKED
    assert "revoked on" in verdict.sentences()[0]


def test_an_older_client_that_sends_no_digest_gets_no_keys(new_device, admin, station):
    new_device()
    raw = admin.device(station).pull().json()
    assert "device_keys" not in raw and "device_keys_digest" not in raw
