"""Reading a document's QR code back from a file: a PDF, or a photo or scan of the paper.

PDF pages are rasterized with PDFium (pypdfium2), images are opened with Pillow, and the codes are
found with zxing-cpp, the same decoders a phone app would use. No file is written.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

PDF_RENDER_DPI = 200
MAX_PDF_PAGES = 10
MAX_IMAGE_PIXELS = 60_000_000


class Unreadable(StrEnum):
    """Why a file could not be read (the GUI words it in the officer's language)."""

    NOT_OPENED = "not_opened"  # the file system refused (missing, no permission)
    NOT_PDF = "not_pdf"  # starts like a PDF but is not one
    NOT_IMAGE = "not_image"  # neither a PDF nor an image format this application reads


class UnreadableFile(ValueError):
    """The file is not a PDF or image this application can read; ``why`` says why."""

    def __init__(self, name: str, why: Unreadable, detail: str = "") -> None:
        self.name = name
        self.why = why
        super().__init__(
            {
                Unreadable.NOT_OPENED: f"{name} cannot be read ({detail})",
                Unreadable.NOT_PDF: f"{name} is not a readable PDF",
                Unreadable.NOT_IMAGE: (
                    f"{name} is not a PDF or an image this application can read (PNG, JPEG, …)"
                ),
            }[why]
        )


def qr_texts_in_file(path: Path) -> list[str]:
    """The text of every QR code found in the file, in page order."""
    try:
        head = path.read_bytes()[:5]
    except OSError as problem:
        raise UnreadableFile(path.name, Unreadable.NOT_OPENED, problem.strerror or "") from None
    images = _pdf_pages(path) if head == b"%PDF-" else [_image(path)]
    texts: list[str] = []
    for image in images:
        texts += qr_texts_in_image(image)
    return texts


def qr_texts_in_image(image: Image.Image) -> list[str]:
    grey = ImageOps.exif_transpose(image).convert("L")
    return [result.text for result in zxingcpp.read_barcodes(grey) if _is_qr(result)]


def rasterize_pdf(path: Path, dpi: int = PDF_RENDER_DPI) -> list[Image.Image]:
    """Every page of the PDF as an image (for verification and for tests that look at pages)."""
    return _pdf_pages(path, dpi)


def _pdf_pages(path: Path, dpi: int = PDF_RENDER_DPI) -> list[Image.Image]:
    try:
        pdf = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError:
        raise UnreadableFile(path.name, Unreadable.NOT_PDF) from None
    try:
        pages = []
        for index in range(min(len(pdf), MAX_PDF_PAGES)):
            page = pdf[index]
            pages.append(page.render(scale=dpi / 72).to_pil())
            page.close()
        return pages
    finally:
        pdf.close()


def _image(path: Path) -> Image.Image:
    Image.MAX_IMAGE_PIXELS = MAX_IMAGE_PIXELS
    try:
        with Image.open(path) as opened:
            opened.load()
            return opened.copy()
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError):
        raise UnreadableFile(path.name, Unreadable.NOT_IMAGE) from None


def _is_qr(result: zxingcpp.Result) -> bool:
    return result.format in (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
