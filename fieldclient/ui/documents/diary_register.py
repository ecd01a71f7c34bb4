"""The day's daily diary printed as the register (Form 22.48(1)'s printed form was not found:
docs/REGISTERS.md §2), A4, one row per entry in the order made: number, hour of the entry, hour
the information arrived, kind of entry, the entry, and who wrote it. Open days say they are open.

It is a list of many records, not one record's document, so it carries no verification code;
each entry's own record is what the server holds.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fieldclient.domain.record import Record
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.ui.documents.compose import both, esc, stacked, when
from fieldclient.ui.documents.html_pages import write_html_pdf

TITLE = QT_TRANSLATE_NOOP("DocumentText", "Daily diary (roznamcha)")
OPEN_DAY = QT_TRANSLATE_NOOP("DocumentText", "The day is not closed: entries may still follow.")
ENTRY_WORDS = {
    "general": QT_TRANSLATE_NOOP("DocumentText", "General"),
    "arrival": QT_TRANSLATE_NOOP("DocumentText", "Arrival on duty"),
    "departure": QT_TRANSLATE_NOOP("DocumentText", "Departure from duty"),
    "fir": QT_TRANSLATE_NOOP("DocumentText", "FIR registered"),
    "ncr_155": QT_TRANSLATE_NOOP("DocumentText", "Non-cognizable report (s.155)"),
    "tenant": QT_TRANSLATE_NOOP("DocumentText", "Tenant registered"),
    "property_received": QT_TRANSLATE_NOOP("DocumentText", "Property received"),
    "day_closed": QT_TRANSLATE_NOOP("DocumentText", "Day closed"),
}
HEADINGS = (
    QT_TRANSLATE_NOOP("DocumentText", "No."),
    QT_TRANSLATE_NOOP("DocumentText", "Entered"),
    QT_TRANSLATE_NOOP("DocumentText", "Information received"),
    QT_TRANSLATE_NOOP("DocumentText", "Kind"),
    QT_TRANSLATE_NOOP("DocumentText", "Entry"),
    QT_TRANSLATE_NOOP("DocumentText", "Written by"),
)


def register_html(station: str, day: date, entries: list[Record]) -> str:
    heading = "".join(f"<th>{stacked(words)}</th>" for words in HEADINGS)
    rows = "".join(_row(entry) for entry in entries)
    closed = any(entry.data.get("entry_type") == "day_closed" for entry in entries)
    parts = [
        f"<h2 align='center'>{stacked(TITLE)}</h2>",
        f"<p align='center'>{esc(station)} — {day:%d-%m-%Y}</p>",
        "<table width='100%' border='1' cellspacing='0' cellpadding='3'>"
        f"<tr>{heading}</tr>{rows}</table>",
    ]
    if not closed:
        parts.append(f"<p><i>{both(OPEN_DAY)}</i></p>")
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _row(entry: Record) -> str:
    data = entry.data
    kind = ENTRY_WORDS.get(str(data.get("entry_type", "")), "")
    cells = (
        esc(entry.number or entry.provisional_number or ""),
        when(data.get("entered_at")),
        when(data.get("received_at")),
        stacked(kind) if kind else "",
        esc(data.get("text", "")),
        esc(entry.created_by),
    )
    return "<tr>" + "".join(f"<td valign='top'>{cell}</td>" for cell in cells) + "</tr>"


def write_register_pdf(html: str, path: Path) -> int:
    """The register as an A4 PDF at `path` (temp file, then moved into place); returns pages."""
    return write_html_pdf(html, path, "Daily diary")
