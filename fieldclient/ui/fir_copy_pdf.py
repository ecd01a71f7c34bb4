"""The informant's copy of an FIR as a PDF (Section 154 CrPC: given to the informant free of cost).

`QTextDocument` lays the copy out and Qt's text engine (HarfBuzz) shapes Urdu, so letters join and
right-to-left paragraphs read right to left; `QPdfWriter` embeds the fonts it used. Each paragraph
takes its direction from its first strong character, because officers write narratives in Urdu,
English, or both. The copy is written to a temporary file beside the target and moved into place,
so a power cut never leaves half a PDF under the real name.
"""

import html
import os
import re
import sys
import tempfile
import unicodedata
from datetime import datetime
from functools import cache
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from fieldclient.domain.record import Record
from fieldclient.domain.reference import ppc_sections
from fieldclient.paths import resources_dir

PDF_RESOLUTION_DPI = 300
BODY_POINT_SIZE = 10.5
# Families that shape Urdu well, best first; the first one installed (or bundled) is used.
URDU_FAMILY_PREFERENCE = ("Noto Naskh Arabic", "Noto Nastaliq Urdu", "Urdu Typesetting", "Tahoma")
RTL_BIDI_CLASSES = frozenset({"R", "AL"})
# A run of Arabic-script words (with the spaces and punctuation between them) set in the Urdu font;
# the rest keeps the body font, so Latin text and digits are not drawn with the Urdu font's glyphs.
ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_RUN = re.compile(f"[{ARABIC_LETTERS}]+(?:[\\s.,:;!?()\\-]+[{ARABIC_LETTERS}]+)*")
STRONG_BIDI_CLASSES = RTL_BIDI_CLASSES | {"L"}

_application: QApplication | None = None


def render_fir_pdf(record: Record, path: Path) -> None:
    """Write the informant's copy of `record` (an FIR) to `path` as an A4 PDF."""
    if record.type != "fir":
        raise ValueError(f"an FIR copy needs an FIR record, not a {record.type} record")
    _ensure_gui_application()
    document = QTextDocument()
    document.setDefaultFont(copy_font())
    document.setDocumentMargin(0)
    document.setHtml(fir_copy_html(record))
    target = Path(path)
    handle, temp_name = tempfile.mkstemp(prefix=".fir-copy-", suffix=".pdf", dir=target.parent)
    os.close(handle)
    try:
        _print_to_pdf(document, Path(temp_name))
        os.replace(temp_name, target)
    except BaseException:
        Path(temp_name).unlink(missing_ok=True)
        raise


def _print_to_pdf(document: QTextDocument, temp_path: Path) -> None:
    writer = QPdfWriter(str(temp_path))
    writer.setResolution(PDF_RESOLUTION_DPI)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout.Unit.Millimeter)
    writer.setTitle(_tr("FIR copy for the informant"))
    writer.setCreator("fieldclient")
    document.print_(writer)
    del writer  # closes the file
    with temp_path.open("rb") as written:
        if written.read(5) != b"%PDF-":
            raise OSError(f"could not write the FIR copy to {temp_path.parent}")


def _ensure_gui_application() -> None:
    """Fonts need a Qt application; the self-test and scripts render without the main window.

    A full QApplication, not a QGuiApplication: widgets made later in the same process need one.
    """
    global _application
    if QGuiApplication.instance() is None:
        _application = QApplication(sys.argv[:1] or ["fieldclient"])


def copy_font() -> QFont:
    """The body font: the platform's default at a print size."""
    font = QFont()
    font.setPointSizeF(BODY_POINT_SIZE)
    return font


@cache
def urdu_font_family() -> str | None:
    """A family with Arabic-script glyphs: a preferred one if present, else any that has them.

    The fonts in `resources/fonts` are registered first, so the copy looks the same on every PC.
    """
    for font_file in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        QFontDatabase.addApplicationFont(str(font_file))
    arabic_families = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    for preferred in URDU_FAMILY_PREFERENCE:
        if preferred in arabic_families:
            return preferred
    return arabic_families[0] if arabic_families else None


