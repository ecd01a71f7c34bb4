"""A list that is not one record's document (the day's diary register, a report sent up) laid
out as HTML on A4 landscape pages: written to a PDF, or painted on a printer the officer chose."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import (
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from fieldclient.ui.documents.compose import urdu_font_family
from fieldclient.ui.documents.render import (
    PDF_RESOLUTION_DPI,
    ensure_gui_application,
    paint_watermark,
)

LANDSCAPE_A4 = QPageLayout(
    QPageSize(QPageSize.PageSizeId.A4),
    QPageLayout.Orientation.Landscape,
    QMarginsF(12, 12, 12, 12),
    QPageLayout.Unit.Millimeter,
)


def paint_html(html: str, device: QPagedPaintDevice, *, training: bool = False) -> int:
    """Lay ``html`` out for ``device`` (A4 landscape) and paint every page, under a practice
    vault's TRAINING watermark when ``training``; returns pages."""
    device.setPageLayout(LANDSCAPE_A4)
    urdu_font_family()  # registers the bundled fonts before the layout asks for them
    document = QTextDocument()
    document.documentLayout().setPaintDevice(device)
    document.setHtml(html)
    width, height = device.width(), device.height()
    document.setPageSize(QSizeF(width, height))
    pages = document.pageCount()
    painter = QPainter(device)
    try:
        for page in range(pages):
            if page:
                device.newPage()
            if training:
                paint_watermark(painter, device)
            painter.save()
            painter.translate(0, -page * height)
            document.drawContents(painter, QRectF(0, page * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return pages


def write_html_pdf(html: str, path: Path, title: str, *, training: bool = False) -> int:
    """``html`` as an A4 landscape PDF at ``path`` (temp file, then moved into place)."""
    ensure_gui_application()
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=".pages-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION_DPI)
        writer.setTitle(title)
        writer.setCreator("fieldclient")
        pages = paint_html(html, writer, training=training)
        del writer
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise
    return pages
