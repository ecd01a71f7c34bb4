"""HTML pieces the document layouts share, in the subset QTextDocument understands.

Each paragraph takes its direction from its first strong character (the Unicode bidi rule P2),
because officers write in Urdu, English, or both; Arabic-script runs are set in the bundled Urdu
font and the rest keeps the body font, so Latin text and digits are not drawn with Urdu glyphs.
Labels are bilingual: the English text and, beside it, its Urdu (`bilingual.urdu`).
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable
from datetime import datetime
from functools import cache

from PySide6.QtGui import QFontDatabase

from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.paths import resources_dir
from fieldclient.ui.bidi import isolate_latin
from fieldclient.ui.documents.bilingual import urdu

# Families that shape Urdu well, best first; the first one installed (or bundled) is used.
URDU_FAMILY_PREFERENCE = ("Noto Naskh Arabic", "Noto Nastaliq Urdu", "Urdu Typesetting", "Tahoma")
RTL_BIDI_CLASSES = frozenset({"R", "AL"})
STRONG_BIDI_CLASSES = RTL_BIDI_CLASSES | {"L"}
ARABIC_LETTERS = "\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff"
ARABIC_RUN = re.compile(f"[{ARABIC_LETTERS}]+(?:[\\s.,:;!?()\\-،۔]+[{ARABIC_LETTERS}]+)*")
BLANK_LINE = "_" * 22
# The Urdu half of a label is an explicit right-to-left embedding, closed by a left-to-right mark,
# so its words read right to left and a colon, number or date after it stays in the English order.
RLE, LRE, PDF, LRM = "\u202b", "\u202a", "\u202c", "\u200e"


@cache
def urdu_font_family() -> str | None:
    """A family with Arabic-script glyphs: a preferred one if present, else any that has them.

    The fonts in `resources/fonts` are registered first, so documents look the same on every PC.
    """
    for font_file in sorted((resources_dir() / "fonts").glob("*.[ot]tf")):
        QFontDatabase.addApplicationFont(str(font_file))
    arabic_families = QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
    for preferred in URDU_FAMILY_PREFERENCE:
        if preferred in arabic_families:
            return preferred
    return arabic_families[0] if arabic_families else None


def paragraph_direction(text: str) -> str:
    """ "rtl" or "ltr", from the first strong character."""
    for char in text:
        bidi_class = unicodedata.bidirectional(char)
        if bidi_class in STRONG_BIDI_CLASSES:
            return "rtl" if bidi_class in RTL_BIDI_CLASSES else "ltr"
    return "ltr"


def esc(text: object) -> str:
    """`text` as HTML, its Arabic-script runs set in the Urdu font."""
    family = urdu_font_family()
    escaped = html.escape(str(text), quote=True)
    if family is None:
        return escaped
    return ARABIC_RUN.sub(
        lambda run: f"<span style=\"font-family:'{family}'\">{run.group(0)}</span>", escaped
    )


def both(english: str, separator: str = " / ", **values: str) -> str:
    """A bilingual label: the English, then its Urdu; `values` fill their {placeholders}.

    In the Urdu half each value is a left-to-right embedding, so a date or a badge number keeps
    its own order among the Urdu words (after an Arabic letter, digits would otherwise become
    Arabic numbers and "01-12-2026" would read "2026-12-01").
    """
    translated = urdu(english)
    english_html = esc(english).format(**{name: esc(value) for name, value in values.items()})
    if translated == english:
        return english_html
    urdu_html = esc(isolate_latin(translated)).format(
        **{name: f"{LRE}{esc(value)}{PDF}" for name, value in values.items()}
    )
    return f"{english_html}{separator}{RLE}{urdu_html}{PDF}{LRM}"


def urdu_cell(english: str, width: str) -> str:
    """A table cell holding the Urdu of a label alone, right-aligned (the form's Urdu column)."""
    return (
        f"<td width='{width}' valign='top' align='right' dir='rtl'>"
        f"{esc(isolate_latin(urdu(english)))}</td>"
    )


def stacked(english: str) -> str:
    """A bilingual label on two lines (narrow columns and headings)."""
    return both(english, "<br/>")


def content(text: str) -> str:
    """What was typed, as HTML: in Urdu text each Latin word or number (a CNIC, a number plate,
    a date) isolated so it keeps its order among the Urdu words (`bidi.isolate_latin`)."""
    return esc(isolate_latin(text))


def paragraph(text: str, css: str = "") -> str:
    direction = paragraph_direction(text)
    align = "right" if direction == "rtl" else "left"
    style = f" style='{css}'" if css else ""
    return f"<p dir='{direction}' align='{align}'{style}>{content(text)}</p>"


def paragraphs(text: str) -> list[str]:
    return [paragraph(line) for line in str(text).splitlines() if line.strip()]


def value_cell(value: str) -> str:
    return f"<td dir='{paragraph_direction(value)}'>{content(value)}</td>"


def rows_table(rows: Iterable[tuple[str, str]], label_width: str = "32%") -> str:
    """Label/value rows; a row whose value is empty is left out."""
    cells = "".join(
        f"<tr><td width='{label_width}'><b>{label}</b></td>{value_cell(value)}</tr>"
        for label, value in rows
        if value
    )
    return f"<table width='100%' cellspacing='0' cellpadding='2'>{cells}</table>"


def when(value: str | None) -> str:
    """An ISO time in Pakistan time: "22-11-2026 14:05"; a date stays a date; else unchanged."""
    if not value:
        return ""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10:
        return moment.strftime("%d-%m-%Y")
    if moment.tzinfo is not None:
        moment = moment.astimezone(PAKISTAN_TIME)
    return moment.strftime("%d-%m-%Y %H:%M")


def rupees(amount: object) -> str:
    return f"Rs {int(amount):,}" if isinstance(amount, int) else str(amount or "")
