"""A record kind's words on screen: the English source texts its ``RecordKind`` holds, translated
(contexts ``RecordKind`` and ``status``, see ``fieldclient/domain/translatable.py``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldclient.domain.records import KINDS, kind_of
from fieldclient.domain.translatable import KIND_CONTEXT, STATUS_CONTEXT


def _kind_word(text: str) -> str:
    return QCoreApplication.translate(KIND_CONTEXT, text)


def kind_label(record_type: str) -> str:
    """One record of the kind: "FIR", "challan"."""
    return _kind_word(kind_of(record_type).label)


def kind_plural(record_type: str) -> str:
    """The kind's list page title: "FIRs"."""
    return _kind_word(kind_of(record_type).plural)


def column_titles(record_type: str | None) -> tuple[str, str]:
    """Headings of what the kind's ``summary`` puts in title and detail."""
    if record_type is None:  # a list of every kind
        return (
            QCoreApplication.translate("RecordListModel", "Name"),
            QCoreApplication.translate("RecordListModel", "Details"),
        )
    columns = kind_of(record_type).columns
    return (_kind_word(columns.title), _kind_word(columns.detail))


def status_label(status: str, record_type: str | None = None) -> str:
    """A status in words an officer reads, e.g. "under investigation" (the record's own kind's
    words when the type is given, else the first kind that names the status)."""
    kinds = [kind_of(record_type)] if record_type else list(KINDS.values())
    for kind in kinds:
        if status in kind.status_labels:
            return QCoreApplication.translate(STATUS_CONTEXT, kind.status_labels[status])
    return status.replace("_", " ")
