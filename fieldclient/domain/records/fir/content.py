"""What an FIR holds (Form 24.5(1), s.154 CrPC): its fields and the checks across them."""

from __future__ import annotations

import re
from typing import Any

from fieldclient.domain import formats
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
    Field("complaint_id", formats.record_id, required=False),  # the complaint it was made from
    Field("diary_entry_id", formats.record_id, required=False),  # the diary entry of diary_no
)


def cross_check(data: dict[str, Any], ctx: Context) -> None:
    data.setdefault("reported_at", ctx.now.isoformat(timespec="seconds"))
    occurred = formats.parse_aware_time(data["occurred_at"])
    if occurred > formats.parse_aware_time(data["reported_at"]):
        ctx.add("occurred_at", "after_report", "must be before the time of report (reported_at)")
