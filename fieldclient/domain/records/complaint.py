"""Complaint (application) register: what a person asks the police to act on, with its e-tag.

A complaint is received at the front desk, by phone, on WhatsApp, through the online portal or
referred by a senior officer. The device gives it a provisional tracking number at once (printed
on the complainant's slip); the server gives the official e-tag when it arrives, from the
station's yearly counter (like an FIR number, but on arrival rather than at registration).

Lifecycle: received → inquiry (an officer marked to inquire) → converted (an FIR was made from
it, linked both ways: ``fir_id`` here, ``complaint_id`` on the FIR) / filed (with a reason) /
referred (to another station, named). A received complaint may also be converted, filed or
referred at once (a cognizable offence is registered without inquiry, s.154 CrPC). One that is
still received or under inquiry after a station's number of days is overdue (``is_overdue``).
The register itself is PRACTICE (docs/REGISTERS.md §6): no rule read fixes its columns.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.record import Record
from fieldclient.domain.records.fir.content import accused
from fieldclient.domain.records.kind import ANY_FIELD, ListColumns, RecordKind
from fieldclient.domain.records.numbering import DueNumber, by_server
from fieldclient.domain.schema import (
    Context,
    Field,
    choice,
    list_of,
    obj,
    person_name,
    text,
)
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = ("received", "inquiry", "converted", "filed", "referred")
OPEN_STATUSES = frozenset({"received", "inquiry"})
RECEIVED_VIA = ("front_desk", "phone", "whatsapp", "online_portal", "senior_officer")
RECEIVED_VIA_LABELS = {
    "front_desk": QT_TRANSLATE_NOOP("RecordKind", "front desk"),
    "phone": QT_TRANSLATE_NOOP("RecordKind", "phone"),
    "whatsapp": QT_TRANSLATE_NOOP("RecordKind", "WhatsApp"),
    "online_portal": QT_TRANSLATE_NOOP("RecordKind", "online portal"),
    "senior_officer": QT_TRANSLATE_NOOP("RecordKind", "referred by a senior officer"),
}

_COMPLAINANT = (
    Field("name", person_name),
    Field("father_name", person_name, required=False),
    Field("cnic", formats.cnic, required=False, hint="type it like 12345-1234567-1"),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("address", text(max_length=300), required=False),
)

FIELDS = (
    Field("complainant", obj(_COMPLAINANT)),
    Field(
        "against",
        list_of(accused, min_items=1, max_items=50, what="person complained against"),
        hint='add each person complained against; if nobody is known, add one marked "unknown"',
    ),
    Field("details", text(max_length=20000), hint="write what the complainant asks"),
    Field(
        "occurred_at", formats.past_time, hint=f"type when it happened, like {formats.TIME_EXAMPLE}"
    ),
    Field("place", text(max_length=300)),
    Field("received_via", choice(RECEIVED_VIA)),
    Field("received_at", formats.past_time, required=False),
    Field("referred_by", text(max_length=200), required=False),
    Field("inquiry_officer", formats.token("the inquiry officer's badge"), required=False),
    Field("fir_id", formats.record_id, required=False),
    Field("referred_to", formats.token("the station code"), required=False),
)


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    data.setdefault("received_at", ctx.now.isoformat(timespec="seconds"))
    if data["received_via"] == "senior_officer" and "referred_by" not in data:
        ctx.add("referred_by", "required", "name the senior officer who referred it")
    occurred = formats.parse_aware_time(data["occurred_at"])
    if occurred > formats.parse_aware_time(data["received_at"]):
        ctx.add("occurred_at", "after_receipt", "must be before the complaint was received")


_NEEDS = {
    "inquiry": ("inquiry_officer", "mark the inquiry officer (inquiry_officer) first"),
    "converted": ("fir_id", "link the FIR made from it (fir_id) first"),
    "referred": ("referred_to", "name the station it is referred to (referred_to) first"),
}


def _transition_check(from_status: str, to_status: str, data: dict[str, Any]) -> str | None:
    field_name, why = _NEEDS.get(to_status, ("", ""))
    return why if field_name and not data.get(field_name) else None


# ---- numbers -------------------------------------------------------------------------------


def official_number(station: str, year: int, serial: int) -> str:
    """The e-tag: yearly serial per station, e.g. ``ET-PS01-2026-00042``."""
    return f"ET-{station}-{year}-{serial:05d}"


def provisional_number(station: str, record_id: str) -> str:
    """The slip's number until the server gives the e-tag; unique as the record id is."""
    return f"P-ET-{station}-{record_id[:8].upper()}"


