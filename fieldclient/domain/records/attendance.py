"""Attendance events: append-only check-in / check-out records (status "recorded", no edits)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.scanner import ScanResult
from fieldclient.domain.schema import Context, Field, choice, integer, text
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = ("recorded",)
KINDS = ("check_in", "check_out")
METHODS = ("fingerprint", "pin", "supervisor_override")

FIELDS = (
    Field("badge_no", formats.token("the badge number")),
    Field("kind", choice(KINDS)),
    Field("method", choice(METHODS)),
    Field("at", formats.past_time),
    Field("match_score", integer(0, 100), required=False),
    Field("supervisor_badge", formats.token("the supervisor's badge number"), required=False),
    Field("device", text(max_length=100), required=False),
    # On departure (check-out): what duty the officer leaves for, and where (issue 13; PRACTICE).
    Field("duty_nature", text(max_length=200), required=False),
    Field("duty_place", text(max_length=200), required=False),
)


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    override = data["method"] == "supervisor_override"
    if override and "supervisor_badge" not in data:
        ctx.add("supervisor_badge", "required", "is required for a supervisor override")
    if not override and "supervisor_badge" in data:
        ctx.add(
            "supervisor_badge", "not_override", "is only for a supervisor override; leave it empty"
        )
    if override and data.get("supervisor_badge") == data["badge_no"]:
        ctx.add(
            "supervisor_badge",
            "self_override",
            "must be another officer's badge, not the officer's own",
        )
    if data["kind"] != "check_out":
        for name in ("duty_nature", "duty_place"):
            if name in data:
                ctx.add(name, "not_departure", "is recorded on departure (check-out) only")
    if "match_score" in data and data["method"] != "fingerprint":
        ctx.add(
            "match_score",
            "not_fingerprint",
            "is only given by the fingerprint scanner; leave it empty",
        )


def event_from_scan(scan: ScanResult, *, kind: str, at: datetime, device: str) -> dict[str, Any]:
    """The payload for a fingerprint check-in/out; refused when the scanner matched nobody."""
    if scan.badge is None:
        raise ValidationFailed(
            [
                FieldError(
                    "badge_no",
                    "the fingerprint was not recognised; try again or use the PIN",
                    "no_match",
                )
            ]
        )
    return {
        "badge_no": scan.badge,
        "kind": kind,
        "method": "fingerprint",
        "at": at.isoformat(timespec="seconds"),
        "match_score": scan.match_score,
        "device": device,
    }


def summary(record: Record) -> dict[str, str]:
    return {
        "number": record.number or "",
        "status": record.status,
        "title": record.data.get("badge_no", ""),
        "detail": f"{record.data.get('kind', '')} by {record.data.get('method', '')}",
        "when": record.data.get("at", ""),
    }


KIND = RecordKind(
    name="attendance",
    label=QT_TRANSLATE_NOOP("RecordKind", "attendance event"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Attendance"),
    statuses=STATUSES,
    initial="recorded",
    fields=FIELDS,
    transitions={},
    cross_check=_cross_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Badge"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Check"),
    ),
    time_field="at",
    frozen_message={"recorded": "attendance events cannot be changed; record a new event instead"},
    status_labels={"recorded": QT_TRANSLATE_NOOP("status", "recorded")},
    list_page=False,  # the attendance page: its own screen and the events list
)
