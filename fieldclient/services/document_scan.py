"""Reading a document's QR code back from a file: a PDF, or a photo or scan of the paper.

PDF pages are rasterized with PDFium (pypdfium2), images are opened with Pillow, and the codes are
found with zxing-cpp, the same decoders a phone app would use. No file is written.
"""

from __future__ import annotations

from pathlib import Path

import pypdfium2
import zxingcpp
from PIL import Image, ImageOps, UnidentifiedImageError

PDF_RENDER_DPI = 200
MAX_PDF_PAGES = 10
MAX_IMAGE_PIXELS = 60_000_000


class UnreadableFile(ValueError):
    """The file is not a PDF or image this application can read; the message says why."""


def qr_texts_in_file(path: Path) -> list[str]:
    """The text of every QR code found in the file, in page order."""
    try:
        head = path.read_bytes()[:5]
    except OSError as problem:
        raise UnreadableFile(f"{path.name} cannot be read ({problem.strerror})") from None
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
        raise UnreadableFile(f"{path.name} is not a readable PDF") from None
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
        raise UnreadableFile(
            f"{path.name} is not a PDF or an image this application can read (PNG, JPEG, …)"
        ) from None


def _is_qr(result: zxingcpp.Result) -> bool:
    return result.format in (zxingcpp.BarcodeFormat.QRCode, zxingcpp.BarcodeFormat.MicroQRCode)
