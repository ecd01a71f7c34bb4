"""Left-to-right pieces (times, CNICs, number plates) that read correctly inside Urdu text.

In a right-to-left line the Unicode bidi algorithm reorders numbers and Latin words that follow
Arabic letters: "آخری سنک: 2026-12-01 22:01" is drawn as "22:01 01-12-2026", and a CNIC
"12345-1234567-1" in an Urdu sentence as "1-1234567-12345". A directional isolate (LRI … PDI)
makes such a piece one left-to-right unit that keeps its own order whatever surrounds it (Qt lays
isolates out since 6.x; tests/gui/test_urdu_screens.py checks the drawn order). The characters are
added for display only: the domain refuses them in stored text (schema.text), so nothing typed
or stored carries them.
"""

from __future__ import annotations

import re
from datetime import datetime

from fieldclient.domain.pakistan_time import in_pakistan

LRI, PDI = "\u2066", "\u2069"
ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
# A Latin word or number with the punctuation that joins its parts (12345-1234567-1, LEB-1234,
# 412/26, 22:01, 24.5(1); "PPC 337-A" is two pieces and reads right either way). A {placeholder}
# of a text still to be formatted is matched too, and left as it is.
LATIN_PIECE = re.compile(
    r"\{[a-z_]+(?::[^}]*)?\}"
    r"|[A-Za-z0-9](?:[A-Za-z0-9]|[-/:.+_](?=[A-Za-z0-9]))*(?:\([A-Za-z0-9]+\))*"
)
SHOWN_TIME = "%Y-%m-%d %H:%M"


def left_to_right(text: str) -> str:
    """``text`` as one left-to-right unit (a time, a number) to put into any sentence."""
    return f"{LRI}{text}{PDI}" if text else text


def isolate_latin(text: str) -> str:
    """Text as typed, with each Latin word or number isolated where it stands among Urdu words
    (text without Arabic letters is returned unchanged: it needs nothing)."""
    if not ARABIC_LETTER.search(text):
        return text
    return LATIN_PIECE.sub(_isolated, text)


def _isolated(piece: re.Match[str]) -> str:
    found = piece.group(0)
    return found if found.startswith("{") else left_to_right(found)


def shown_time(moment: datetime | None, empty: str = "") -> str:
    """A time as screens show it, in Pakistan time: "2026-12-01 22:01", isolated."""
    if moment is None:
        return empty
    return left_to_right(in_pakistan(moment).strftime(SHOWN_TIME))


def shown_iso(iso: object, empty: str = "") -> str:
    """`shown_time` of a stored ISO 8601 text (drafts, history); other text as it is."""
    if not isinstance(iso, str) or not iso:
        return empty
    try:
        return shown_time(datetime.fromisoformat(iso))
    except ValueError:
        return iso
