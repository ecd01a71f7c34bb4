"""Drawing a `Printout` onto pages: a PDF file, or a printer (the print dialog's or preview's).

A layout (`fieldclient.ui.documents.LAYOUTS`, one module per record kind) gives the document as
HTML; `QTextDocument` lays it out at the device's resolution and Qt's text engine (HarfBuzz)
shapes the Urdu. Pages are painted one by one with a footer; an A4 document is paginated with
one rule beyond Qt's own: its closing block (signatures) never stands alone on a page, so a few
lines of the text before it are moved over with it. A receipt is one page as long as its content.
A PDF is written to a temporary file beside the target and moved into place, so a power cut never
leaves half a PDF under the real name.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextTable,
)
from PySide6.QtWidgets import QApplication

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.services.qr_codes import qr_png
from fieldclient.ui.documents.bilingual import urdu
from fieldclient.ui.documents.compose import both, esc, urdu_font_family
from fieldclient.ui.documents.registry import layout_for

PDF_RESOLUTION_DPI = 300
QR_URL = QUrl("qr:document")
KEEP_LINES_WITH_CLOSING = 3
MM_PER_INCH = 25.4
WATERMARK = QT_TRANSLATE_NOOP("DocumentText", "TRAINING")
WATERMARK_LINE = QT_TRANSLATE_NOOP("DocumentText", "Practice document — not valid")
WATERMARK_COLOUR = QColor(235, 150, 150)  # light red: plain on paper, never hides the text


@dataclass(frozen=True)
class PageSpec:
    width_mm: float
    height_mm: float | None  # None: a roll, one page as long as the content
    margin_mm: float
    body_point_size: float
    footer: bool


PAGE_SPECS = {
    "a4": PageSpec(210, 297, 12, 9, footer=True),
    # 80 mm paper of the wardens' Bluetooth receipt printers; 72 mm of it is printable.
    "receipt": PageSpec(80, None, 4, 8, footer=False),
}
RECEIPT_MIN_HEIGHT_MM = 100

_application: QApplication | None = None


def write_pdf(printout: Printout, path: Path) -> int:
    """Write the document to `path` as a PDF; returns the number of pages."""
    ensure_gui_application()
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=".document-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setTitle(document_title(printout))
        writer.setCreator("fieldclient")
        pages = paint(printout, writer)
        del writer  # closes the file
        with open(temp_name, "rb") as written:
            if written.read(5) != b"%PDF-":
                raise OSError(f"could not write the document to {target.parent}")
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return pages


def paint(printout: Printout, device: QPagedPaintDevice) -> int:
    """Lay the document out for `device` (a PDF writer or a printer) and paint every page."""
    spec = PAGE_SPECS[printout.layout]
    _set_page(device, spec, spec.height_mm or RECEIPT_MIN_HEIGHT_MM)
    document = build_document(printout, device, spec)
    footer_height = _footer_height(device) if spec.footer else 0
    if spec.height_mm is None:
        content_mm = document.size().height() / device.logicalDpiY() * MM_PER_INCH
        _set_page(device, spec, max(RECEIPT_MIN_HEIGHT_MM, content_mm + 2 * spec.margin_mm + 1))
        page_height = float(document.size().height()) + 1
    else:
        page_height = float(device.height() - footer_height)
    document.setPageSize(QSizeF(device.width(), page_height))
    if spec.height_mm is not None:
        keep_closing_with_text(document, page_height)
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            if printout.training:
                paint_watermark(painter, device)  # under the text: the QR code stays readable
            painter.save()
            painter.translate(0, -page * page_height)
            document.drawContents(
                painter, QRectF(0, page * page_height, device.width(), page_height)
            )
            painter.restore()
            if spec.footer:
                _paint_footer(painter, device, printout, page, pages, footer_height)
    finally:
        painter.end()
    return pages


def build_document(printout: Printout, device: QPagedPaintDevice, spec: PageSpec) -> QTextDocument:
    urdu_font_family()  # registers the bundled fonts before the layout asks for them
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(spec.body_point_size)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setTextWidth(device.width())
    if printout.signed is not None:
        image = QImage.fromData(qr_png(printout.signed.qr_text()))
        document.addResource(QTextDocument.ResourceType.ImageResource, QR_URL, image)
    document.setHtml(layout_for(printout.record.type).html(printout, QR_URL.toString()))
    return document


def keep_closing_with_text(document: QTextDocument, page_height: float) -> None:
    """Move the last lines before the closing table onto its page when it would stand alone.

    The lines moved are the last `KEEP_LINES_WITH_CLOSING` of the text before it (a paragraph is
    split at a line if it is longer), or all of that text up to the table above it, so a heading
    is never left behind at the bottom of the page before.
    """
    closing = _last_table(document)
    if closing is None:
        return
    layout = document.documentLayout()
    closing_page = int((layout.frameBoundingRect(closing).bottom() - 1) // page_height)
    before = document.findBlock(closing.firstPosition()).previous()
    while before.isValid() and not before.text().strip():
        before = before.previous()
    if not before.isValid() or _page_of_block_end(document, before, page_height) >= closing_page:
        return
    lines = before.layout().lineCount()
    if lines > KEEP_LINES_WITH_CLOSING:
        split_line = before.layout().lineAt(lines - KEEP_LINES_WITH_CLOSING)
        cursor = QTextCursor(before)
        cursor.setPosition(before.position() + split_line.textStart())
        cursor.insertBlock()
        _break_before(cursor)
        return
    first = before
    while True:
        previous = first.previous()
        if not previous.isValid() or QTextCursor(previous).currentTable() is not None:
            break
        if lines >= KEEP_LINES_WITH_CLOSING and not _is_heading(previous):
            break
        first = previous
        lines += first.layout().lineCount()
    _break_before(QTextCursor(first))


def _page_of_block_end(document: QTextDocument, block: QTextBlock, page_height: float) -> int:
    return int((document.documentLayout().blockBoundingRect(block).bottom() - 1) // page_height)


def _is_heading(block: QTextBlock) -> bool:
    return block.blockFormat().headingLevel() > 0


def _break_before(cursor: QTextCursor) -> None:
    block_format = QTextBlockFormat(cursor.blockFormat())
    block_format.setPageBreakPolicy(QTextBlockFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.setBlockFormat(block_format)


def document_title(printout: Printout) -> str:
    return layout_for(printout.record.type).title


def ensure_gui_application() -> None:
    """Fonts need a Qt application; the CLI and the self-test render without the main window.

    A full QApplication, not a QGuiApplication: widgets made later in the same process need one.
    """
    global _application
    if QGuiApplication.instance() is None:
        _application = QApplication(sys.argv[:1] or ["fieldclient"])


def _last_table(document: QTextDocument) -> QTextTable | None:
    tables = [
        frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)
    ]
    return tables[-1] if tables else None


def _set_page(device: QPagedPaintDevice, spec: PageSpec, height_mm: float) -> None:
    size = QPageSize(
        QSizeF(spec.width_mm, height_mm),
        QPageSize.Unit.Millimeter,
        "",
        QPageSize.SizeMatchPolicy.ExactMatch,
    )
    if spec.height_mm == 297:
        size = QPageSize(QPageSize.PageSizeId.A4)
    margins = QMarginsF(spec.margin_mm, spec.margin_mm, spec.margin_mm, spec.margin_mm)
    device.setPageLayout(
        QPageLayout(size, QPageLayout.Orientation.Portrait, margins, QPageLayout.Unit.Millimeter)
    )


def paint_watermark(painter: QPainter, device: QPagedPaintDevice) -> None:
    """TRAINING across the page, in English and Urdu, for a practice vault's every print."""
    width, height = device.width(), device.height()
    painter.save()
    painter.setPen(WATERMARK_COLOUR)
    painter.translate(width / 2, height / 2)
    painter.rotate(-35 if height > width else -15)
    size = min(width, height)
    lines = (
        (WATERMARK, size / 7, None),
        (urdu(WATERMARK), size / 9, urdu_font_family()),
        (f"{WATERMARK_LINE} / {urdu(WATERMARK_LINE)}", size / 30, None),
    )
    top = -size / 4
    for text, pixels, family in lines:
        font = QFont(family) if family else QFont()
        font.setBold(True)
        font.setPixelSize(max(1, int(pixels)))
        painter.setFont(font)
        box = QRectF(-width, top, 2 * width, pixels * 1.6)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        top += pixels * 1.6
    painter.restore()


