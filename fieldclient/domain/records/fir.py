"""First Information Report (s.154 CrPC): fields, lifecycle and numbering.

Lifecycle: draft → registered → under_investigation → challan_submitted | cancelled | untraced,
and draft → cancelled (a draft abandoned before registration). Every status change needs a reason.
Only a draft may be edited; from registration on, the content is frozen and later facts are
appended as supplementary statements. The server numbers an FIR when it is registered: a serial
per police station per calendar year; until then the device shows a provisional number.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ANY_FIELD, ListColumns, RecordKind
from fieldclient.domain.records.numbering import DueNumber, by_server
from fieldclient.domain.reference import ppc_sections
from fieldclient.domain.schema import (
    BadValue,
    Context,
    Field,
    boolean,
    list_of,
    obj,
    person_name,
    quoted,
    text,
)
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
_OFFENCE = re.compile(r"(?:PPC)?[\s.\-]*(\d{1,3})(?:[\s\-]*([A-Z]))?")


def offence(value: Any, path: str, ctx: Context) -> str:
    """``"PPC 379"``, ``"ppc 337a"``, ``"337-A"`` -> ``"PPC 337-A"``, if in the PPC list."""
    if not isinstance(value, str):
        raise BadValue("not_text", "must be a PPC section written like PPC 379")
    match = _OFFENCE.fullmatch(value.strip().upper())
    if not match:
        raise BadValue(
            "offence_format",
            f"write the offence like PPC 379 or PPC 337-A (you typed {quoted(value)})",
        )
    section = match.group(1) + (f"-{match.group(2)}" if match.group(2) else "")
    if section not in ppc_sections():
        raise BadValue(
            "offence_unknown",
            f"PPC {section} is not in the PPC section list; check the number "
            f"(you typed {quoted(value)})",
        )
    return f"PPC {section}"


def _no_duplicates(item_parser: Any, what: str) -> Any:
    def parse(value: Any, path: str, ctx: Context) -> list[Any]:
        items = list_of(item_parser, min_items=1, max_items=30, what=what)(value, path, ctx)
        if len(set(items)) != len(items):
            raise BadValue("duplicate", f"lists the same {what} twice; keep each once")
        return items

    return parse


_INFORMANT = (
    Field("name", person_name),
    Field("father_name", person_name),
    Field("cnic", formats.cnic, hint="type it like 12345-1234567-1"),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("address", text(max_length=300)),
)

_ACCUSED = (
    Field("unknown", boolean, required=False),
    Field("name", person_name, required=False),
    Field("father_name", person_name, required=False),
    Field("cnic", formats.cnic, required=False),
    Field("address", text(max_length=300), required=False),
    Field("description", text(max_length=1000), required=False),
)


def accused(value: Any, path: str, ctx: Context) -> dict[str, Any]:
    """A known accused needs a name; an unknown one (``"unknown": true``) has only a description."""
    errors_before = len(ctx.errors)
    person = obj(_ACCUSED)(value, path, ctx)
    if len(ctx.errors) > errors_before:
        return person
    if person.get("unknown"):
        named = [key for key in ("name", "father_name", "cnic") if key in person]
        for key in named:
            ctx.add(
                f"{path}.{key}",
                "unknown_with_identity",
                "leave it empty for an unknown accused, or set unknown to false",
            )
    elif "name" not in person:
        ctx.add(
            f"{path}.name",
            "required",
            "is required; if the accused is not known, mark them unknown",
        )
    return person


FIELDS = (
    Field("informant", obj(_INFORMANT)),
    Field(
        "offences",
        _no_duplicates(offence, "offence"),
        hint="add at least one PPC section, like PPC 379",
    ),
    Field(
        "occurred_at", formats.past_time, hint=f"type when it happened, like {formats.TIME_EXAMPLE}"
    ),
    Field("reported_at", formats.past_time, required=False),
    Field("place", text(max_length=300)),
    Field("narrative", text(max_length=20000), hint="write what the informant reported"),
    Field(
        "accused",
        list_of(accused, min_items=1, max_items=50, what="accused"),
        hint='add each accused; if nobody is known, add one marked "unknown"',
    ),
    Field("diary_no", formats.token("the daily-diary number"), required=False),
)


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    data.setdefault("reported_at", ctx.now.isoformat(timespec="seconds"))
    occurred = formats.parse_aware_time(data["occurred_at"])
    if occurred > formats.parse_aware_time(data["reported_at"]):
        ctx.add("occurred_at", "after_report", "must be before the time of report (reported_at)")


def _transition_check(from_status: str, to_status: str, data: dict[str, Any]) -> str | None:
    if to_status == "registered" and not data.get("diary_no"):
        return "enter the daily-diary number (diary_no) before registering"
    return None


def official_number(station: str, year: int, serial: int) -> str:
    """The server's number: annual serial per police station per calendar year."""
    return f"{station}-{year}-{serial:04d}"


