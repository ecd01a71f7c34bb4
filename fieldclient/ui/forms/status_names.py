"""Statuses in words an officer reads (translatable), e.g. "under investigation"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _tr(text: str) -> str:
    return QCoreApplication.translate("status", text)


def status_label(status: str) -> str:
    labels = {
        "draft": _tr("draft"),
        "registered": _tr("registered"),
        "under_investigation": _tr("under investigation"),
        "challan_submitted": _tr("challan submitted"),
        "cancelled": _tr("cancelled"),
        "untraced": _tr("untraced"),
        "issued": _tr("issued"),
        "paid": _tr("paid"),
        "contested": _tr("contested"),
        "overdue": _tr("overdue"),
        "submitted": _tr("submitted"),
        "verified": _tr("verified"),
        "flagged": _tr("flagged"),
        "recorded": _tr("recorded"),
    }
    return labels.get(status, status.replace("_", " "))
