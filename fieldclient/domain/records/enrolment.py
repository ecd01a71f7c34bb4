"""Attendance enrolment as station data: an officer's PIN, an enrolled finger, the supervisor mark.

Append-only, one record per change (``item``: ``pin``, ``finger`` or ``supervisor``); for each
officer and item the latest record (``set_at``, then the record id) is the one in force
(``attendance_setup.enrolment``). A PIN travels only as its salted slow hash
(``attendance_pins``); a finger as the template the scanner made (base64, opaque to this
program). Neither is put in the search index. Source: PRACTICE (issue 13, 15.1).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.attendance_pins import hash_is_acceptable
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.schema import BadValue, Context, Field, boolean, choice, text
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

ITEMS = ("pin", "finger", "supervisor")
FINGERS = (
    "right_thumb",
    "right_index",
    "right_middle",
    "right_ring",
    "right_little",
    "left_thumb",
    "left_index",
    "left_middle",
    "left_ring",
    "left_little",
)
MAX_TEMPLATE_CHARS = 16_384


def _pin_hash(value: Any, path: str, ctx: Context) -> str:
    if not isinstance(value, str) or not hash_is_acceptable(value):
        raise BadValue("pin_hash_format", "must be a PIN hash this program made (scrypt)")
    return value


def _template(value: Any, path: str, ctx: Context) -> str:
    typed = text(max_length=MAX_TEMPLATE_CHARS)(value, path, ctx)
    try:
        base64.b64decode(typed, validate=True)
    except (binascii.Error, ValueError):
        raise BadValue("template_format", "must be a fingerprint template (base64)") from None
    return typed


FIELDS = (
    Field("badge_no", formats.token("the badge number")),
    Field("item", choice(ITEMS)),
    Field("pin_hash", _pin_hash, required=False),
    Field("finger", choice(FINGERS), required=False),
    Field("template", _template, required=False),
    Field("supervisor", boolean, required=False),
    Field("set_at", formats.past_time),
)
_OWN_FIELDS = {"pin": {"pin_hash"}, "finger": {"finger", "template"}, "supervisor": {"supervisor"}}


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    own = _OWN_FIELDS[data["item"]]
    for name in sorted(own - data.keys()):
        ctx.add(name, "required", f"is required for {data['item']} enrolment")
    for name in sorted(set().union(*_OWN_FIELDS.values()) - own):
        if name in data:
            ctx.add(name, "not_this_item", f"is not part of {data['item']} enrolment")


def summary(record: Record) -> dict[str, str]:
    data = record.data
    return {
        "number": "",
        "status": record.status,
        "title": data.get("badge_no", ""),
        "detail": data.get("item", ""),
        "when": data.get("set_at", ""),
    }


def search_text(record: Record) -> str:
    """The badge and what was enrolled; never the PIN hash or the template."""
    return "\n".join(str(record.data.get(key, "")) for key in ("badge_no", "item", "finger"))


KIND = RecordKind(
    name="att_enrolment",
    label=QT_TRANSLATE_NOOP("RecordKind", "attendance enrolment"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Attendance enrolments"),
    statuses=("recorded",),
    initial="recorded",
    fields=FIELDS,
    transitions={},
    cross_check=_cross_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Badge"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Enrolled"),
    ),
    time_field="set_at",
    frozen_message={"recorded": "an enrolment is never changed; enrol again instead"},
    status_labels={"recorded": QT_TRANSLATE_NOOP("status", "recorded")},
    search_text=search_text,
    list_page=False,  # shown on the attendance set-up screen
)
