"""A report's words in a language: on screen through the installed translator, in a file in the
language chosen for it (the Urdu read as the documents read theirs, `bilingual.urdu`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldclient.domain.reports import Term, english
from fieldclient.domain.reports.table import Translate
from fieldclient.ui.documents.bilingual import urdu


def on_screen(term: Term) -> str:
    """In the screen's language (the application's translator)."""
    return QCoreApplication.translate(term.context, term.english)


def in_urdu(term: Term) -> str:
    return urdu(term.english, term.context)


def words_in(language: str) -> Translate:
    """The report's words in ``language`` (``en`` or ``ur``), whatever the screen shows."""
    return in_urdu if language == "ur" else english
