"""Reading documents back as a verifier would: rasterize the PDF, decode the QR, look at text."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pypdfium2
from PIL import Image

from fieldclient.services.document_scan import qr_texts_in_image, rasterize_pdf
from fieldclient.services.qr_codes import qr_png


def decoded_qr_texts(pdf: Path) -> list[str]:
    """Every QR text on the rendered pages, read with the real decoder (zxing-cpp)."""
    return [text for page in rasterize_pdf(pdf) for text in qr_texts_in_image(page)]


def page_texts(pdf: Path) -> list[str]:
    """Each page's text, with every run of white space (line breaks too) as one space."""
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return [
            " ".join(document[index].get_textpage().get_text_range().split())
            for index in range(len(document))
        ]
    finally:
        document.close()


def photo_of_code(text: str, path: Path) -> Path:
    """A QR code as a JPEG "photo" on a grey background, as a phone or scanner would give it."""
    code = Image.open(io.BytesIO(qr_png(text, module_pixels=6))).convert("L")
    photo = Image.new("L", (code.width + 200, code.height + 160), 200)
    photo.paste(code, (100, 80))
    photo.save(path, quality=85)
    return path


def edited(qr_text: str, **changes: object) -> str:
    """The QR text with some of its fields changed, the signatures left as they were."""
    fields = json.loads(qr_text) | changes
    return json.dumps(fields, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
