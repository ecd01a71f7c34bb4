"""A record's status history: every change of status, when (Pakistan time), by whom and why."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from fieldclient.domain.record import Record
from fieldclient.ui.bidi import ARABIC_LETTER, isolate_latin, left_to_right, shown_iso
from fieldclient.ui.kind_words import status_label


class HistoryPanel(QGroupBox):
    """Hidden while the record has no status change; oldest first, as a register reads."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.setTitle(self.tr("Status history"))
        self.lines = QLabel(self)
        self.lines.setObjectName("historyLines")
        self.lines.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lines)
        self.hide()

    def show_for(self, record: Record) -> None:
        entries = [self.line(record.type, entry) for entry in record.history]
        self.lines.setText("\n".join(entries))
        self.setVisible(bool(entries))

    def line(self, record_type: str, entry: dict[str, Any]) -> str:
        moved = self.tr("{at} — {before} → {after}, by {by}").format(
            at=shown_iso(entry.get("at")),
            before=status_label(entry.get("from") or "", record_type) or "—",
            after=status_label(entry.get("to") or "", record_type),
            by=left_to_right(entry["by"]) if entry.get("by") else self.tr("the central server"),
        )
        reason = entry.get("reason")
        if not reason:
            return moved
        typed = isolate_latin(reason) if ARABIC_LETTER.search(reason) else left_to_right(reason)
        return self.tr("{moved}: {reason}").format(moved=moved, reason=typed)


def latest_reason(record: Record, status: str) -> str:
    """The reason of the record's latest move to `status` (a flag's, a return's objections)."""
    moves = [entry for entry in record.history if entry.get("to") == status]
    return str((moves[-1].get("reason") if moves else "") or "—")
