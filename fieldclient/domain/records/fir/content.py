"""What an FIR holds (Form 24.5(1), s.154 CrPC): its fields, in the register's order, and the
checks across them, then the lifecycle's fields (``lifecycle.py``). Each field's source is in
docs/REGISTERS.md, section 1; everything the law does not require is optional, so FIRs stored
before a field existed stay valid.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.errors import FieldError
from fieldclient.domain.records.fir.lifecycle import LIFECYCLE_FIELDS, reports_check
from fieldclient.domain.records.fir.offences import EXAMPLES, offence
from fieldclient.domain.records.fir.people import accused, complainant, informant, officer
from fieldclient.domain.schema import (
    BadValue,
    Context,
    Field,
    boolean,
    choice,
    integer,
    list_of,
    obj,
    quoted,
    text,
)

__all__ = ["FIELDS", "cross_check", "delay_reason_problem", "offence", "report_delay"]

DIRECTIONS = (
    "north",
    "north_east",
    "east",
    "south_east",
    "south",
    "south_west",
    "west",
    "north_west",
)
SIGNED_WITH = ("signature", "thumb_impression")
MAX_RUPEES = 10**12
_KILOMETRES = re.compile(r"\d{1,4}(?:\.\d{1,2})?")
_ATTACHMENT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _no_duplicates(item_parser: Any, what: str) -> Any:
    def parse(value: Any, path: str, ctx: Context) -> list[Any]:
        items = list_of(item_parser, min_items=1, max_items=30, what=what)(value, path, ctx)
        if len(set(items)) != len(items):
            raise BadValue("duplicate", f"lists the same {what} twice; keep each once")
        return items

    return parse


def _kilometres(value: Any, path: str, ctx: Context) -> float:
    """``"2.5"``, ``2.5`` or ``3`` kilometres (up to two decimals) -> ``2.5``."""
    typed = str(value).strip() if isinstance(value, int | float | str) else ""
    if isinstance(value, bool) or not _KILOMETRES.fullmatch(typed):
        raise BadValue(
            "distance_format",
            f"must be kilometres as a number, like 2.5 (you typed {quoted(value)})",
        )
    return float(typed)


def _attachment_id(value: Any, path: str, ctx: Context) -> str:
    if not isinstance(value, str) or not _ATTACHMENT_ID.fullmatch(value):
        raise BadValue("attachment_id", f"must be the id of a stored image (got {quoted(value)})")
    return value


_PROPERTY = (
    Field("description", text(max_length=300), hint="say what was taken"),
    Field("value", integer(0, MAX_RUPEES), required=False),
)
_PHOTOS = (Field("informant_signature", _attachment_id, required=False),)

FIELDS = (
    Field("informant", informant),
    Field("complainant", complainant, required=False),
    Field(
        "offences",
        _no_duplicates(offence, "offence"),
        hint=f"add at least one offence, like {EXAMPLES}",
    ),
    Field(
        "occurred_at",
        formats.past_time,
        required=False,
        hint=f"type when it happened, like {formats.TIME_EXAMPLE}",
    ),
    Field("occurred_from", formats.past_time, required=False),
    Field("occurred_to", formats.past_time, required=False),
    Field("reported_at", formats.past_time, required=False),
    Field("delay_reason", text(max_length=2000), required=False),
    Field("place", text(max_length=300)),
    Field("distance_from_station_km", _kilometres, required=False),
    Field("direction_from_station", choice(DIRECTIONS), required=False),
    Field("beat", text(max_length=100), required=False),
    Field(
        "property_carried_off",
        list_of(obj(_PROPERTY), max_items=100, what="property"),
        required=False,
    ),
    Field("narrative", text(max_length=20000), hint="write what the informant reported"),
    Field("read_over_to_informant", boolean, required=False),
    Field("informant_signed_with", choice(SIGNED_WITH), required=False),
    Field("photos", obj(_PHOTOS), required=False),
    Field(
        "accused",
        list_of(accused, min_items=1, max_items=50, what="accused"),
        hint='add each accused; if nobody is known, add one marked "unknown"',
    ),
    Field("investigating_officer", officer, required=False),
    Field("steps_taken", text(max_length=5000), required=False),
    Field("report_to_magistrate_sent_at", formats.past_time, required=False),
    Field("recording_officer", officer, required=False),
    Field("diary_no", formats.token("the daily-diary number"), required=False),
    Field("complaint_id", formats.record_id, required=False),  # the complaint it was made from
    Field("diary_entry_id", formats.record_id, required=False),  # the diary entry of diary_no
    *LIFECYCLE_FIELDS,
)


def _occurrence_check(data: dict[str, Any], ctx: Context) -> None:
    """An instant (``occurred_at``) or a range (``occurred_from`` … ``occurred_to``), not both."""
    ranged = [key for key in ("occurred_from", "occurred_to") if key in data]
    if "occurred_at" in data and ranged:
        ctx.add(
            ranged[0], "instant_and_range", "give either the time it happened or a range, not both"
        )
        return
    if not ranged and "occurred_at" not in data:
        ctx.add(
            "occurred_at",
            "required",
            f"is required; type when it happened, like {formats.TIME_EXAMPLE}, "
            "or between which times",
        )
        return
    for key in ("occurred_from", "occurred_to"):
        if ranged and key not in data:
            ctx.add(key, "required", "is required for a range: give its start and its end")
    if len(ranged) == 2 and _time(data, "occurred_from") >= _time(data, "occurred_to"):
        ctx.add("occurred_to", "range_reversed", "must be after the start of the range")
    last = "occurred_to" if ranged else "occurred_at"
    if last in data and _time(data, last) > _time(data, "reported_at"):
        ctx.add(last, "after_report", "must be before the time of report (reported_at)")


def _time(data: dict[str, Any], key: str) -> datetime:
    return formats.parse_aware_time(data[key])


def cross_check(data: dict[str, Any], ctx: Context) -> None:
    data.setdefault("reported_at", ctx.now.isoformat(timespec="seconds"))
    _occurrence_check(data, ctx)
    if "no_id_reason" in data.get("informant", {}) and "cnic" in data["informant"]:
        ctx.add(
            "informant.no_id_reason",
            "reason_with_cnic",
            "leave it empty: the informant's CNIC is entered",
        )
    out_of_order = reports_check(data)
    if out_of_order:
        ctx.add("reports_under_s173", "supplementary_before_final", out_of_order)
    sent = data.get("report_to_magistrate_sent_at")
    if sent and formats.parse_aware_time(sent) < _time(data, "reported_at"):
        ctx.add(
            "report_to_magistrate_sent_at",
            "before_report",
            "must be after the time of report (reported_at)",
        )


def report_delay(data: dict[str, Any]) -> timedelta | None:
    """How long after the occurrence (the end of a range) the information was given."""
    last = data.get("occurred_to") or data.get("occurred_at")
    if not last or not data.get("reported_at"):
        return None
    return formats.parse_aware_time(data["reported_at"]) - formats.parse_aware_time(last)


def delay_reason_problem(data: dict[str, Any], allowed: timedelta) -> FieldError | None:
    """The station's rule (a setting, not law: REGISTERS.md): a report later than ``allowed``
    after the occurrence states the reason for the delay."""
    delay = report_delay(data)
    if delay is None or delay <= allowed or data.get("delay_reason"):
        return None
    hours = int(delay.total_seconds() // 3600)
    return FieldError(
        "delay_reason",
        f"is required: the report came {hours} hours after the occurrence; write why it was late",
        "delay_reason_required",
    )