def _number_due(station: str, _arrived: str | None, now: datetime) -> DueNumber:
    year = now.astimezone(PAKISTAN_TIME).year
    return DueNumber(f"complaint/{year}", lambda serial: official_number(station, year, serial))


# ---- the SHO's view ------------------------------------------------------------------------


def is_overdue(record: Record, now: datetime, days: int) -> bool:
    """Still received or under inquiry more than ``days`` days after it was received."""
    if record.type != "complaint" or record.status not in OPEN_STATUSES:
        return False
    received = record.data.get("received_at") or record.created_at
    return now - formats.parse_aware_time(received) > timedelta(days=days)


def fir_draft(record: Record) -> dict[str, Any]:
    """The FIR fields a complaint fills in when it is converted: the complainant as informant,
    the persons complained against as accused, time, place and the complaint as narrative.
    The officer completes the rest (offences, diary number) before saving."""
    data = record.data
    complainant = data.get("complainant", {})
    informant = {
        key: complainant[key]
        for key in ("name", "father_name", "cnic", "phone", "address")
        if key in complainant
    }
    return {
        "informant": informant,
        "occurred_at": data.get("occurred_at"),
        "place": data.get("place"),
        "narrative": data.get("details"),
        "accused": list(data.get("against", [])),
        "complaint_id": record.id,
    }


def summary(record: Record) -> dict[str, str]:
    return {
        "number": record.number or record.provisional_number or "",
        "status": record.status,
        "title": record.data.get("complainant", {}).get("name", ""),
        "detail": record.data.get("details", "")[:120],
        "when": record.data.get("received_at", ""),
    }


KIND = RecordKind(
    name="complaint",
    label=QT_TRANSLATE_NOOP("RecordKind", "complaint"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Complaints"),
    statuses=STATUSES,
    initial="received",
    fields=FIELDS,
    transitions={
        "received": frozenset({"inquiry", "converted", "filed", "referred"}),
        "inquiry": frozenset({"converted", "filed", "referred"}),
    },
    editable={
        "received": ANY_FIELD,
        "inquiry": frozenset({"inquiry_officer", "fir_id", "referred_to"}),
    },
    frozen_message={
        status: f"a {status} complaint cannot be changed; receive a new one"
        for status in ("converted", "filed", "referred")
    }
    | {"inquiry": "a complaint under inquiry keeps what the complainant said"},
    reason_required_for=frozenset({"filed", "referred"}),
    cross_check=_cross_check,
    transition_check=_transition_check,
    statement_statuses=OPEN_STATUSES,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Complainant"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Complaint"),
    ),
    time_field="received_at",
    overdue=is_overdue,
    people={"complainant.cnic": "complainant", "against.*.cnic": "complained_against"},
    numbering=by_server(
        _number_due,
        due_at=None,
        provisional=(
            lambda station, record_id, now: provisional_number(station, record_id),
            lambda station, record_id: re.escape(provisional_number(station, record_id)),
        ),
    ),
    status_labels={
        "received": QT_TRANSLATE_NOOP("status", "received"),
        "inquiry": QT_TRANSLATE_NOOP("status", "under inquiry"),
        "converted": QT_TRANSLATE_NOOP("status", "converted to FIR"),
        "filed": QT_TRANSLATE_NOOP("status", "filed"),
        "referred": QT_TRANSLATE_NOOP("status", "referred to another station"),
    },
)
