"""The Urdu half of a document's bilingual texts.

Documents are printed in Urdu and English whatever the screen language. Their texts are marked
``QT_TRANSLATE_NOOP("DocumentText", ...)`` so Qt Linguist keeps their Urdu in
`resources/translations/fieldclient_ur.ts` with every other translation. The Urdu is read from the
compiled ``fieldclient_ur.qm`` where it exists (the installed app) and otherwise from the ``.ts``
source (a checkout), never from the screen's translator.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache

from PySide6.QtCore import QTranslator

from fieldclient.paths import resources_dir

CONTEXT = "DocumentText"


def urdu(english: str, context: str = CONTEXT) -> str:
    """The Urdu of a text of ``context`` (a document's by default); the English itself if it
    has no translation yet."""
    translator = _compiled()
    found = translator.translate(context, english) if translator is not None else ""
    return found or _from_source().get((context, english), english)


@cache
def _compiled() -> QTranslator | None:
    translator = QTranslator()
    compiled = resources_dir() / "translations" / "fieldclient_ur.qm"
    return translator if compiled.is_file() and translator.load(str(compiled)) else None


@cache
def _from_source() -> dict[tuple[str, str], str]:
    source = resources_dir() / "translations" / "fieldclient_ur.ts"
    texts: dict[tuple[str, str], str] = {}
    if not source.is_file():
        return texts
    for context in ElementTree.parse(source).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                texts[(name, message.findtext("source") or "")] = translation.text
    return texts
