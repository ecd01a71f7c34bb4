"""Every print from a practice vault carries the TRAINING watermark; real prints do not."""

from __future__ import annotations

import pytest

from fieldclient.services.document_scan import rasterize_pdf
from fieldclient.services.documents import DocumentService
from fieldclient.services.records import RecordService
from fieldclient.services.training import create_practice_vault
from fieldclient.ui.documents.render import WATERMARK_COLOUR, write_pdf
from tests.helpers.documents import enroll_without_server, registered_fir
from tests.helpers.documents_check import decoded_qr_texts, page_texts
from tests.helpers.payloads import challan_payload


@pytest.fixture
def practice(tmp_path):  # type: ignore[no-untyped-def]
    session = create_practice_vault(
        tmp_path / "practice",
        badge="TR-1",
        name="Trainee",
        password="practice-pw-1",
        station="PS-TRAIN",
        seed=5,
    )
    enroll_without_server(session)
    yield session
    session.close()


def _watermark_pixels(pdf) -> list[int]:  # type: ignore[no-untyped-def]
    """Per page, how many pixels have the watermark's light red."""
    wanted = (WATERMARK_COLOUR.red(), WATERMARK_COLOUR.green(), WATERMARK_COLOUR.blue())
    counts = []
    for page in rasterize_pdf(pdf, dpi=60):
        raw = page.convert("RGB").tobytes()
        pixels = (raw[index : index + 3] for index in range(0, len(raw), 3))
        counts.append(
            sum(
                1
                for pixel in pixels
                if all(abs(a - b) <= 12 for a, b in zip(pixel, wanted, strict=True))
            )
        )
    return counts


@pytest.mark.parametrize(("kind", "layout"), [("fir", "a4"), ("challan", "receipt")])
def test_a_practice_print_carries_the_watermark_and_still_verifies(
    qapp, practice, tmp_path, kind, layout
):
    records = RecordService(practice)
    record = (
        registered_fir(records) if kind == "fir" else records.create("challan", challan_payload())
    )
    documents = DocumentService(practice)
    printout = documents.prepare(record.id, layout)
    assert printout.training
    pdf = tmp_path / f"{kind}.pdf"
    pages = write_pdf(printout, pdf)

    texts = page_texts(pdf)
    assert len(texts) == pages and all("TRAINING" in text for text in texts)
    assert all("Practice document" in text for text in texts)
    assert all(count > 200 for count in _watermark_pixels(pdf))  # drawn, not only text
    [qr_text] = decoded_qr_texts(pdf)  # drawn under the code: it still reads
    assert documents.verify_text(qr_text).authentic


def test_a_real_print_has_no_watermark(qapp, session, records, tmp_path):
    enroll_without_server(session)
    documents = DocumentService(session)
    printout = documents.prepare(registered_fir(records).id, "a4")
    assert not printout.training
    pdf = tmp_path / "real.pdf"
    write_pdf(printout, pdf)
    assert not any("TRAINING" in text for text in page_texts(pdf))
    assert _watermark_pixels(pdf) == [0] * len(page_texts(pdf))
