"""Printed documents end to end: render a PDF, rasterize it, decode its QR with the real decoder,
verify it offline; tampering, a wrong key and a revoked device are each caught with the reason."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pypdfium2
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from fieldclient.domain.documents import NotPrintable, payload_for
from fieldclient.domain.documents.payload import SignedDocument, parse_qr_text
from fieldclient.domain.documents.verification import Reason
from fieldclient.services.documents import DocumentService
from fieldclient.services.qr_codes import qr_version
from fieldclient.ui.documents.render import write_pdf
from sync.client.station_keys import StationDeviceKey, store_device_keys
from tests.helpers.documents import enroll_without_server, registered_fir
from tests.helpers.documents_check import decoded_qr_texts, edited, page_texts, photo_of_code
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload

URDU_NARRATIVE = (
    "میری موٹر سائیکل چوری ہو گئی۔ میں دکان پر تھا۔ The motorcycle LEA-1234 was parked outside."
)


@pytest.fixture
def documents(session) -> DocumentService:
    return DocumentService(session)


@pytest.fixture
def device_key(session) -> Ed25519PrivateKey:
    return enroll_without_server(session)


def printed(documents: DocumentService, record_id: str, path: Path, layout: str = "a4") -> Path:
    printout = documents.prepare(record_id, layout)
    write_pdf(printout, path)
    documents.record_print(printout, "pdf")
    return path


def test_an_fir_copy_decodes_from_its_pdf_and_verifies_offline(
    qapp, session, records, documents, device_key, tmp_path
):
    fir = registered_fir(records, narrative=URDU_NARRATIVE)

    pdf = printed(documents, fir.id, tmp_path / "fir.pdf")

    [qr_text] = decoded_qr_texts(pdf)
    verdict = documents.verify_text(qr_text)
    assert verdict.authentic, verdict.sentences()
    assert verdict.payload.record_id == fir.id
    assert verdict.payload.kind == "fir"
    assert verdict.payload.number == fir.provisional_number
    assert verdict.payload.facts == {"o": "PPC 379"}
    assert qr_version(qr_text) <= 17  # small enough to scan reliably off paper
    assert [v.authentic for v in documents.verify_file(pdf)] == [True]
    assert b"NotoNaskhArabic" in pdf.read_bytes()  # Urdu set in the bundled font, embedded


def test_a_photo_of_the_code_verifies_too(qapp, records, documents, device_key, tmp_path):
    fir = registered_fir(records)
    [qr_text] = decoded_qr_texts(printed(documents, fir.id, tmp_path / "fir.pdf"))

    verdicts = documents.verify_file(photo_of_code(qr_text, tmp_path / "photo.jpg"))

    assert [v.authentic for v in verdicts] == [True]


def test_an_edited_payload_is_not_authentic(qapp, records, documents, device_key, tmp_path):
    fir = registered_fir(records)
    [qr_text] = decoded_qr_texts(printed(documents, fir.id, tmp_path / "fir.pdf"))

    forged = edited(qr_text, f={"o": "PPC 302"})
    verdicts = documents.verify_file(photo_of_code(forged, tmp_path / "forged.jpg"))

    assert [v.reason for v in verdicts] == [Reason.SIGNATURE_MISMATCH]
    assert "altered" in verdicts[0].sentences()[0]


def test_a_document_signed_with_another_key_is_not_authentic(
    qapp, session, records, documents, device_key, tmp_path
):
    fir = registered_fir(records)
    [qr_text] = decoded_qr_texts(printed(documents, fir.id, tmp_path / "fir.pdf"))
    genuine = parse_qr_text(qr_text)
    intruder = Ed25519PrivateKey.generate()
    message = genuine.payload.signed_message()

    claims_this_device = SignedDocument(genuine.payload, session.device_id, intruder.sign(message))
    unknown_device = SignedDocument(genuine.payload, "f" * 32, intruder.sign(message))

    assert documents.verify_text(claims_this_device.qr_text()).reason is Reason.SIGNATURE_MISMATCH
    verdict = documents.verify_text(unknown_device.qr_text())
    assert verdict.reason is Reason.UNKNOWN_DEVICE
    assert "f" * 32 in verdict.sentences()[0]


def test_a_revoked_device_is_not_authentic(qapp, session, records, documents, tmp_path):
    fir = registered_fir(records)
    other_device = Ed25519PrivateKey.generate()
    other_id = "a" * 32
    public = other_device.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    revoked_at = 1_790_000_000_000
    with session.vault.transaction():
        store_device_keys(
            session.vault,
            [StationDeviceKey(other_id, base64.b64encode(public).decode(), revoked_at)],
            "digest",
        )
    document = payload_for(fir)
    signed = SignedDocument(document, other_id, other_device.sign(document.signed_message()))

    verdict = documents.verify_text(signed.qr_text())

    assert verdict.reason is Reason.DEVICE_REVOKED
    assert "revoked on 2026-09-21" in verdict.sentences()[0]


def test_a_draft_fir_has_no_copy_and_an_unenrolled_device_prints_without_a_code(
    qapp, records, documents, tmp_path
):
    draft = records.create("fir", fir_payload())
    with pytest.raises(NotPrintable, match="register the FIR first"):
        documents.prepare(draft.id)

    fir = registered_fir(records)
    pdf = printed(documents, fir.id, tmp_path / "fir.pdf")

    assert decoded_qr_texts(pdf) == []
    # PDFium returns a mixed Urdu/English line in right-to-left order: look for single words.
    assert "enrolled" in page_texts(pdf)[0] and "verification" in page_texts(pdf)[0]


def test_the_copy_holds_the_fir_as_registered_not_its_statements(
    qapp, records, documents, device_key, tmp_path
):
    fir = registered_fir(records, narrative="The shop was broken into at night.")
    records.append_statement(fir.id, {"text": "Witness Karim saw a white car."})

    text = "\n".join(page_texts(printed(documents, fir.id, tmp_path / "fir.pdf")))

    assert "The shop was broken into at night." in text
    assert "Karim" not in text
    assert "Form No. 24.5(1)" in text and "Signature or thumb impression" in text


def test_the_copy_prints_the_register_fields_and_the_recording_officer(
    qapp, records, documents, device_key, tmp_path
):
    fir = registered_fir(
        records,
        complainant={"name": "Tariq Mehmood", "age": 41, "occupation": "police officer"},
        offences=["CNSA 9(c)"],
        property_carried_off=[{"description": "Honda CD-70", "value": 85000}],
        distance_from_station_km=2.5,
        direction_from_station="north_east",
        beat="Chowki Khazana",
        steps_taken="SI Sajid Khan sent to the spot",
        recording_officer={"name": "Imran Ali", "rank": "ASI", "belt_no": "PSH-77"},
    )

    text = "\n".join(page_texts(printed(documents, fir.id, tmp_path / "fir.pdf")))

    for printed_text in (
        "Tariq Mehmood",
        "CNSA 9(c)",
        "Honda CD-70 (Rs 85,000)",
        "2.5 km",
        "north-east",
        "Chowki Khazana",
        "SI Sajid Khan sent to the spot",
        "Imran Ali",
        "ASI",
        "PSH-77",
    ):
        assert printed_text in text, printed_text


def test_a_long_narrative_never_leaves_the_signatures_alone_on_a_page(
    qapp, records, documents, device_key, tmp_path
):
    for repeats in (18, 24, 30, 36, 42, 48):
        narrative = "\n".join(
            f"Line {n} of the first information, as the informant said it." for n in range(repeats)
        )
        fir = registered_fir(records, narrative=narrative)
        pages = page_texts(printed(documents, fir.id, tmp_path / f"long-{repeats}.pdf"))
        last = pages[-1]
        assert "Signature or thumb impression" in last
        if len(pages) > 1:
            assert "of the first information" in last, f"{repeats} lines: signatures alone"


def test_a_reprint_says_so_and_every_print_is_audited(
    qapp, session, records, documents, device_key, tmp_path
):
    fir = registered_fir(records)
    first = printed(documents, fir.id, tmp_path / "first.pdf")
    second = printed(documents, fir.id, tmp_path / "second.pdf", layout="a4")

    assert "REPRINT" not in page_texts(first)[0]
    assert "REPRINT" in page_texts(second)[0]  # the line: "REPRINT — copy 2 — first printed …"
    assert printed_copies(session, fir.id) == [1, 2]
    rows = session.vault.conn.execute(
        "SELECT officer, detail FROM audit WHERE action = 'document.print' AND record_id = ?",
        (fir.id,),
    ).fetchall()
    assert [officer for officer, _ in rows] == [session.officer_badge] * 2
    assert all('"layout": "a4"' in detail and '"to": "pdf"' in detail for _, detail in rows)


def printed_copies(session, record_id: str) -> list[int]:
    rows = session.vault.conn.execute(
        "SELECT detail FROM audit WHERE action = 'document.print' AND record_id = ? ORDER BY seq",
        (record_id,),
    )
    return [json.loads(detail)["copy"] for (detail,) in rows]


@pytest.mark.parametrize("layout", ["a4", "receipt"])
def test_a_challan_ticket_verifies_in_both_layouts(
    qapp, records, documents, device_key, tmp_path, layout
):
    challan = records.create("challan", challan_payload() | {"documents_seized": ["licence"]})

    pdf = printed(documents, challan.id, tmp_path / f"ticket-{layout}.pdf", layout)

    [qr_text] = decoded_qr_texts(pdf)
    verdict = documents.verify_text(qr_text)
    assert verdict.authentic
    assert verdict.payload.facts == {"v": "LEA-1234", "a": str(challan.data["fine_total"])}
    text = page_texts(pdf)[0]
    assert "seat belt" in text and "5,750" in text
    assert "licence" in text and "Where to pay" in text
    width_mm = pypdfium2.PdfDocument(str(pdf))[0].get_width() / 72 * 25.4
    assert round(width_mm) == (80 if layout == "receipt" else 210)


@pytest.mark.parametrize("layout", ["a4", "receipt"])
def test_a_ticket_prints_the_tickets_new_facts(
    qapp, records, documents, device_key, tmp_path, layout
):
    driver = {**challan_payload()["driver"], "father_name": "Ahmed Din", "address": "Ichhra"}
    driver["licence_category"] = "LTV"
    ticket = challan_payload() | {
        "psid": "123456123456780000",
        "traffic_sector": "Civil Lines",
        "driver": driver,
        "vehicle": {"make": "Suzuki", "colour": "white"},
        "seized_document": {"kind": "registration book", "number": "RB-77"},
        "officer": {"name": "Imran Ali", "rank": "Traffic Warden", "belt_no": "TW-118"},
        "offender_refused_to_sign": True,
    }
    challan = records.create("challan", ticket)

    text = page_texts(printed(documents, challan.id, tmp_path / f"full-{layout}.pdf", layout))[0]

    flat = " ".join(text.split())
    for fact in (
        "123456123456780000",
        "Civil Lines",
        "Ahmed Din",
        "LHR-123456 (LTV)",
        "Suzuki, white",
        "registration book RB-77",
        "Imran Ali (Traffic Warden, TW-118)",
        "The driver refused to sign",
    ):
        assert fact in flat, fact


def test_a_paid_challan_keeps_verifying_its_ticket(qapp, records, documents, device_key, tmp_path):
    challan = records.create("challan", challan_payload())
    [qr_text] = decoded_qr_texts(printed(documents, challan.id, tmp_path / "ticket.pdf"))

    records.edit(challan.id, {"payment_ref": "BOP-123456"})

    assert payload_for(records.get(challan.id)) == parse_qr_text(qr_text).payload


def test_a_tenant_receipt_verifies(qapp, records, documents, device_key, tmp_path):
    tenant = records.create("tenant", tenant_payload())

    pdf = printed(documents, tenant.id, tmp_path / "receipt.pdf")

    [qr_text] = decoded_qr_texts(pdf)
    assert documents.verify_text(qr_text).authentic
    assert tenant.number in page_texts(pdf)[0]
