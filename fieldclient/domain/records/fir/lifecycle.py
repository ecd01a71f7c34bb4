"""An FIR's lifecycle: statuses, the moves between them and what each move needs.

draft → registered → under_investigation → challan_submitted | cancelled | untraced, and
draft → cancelled (a draft abandoned before registration). Every status change needs a reason.
Only a draft may be edited; from registration on, the content is frozen and later facts are
appended as supplementary statements.
"""

from __future__ import annotations

from typing import Any

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = (
    "draft",
    "registered",
    "under_investigation",
    "challan_submitted",
    "cancelled",
    "untraced",
)
STATEMENT_STATUSES = frozenset(
    {"registered", "under_investigation", "challan_submitted", "untraced"}
)
TRANSITIONS = {
    "draft": frozenset({"registered", "cancelled"}),
    "registered": frozenset({"under_investigation"}),
    "under_investigation": frozenset({"challan_submitted", "cancelled", "untraced"}),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("status", "draft"),
    "registered": QT_TRANSLATE_NOOP("status", "registered"),
    "under_investigation": QT_TRANSLATE_NOOP("status", "under investigation"),
    "challan_submitted": QT_TRANSLATE_NOOP("status", "challan submitted"),
    "cancelled": QT_TRANSLATE_NOOP("status", "cancelled"),
    "untraced": QT_TRANSLATE_NOOP("status", "untraced"),
}


def transition_check(from_status: str, to_status: str, data: dict[str, Any]) -> str | None:
    if to_status == "registered" and not data.get("diary_no"):
        return "enter the daily-diary number (diary_no) before registering"
    return None
