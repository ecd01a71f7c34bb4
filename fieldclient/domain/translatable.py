"""Marking words for translation without importing Qt (the domain stays Qt-free).

``pyside6-lupdate`` extracts the text of every ``QT_TRANSLATE_NOOP("context", "text")`` call it
finds (``make update-translations`` scans ``fieldclient/domain/records`` too); the function itself
returns the English text unchanged. The GUI translates it when it shows it, with
``QCoreApplication.translate(context, text)`` and the same context.
"""

from __future__ import annotations

KIND_CONTEXT = "RecordKind"  # record kinds' names, plurals and list columns
STATUS_CONTEXT = "status"  # status words, shared by every kind


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text``; the call marks it for translation in ``context``."""
    return text