def fir_copy_html(record: Record) -> str:
    """The copy's content as the HTML subset QTextDocument understands."""
    data = record.data
    informant = data.get("informant", {})
    number = record.number or record.provisional_number or ""
    parts = [
        f"<h2 align='center'>{_esc(_tr('First Information Report'))}</h2>",
        f"<p align='center'>{_esc(_tr('Section 154 CrPC — copy for the informant, free of cost'))}"
        "</p>",
        _table(
            [
                (_tr("FIR number"), number),
                (_tr("Police station"), record.station),
                (_tr("Daily diary number"), data.get("diary_no", "")),
                (_tr("Reported at"), _when(data.get("reported_at", record.created_at))),
                (_tr("Status"), record.status.replace("_", " ")),
            ]
        ),
    ]
    if record.number is None:
        parts.append(
            "<p><i>"
            + _esc(
                _tr(
                    "Provisional number: the official FIR number is given when this record "
                    "reaches the central server."
                )
            )
            + "</i></p>"
        )
    parts += [
        _heading(_tr("Informant")),
        _table(
            [
                (_tr("Name"), informant.get("name", "")),
                (_tr("Father's name"), informant.get("father_name", "")),
                (_tr("CNIC"), informant.get("cnic", "")),
                (_tr("Phone"), informant.get("phone", "")),
                (_tr("Address"), informant.get("address", "")),
            ]
        ),
        _heading(_tr("Offence")),
        _table(
            [
                (_tr("Sections"), "; ".join(_offence_line(o) for o in data.get("offences", []))),
                (_tr("Occurred at"), _when(data.get("occurred_at", ""))),
                (_tr("Place of occurrence"), data.get("place", "")),
            ]
        ),
        _heading(_tr("Accused")),
        *(_paragraph(_accused_line(person)) for person in data.get("accused", [])),
        _heading(_tr("Statement of the informant")),
        *(_paragraph(line) for line in str(data.get("narrative", "")).splitlines() if line.strip()),
    ]
    if record.statements:
        parts.append(_heading(_tr("Supplementary statements")))
        for statement in record.statements:
            given_by = statement.get("given_by") or statement.get("by", "")
            parts.append(f"<p><b>{_esc(_when(statement.get('at', '')))} — {_esc(given_by)}</b></p>")
            parts += [_paragraph(line) for line in statement.get("text", "").splitlines() if line]
    parts += [
        "<br/><br/>",
        _paragraph(
            _tr("Recorded by officer {badge}. Signature of the officer in charge:").format(
                badge=record.created_by
            )
            + " ______________________"
        ),
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def paragraph_direction(text: str) -> str:
    """ "rtl" or "ltr", from the first strong character (the Unicode bidi rule P2)."""
    for char in text:
        bidi_class = unicodedata.bidirectional(char)
        if bidi_class in STRONG_BIDI_CLASSES:
            return "rtl" if bidi_class in RTL_BIDI_CLASSES else "ltr"
    return "ltr"


def _paragraph(text: str) -> str:
    direction = paragraph_direction(text)
    align = "right" if direction == "rtl" else "left"
    return f"<p dir='{direction}' align='{align}'>{_esc(text)}</p>"


def _heading(text: str) -> str:
    return f"<h4>{_esc(text)}</h4>"


def _table(rows: list[tuple[str, str]]) -> str:
    cells = "".join(
        f"<tr><td width='30%'><b>{_esc(label)}</b></td>"
        f"<td dir='{paragraph_direction(value)}'>{_esc(value)}</td></tr>"
        for label, value in rows
        if value
    )
    return f"<table width='100%' cellspacing='0' cellpadding='3'>{cells}</table>"


def _offence_line(offence: str) -> str:
    section = ppc_sections().get(offence.removeprefix("PPC ").strip())
    return f"{offence} ({section.title})" if section else offence


def _accused_line(person: dict) -> str:
    if person.get("unknown"):
        return _tr("Unknown") + (f": {person['description']}" if person.get("description") else "")
    details = [person.get("name", "")]
    if person.get("father_name"):
        details.append(_tr("son/daughter of {name}").format(name=person["father_name"]))
    details += [person.get(key, "") for key in ("cnic", "address", "description")]
    return ", ".join(detail for detail in details if detail)


def _when(value: str) -> str:
    """An ISO time as "22 Nov 2026, 14:05 (+05:00)"; anything else unchanged."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    offset = moment.strftime("%z")
    shown_offset = f" ({offset[:3]}:{offset[3:]})" if offset else ""
    return moment.strftime("%d %b %Y, %H:%M") + shown_offset


def _esc(text: str) -> str:
    """`text` as HTML, its Arabic-script runs set in the Urdu font."""
    family = urdu_font_family()
    escaped = html.escape(str(text), quote=True)
    if family is None:
        return escaped
    return ARABIC_RUN.sub(
        lambda run: f"<span style=\"font-family:'{family}'\">{run.group(0)}</span>", escaped
    )


def _tr(text: str) -> str:
    return QCoreApplication.translate("FirCopy", text)