def _footer_height(device: QPagedPaintDevice) -> int:
    return int(device.logicalDpiY() * 10 / MM_PER_INCH)  # 10 mm


def _paint_footer(
    painter: QPainter,
    device: QPagedPaintDevice,
    printout: Printout,
    page: int,
    pages: int,
    height: int,
) -> None:
    footer = QTextDocument()
    footer.documentLayout().setPaintDevice(device)
    font = QFont()
    font.setPointSizeF(7.5)
    footer.setDefaultFont(font)
    footer.setDocumentMargin(0)
    footer.setTextWidth(device.width())
    layout = layout_for(printout.record.type)
    page_text = QT_TRANSLATE_NOOP("DocumentText", "Page {page} of {pages}")
    footer.setHtml(
        "<table width='100%'><tr>"
        f"<td>{esc(layout.footer_label(printout))}</td>"
        f"<td align='right'>{both(page_text, page=str(page + 1), pages=str(pages))}</td>"
        "</tr></table>"
    )
    painter.save()
    painter.setPen(Qt.GlobalColor.black)
    painter.drawLine(
        0,
        device.height() - height + height // 4,
        device.width(),
        device.height() - height + height // 4,
    )
    painter.translate(0, device.height() - height + height // 3)
    footer.drawContents(painter)
    painter.restore()