def provisional_number(station: str, year: int, record_id: str) -> str:
    """Shown until the server numbers the FIR; unique because the record id is."""
    return f"P-{station}-{year}-{record_id[:8].upper()}"


def provisional_shape(station: str, record_id: str) -> str:
    """What the server accepts as this record's provisional number: any year, this station."""
    return rf"P-{re.escape(station)}-\d{{4}}-{re.escape(record_id[:8].upper())}"


NEW_YEAR_GRACE = timedelta(hours=72)
"""How long into a new year an FIR the device registered on 31 December keeps that year."""


def registration_year(registered_at: str | None, now: datetime) -> int:
    """The year of an FIR's official number: the server's own year (Pakistan time) when it first
    stores the FIR as registered. What the device says moves it in one case only: an FIR
    registered offline on 31 December (the device's registration time, in Pakistan time)
    that reaches the server within ``NEW_YEAR_GRACE`` of midnight keeps the old year, as the
    paper register would have. Nothing else a device sends can put a number into another year.
    """
    local_now = now.astimezone(PAKISTAN_TIME)
    year = local_now.year
    if local_now - datetime(year, 1, 1, tzinfo=PAKISTAN_TIME) >= NEW_YEAR_GRACE:
        return year
    try:
        stated = datetime.fromisoformat(registered_at or "")
    except ValueError:
        return year
    if stated.tzinfo is None:
        return year
    if stated.astimezone(PAKISTAN_TIME).date() == date(year - 1, 12, 31):
        return year - 1
    return year


def _number_due(station: str, registered_at: str | None, now: datetime) -> DueNumber:
    year = registration_year(registered_at, now)
    return DueNumber(f"fir/{year}", lambda serial: official_number(station, year, serial))


def summary(record: Record) -> dict[str, str]:
    informant = record.data.get("informant", {})
    return {
        "number": record.number or record.provisional_number or "",
        "status": record.status,
        "title": informant.get("name", ""),
        "detail": ", ".join(record.data.get("offences", [])),
        "when": record.data.get("occurred_at", ""),
    }


KIND = RecordKind(
    name="fir",
    label=QT_TRANSLATE_NOOP("RecordKind", "FIR"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "FIRs"),
    statuses=STATUSES,
    initial="draft",
    fields=FIELDS,
    transitions={
        "draft": frozenset({"registered", "cancelled"}),
        "registered": frozenset({"under_investigation"}),
        "under_investigation": frozenset({"challan_submitted", "cancelled", "untraced"}),
    },
    editable={"draft": ANY_FIELD},
    reason_required_for=frozenset(STATUSES),
    cross_check=_cross_check,
    transition_check=_transition_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Informant"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Offences"),
    ),
    time_field="reported_at",
    frozen_message={
        status: "a registered FIR cannot be changed; add a supplementary statement instead"
        for status in STATEMENT_STATUSES
    },
    statement_statuses=STATEMENT_STATUSES,
    statement_refusal=(
        "a supplementary statement needs a registered FIR (this one is {status}); "
        "edit the draft instead"
    ),
    numbering=by_server(
        _number_due,
        due_at="registered",
        provisional=(
            lambda station, record_id, now: provisional_number(station, now.year, record_id),
            provisional_shape,
        ),
    ),
    status_labels={
        "draft": QT_TRANSLATE_NOOP("status", "draft"),
        "registered": QT_TRANSLATE_NOOP("status", "registered"),
        "under_investigation": QT_TRANSLATE_NOOP("status", "under investigation"),
        "challan_submitted": QT_TRANSLATE_NOOP("status", "challan submitted"),
        "cancelled": QT_TRANSLATE_NOOP("status", "cancelled"),
        "untraced": QT_TRANSLATE_NOOP("status", "untraced"),
    },
)
