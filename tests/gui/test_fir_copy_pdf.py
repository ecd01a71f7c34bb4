"""The informant's FIR copy: a real PDF with Urdu shaped by the bundled Urdu font."""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QTextLayout

from fieldclient.ui.fir_copy_pdf import paragraph_direction, render_fir_pdf, urdu_font_family
from tests.helpers.payloads import challan_payload, fir_payload

URDU_NARRATIVE = (
    "میری موٹر سائیکل چوری ہو گئی۔ میں دکان پر تھا۔\nThe motorcycle was parked outside."
)
PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def page_count(pdf: bytes) -> int:
    """PySide6-Essentials has no QtPdf, so count the page objects Qt's PDF writer emits."""
    return len(PAGE_OBJECT.findall(pdf))


def test_fir_copy_with_urdu_narrative_is_a_one_page_pdf_with_the_urdu_font(
    qapp, records, tmp_path: Path
):
    fir = records.create("fir", fir_payload(narrative=URDU_NARRATIVE))
    out = tmp_path / "out"
    out.mkdir()
    target = out / "fir-copy.pdf"

    render_fir_pdf(fir, target)

    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF-")
    assert len(pdf) > 10_000
    assert page_count(pdf) == 1
    assert b"NotoNaskhArabic" in pdf  # the Urdu runs were set in the bundled font, embedded
    assert [p.name for p in out.iterdir()] == ["fir-copy.pdf"]  # no temporary file left


def test_a_long_narrative_flows_onto_more_pages(qapp, records, tmp_path: Path):
    long_narrative = "\n".join([URDU_NARRATIVE] * 80)
    fir = records.create("fir", fir_payload(narrative=long_narrative))
    target = tmp_path / "long.pdf"

    render_fir_pdf(fir, target)

    assert page_count(target.read_bytes()) >= 2


def test_urdu_letters_take_their_joined_forms(qapp):
    """Contextual shaping: a letter gets a different glyph at the start, middle and end."""
    family = urdu_font_family()
    assert family == "Noto Naskh Arabic"
    layout = QTextLayout("ببب", QFont(family, 12))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    glyph_ids = [gid for run in layout.glyphRuns() for gid in run.glyphIndexes()]

    assert len(glyph_ids) == 3
    assert len(set(glyph_ids)) == 3


@pytest.mark.parametrize(
    ("text", "direction"),
    [
        ("میری موٹر سائیکل", "rtl"),
        ("12 میری", "rtl"),  # digits are weak: the first letter decides
        ("The motorcycle میری", "ltr"),
        ("0300-1234567", "ltr"),
    ],
)
def test_paragraph_direction_follows_the_first_strong_letter(text, direction):
    assert paragraph_direction(text) == direction


def test_a_record_of_another_type_is_refused_and_nothing_written(qapp, records, tmp_path: Path):
    challan = records.create("challan", challan_payload())
    out = tmp_path / "out"
    out.mkdir()

    with pytest.raises(ValueError, match="needs an FIR record"):
        render_fir_pdf(challan, out / "copy.pdf")

    assert list(out.iterdir()) == []
