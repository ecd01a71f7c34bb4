"""An FIR's lifecycle (docs/REGISTERS.md section 1, "Lifecycle"): statuses, the moves between
them, what each move needs, and the facts the later moves record.

    draft → registered | refused (a refusal to register, with its reason, for a supervisor to
            see) | non_cognizable (the s.155 entry: the informant is referred to the Magistrate)
    registered → under_investigation | transferred
    under_investigation → challan_submitted (a final report under s.173 recorded)
                        | cancellation_proposed (by the IO, with a r.24.7 category)
                        | untraced | transferred
    cancellation_proposed → cancelled (only with the Magistrate's order) | under_investigation
                            (the Magistrate sent it back)
    untraced → under_investigation (reopened)

A draft is never simply "cancelled". Every status change needs a reason. Only a draft's content
may be edited; from registration on, the register's fields are frozen and later facts are
supplementary statements or the lifecycle fields below, each editable only in the status that
records it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from fieldclient.domain import formats, review
from fieldclient.domain.schema import Field, choice, list_of, obj, text
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = (
    "draft",
    "registered",
    "under_investigation",
    "challan_submitted",
    "cancelled",
    "untraced",
    "refused",
    "non_cognizable",
    "cancellation_proposed",
    "transferred",
)
STATEMENT_STATUSES = frozenset(
    {"registered", "under_investigation", "challan_submitted", "untraced", "cancellation_proposed"}
)
TRANSITIONS = {
    "draft": frozenset({"registered", "refused", "non_cognizable"}),
    "registered": frozenset({"under_investigation", "transferred"}),
    "under_investigation": frozenset(
        {"challan_submitted", "cancellation_proposed", "untraced", "transferred"}
    ),
    "cancellation_proposed": frozenset({"cancelled", "under_investigation"}),
    "untraced": frozenset({"under_investigation"}),
}
STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("status", "draft"),
    "registered": QT_TRANSLATE_NOOP("status", "registered"),
    "under_investigation": QT_TRANSLATE_NOOP("status", "under investigation"),
    "challan_submitted": QT_TRANSLATE_NOOP("status", "challan submitted"),
    "cancelled": QT_TRANSLATE_NOOP("status", "cancelled"),
    "untraced": QT_TRANSLATE_NOOP("status", "untraced"),
    "refused": QT_TRANSLATE_NOOP("status", "refused to register"),
    "non_cognizable": QT_TRANSLATE_NOOP("status", "non-cognizable (s.155)"),
    "cancellation_proposed": QT_TRANSLATE_NOOP("status", "cancellation proposed"),
    "transferred": QT_TRANSLATE_NOOP("status", "transferred"),
}

CANCELLATION_CATEGORIES = (
    "maliciously_false",
    "false_mistake_of_law",
    "false_mistake_of_fact",
    "non_cognizable",
    "civil_dispute",
)
"""r.24.7 grounds, as the Lahore High Court sets them out [S4]."""
REPORT_KINDS = ("interim", "final", "supplementary")
INTERIM_PERIOD = timedelta(days=14)
"""s.173(1) proviso: investigation not completed within 14 days of the FIR's recording …"""
INTERIM_GRACE = timedelta(days=3)
"""… the interim report goes to the Magistrate within 3 days of the end of that period."""

_PROPOSAL = (
    Field("category", choice(CANCELLATION_CATEGORIES)),
    Field("complainant_informed_at", formats.past_time, required=False),
)
_ORDER = (
    Field("court", text(max_length=200)),
    Field("magistrate", text(max_length=100), required=False),
    Field("order_no", text(max_length=60)),
    Field("order_date", formats.calendar_date),
)
_REPORT = (
    Field("kind", choice(REPORT_KINDS)),
    Field("submitted_on", formats.calendar_date),
)
_TRANSFER = (
    Field("station", text(max_length=100)),
    Field("order", text(max_length=300), required=False),
)

LIFECYCLE_FIELDS = (
    Field("cancellation_proposal", obj(_PROPOSAL), required=False),
    Field("cancellation_order", obj(_ORDER), required=False),
    Field("reports_under_s173", list_of(obj(_REPORT), max_items=50, what="report"), required=False),
    Field("transferred_to", obj(_TRANSFER), required=False),
    review.FIELD,
)
REVIEW_STATUSES = frozenset({"refused", "cancellation_proposed"})
"""A refusal to register and a proposed cancellation wait for the SHO's review (issue 17.4)."""
EDITABLE = {
    "registered": frozenset({"transferred_to"}),
    "under_investigation": frozenset(
        {"cancellation_proposal", "reports_under_s173", "transferred_to"}
    ),
    "cancellation_proposed": frozenset({"cancellation_order", review.NAME}),
    "challan_submitted": frozenset({"reports_under_s173"}),
    "refused": frozenset({review.NAME}),
}


def _reports(data: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [report for report in data.get("reports_under_s173", []) if report.get("kind") == kind]


def transition_check(from_status: str, to_status: str, data: dict[str, Any]) -> str | None:
    if to_status == "registered" and not data.get("diary_no"):
        return "enter the daily-diary number (diary_no) before registering"
    if to_status == "cancellation_proposed" and "cancellation_proposal" not in data:
        return (
            "record the cancellation proposal's category (cancellation_proposal.category) "
            "before proposing cancellation"
        )
    if to_status == "cancelled" and "cancellation_order" not in data:
        return (
            "an FIR is cancelled only on the Magistrate's order: record the court, order number "
            "and date (cancellation_order) first"
        )
    if to_status == "challan_submitted" and not _reports(data, "final"):
        return "record the final report under s.173 (reports_under_s173, kind final) first"
    if to_status == "transferred" and "transferred_to" not in data:
        return "record the station it goes to (transferred_to.station) first"
    return None


def reports_check(data: dict[str, Any]) -> str | None:
    """A supplementary report follows a final one (s.173)."""
    reports = data.get("reports_under_s173", [])
    kinds = [report["kind"] for report in reports if isinstance(report, dict) and "kind" in report]
    if "supplementary" in kinds and (
        "final" not in kinds or kinds.index("final") > kinds.index("supplementary")
    ):
        return "a supplementary report comes after the final report; record the final one first"
    return None


def interim_report_due(data: dict[str, Any], status: str) -> datetime | None:
    """When the interim report of the s.173 proviso is due (``reported_at`` + 14 + 3 days), while
    the FIR is under investigation and no interim or final report is recorded; else None."""
    if status not in ("registered", "under_investigation") or not data.get("reported_at"):
        return None
    if _reports(data, "interim") or _reports(data, "final"):
        return None
    return formats.parse_aware_time(data["reported_at"]) + INTERIM_PERIOD + INTERIM_GRACE


def interim_report_pressing(data: dict[str, Any], status: str, now: datetime) -> bool:
    """True from day 14 after the report, while the interim report is still due."""
    due = interim_report_due(data, status)
    return due is not None and now >= due - INTERIM_GRACE
