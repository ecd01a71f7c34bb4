"""A report sent up on paper: its title, station and period, each section as a table, and its
notes, in the language chosen (right to left in Urdu), on A4 landscape pages
(`documents/html_pages.py`): a PDF, or the printer chosen in Qt's print dialog with preview.

A report is a list of counts, not one record's document, so it carries no verification code."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPagedPaintDevice

from fieldclient.domain.reports import Report, cell_text
from fieldclient.domain.reports.table import PERIOD, STATION, TRAINING, Translate
from fieldclient.ui.bidi import isolate_latin, left_to_right
from fieldclient.ui.documents.compose import esc
from fieldclient.ui.documents.html_pages import paint_html, write_html_pdf
from fieldclient.ui.documents.render import ensure_gui_application


def report_html(report: Report, translate: Translate, *, right_to_left: bool = False) -> str:
    ensure_gui_application()  # the Urdu font is looked up in Qt's font database
    direction = "rtl" if right_to_left else "ltr"
    align = "right" if right_to_left else "left"
    order = reversed if right_to_left else list  # Qt lays a table out left to right: mirror it

    def shown(text: str) -> str:
        return esc(isolate_latin(text) if right_to_left else text)

    parts = (
        [f"<p align='center' style='color:#b00020'><b>{shown(translate(TRAINING))}</b></p>"]
        if report.training
        else []
    )
    parts += [
        f"<h2 align='center'>{shown(translate(report.title))}</h2>",
        f"<p align='center' dir='{direction}'>{shown(translate(STATION))}: "
        f"{esc(left_to_right(report.station))} — "
        f"{shown(translate(PERIOD))}: {esc(left_to_right(report.period.label()))}</p>",
    ]
    for section in report.sections:
        heading = "".join(
            f"<th>{shown(translate(column))}</th>" for column in order(section.columns)
        )
        rows = "".join(
            "<tr>"
            + "".join(
                f"<td align='{'center' if isinstance(cell, int) else align}'>"
                f"{shown(cell_text(cell, translate))}</td>"
                for cell in order(row)
            )
            + "</tr>"
            for row in section.rows
        )
        parts.append(
            f"<h3 dir='{direction}' align='{align}'>{shown(translate(section.title))}</h3>"
            f"<table dir='{direction}' width='100%' border='1' cellspacing='0' cellpadding='3'>"
            f"<tr>{heading}</tr>{rows}</table>"
        )
    parts += [
        f"<p dir='{direction}' align='{align}'><i>{shown(translate(note))}</i></p>"
        for note in report.notes
    ]
    return f"<html><body dir='{direction}'>" + "\n".join(parts) + "</body></html>"


def write_report_pdf(
    report: Report, path: Path, translate: Translate, *, right_to_left: bool = False
) -> int:
    html = report_html(report, translate, right_to_left=right_to_left)
    return write_html_pdf(html, path, report.kind, training=report.training)


def print_report(
    report: Report, device: QPagedPaintDevice, translate: Translate, *, right_to_left: bool = False
) -> int:
    html = report_html(report, translate, right_to_left=right_to_left)
    return paint_html(html, device, training=report.training)
