"""Tenant registration: landlord, tenant, property, references and photos; receipt number.

Lifecycle: submitted → verified | flagged. Only the central server's criminal-record check moves
a record on (``check_transition(..., actor="server")``); a flag needs a reason. The clerk may
correct a submitted record; verified and flagged records are frozen.

Photos hold attachment ids only; the image bytes are stored encrypted in the vault. The receipt
number is made on the device at once (``receipt_number``).
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ANY_FIELD, ListColumns, RecordKind
from fieldclient.domain.records.numbering import local_receipt
from fieldclient.domain.schema import (
    BadValue,
    Context,
    Field,
    integer,
    list_of,
    obj,
    person_name,
    quoted,
    text,
)
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = ("submitted", "verified", "flagged")
_ATTACHMENT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _attachment_id(value: Any, path: str, ctx: Context) -> str:
    if not isinstance(value, str) or not _ATTACHMENT_ID.fullmatch(value):
        raise BadValue("attachment_id", f"must be the id of a stored photo (got {quoted(value)})")
    return value


def _exactly_two(item: Any) -> Any:
    def parse(value: Any, path: str, ctx: Context) -> list[Any]:
        if isinstance(value, list) and len(value) != 2:
            raise BadValue(
                "references_count",
                f"needs exactly two references (there are {len(value)})",
                count=len(value),
            )
        return list_of(item, min_items=2, max_items=2, what="reference")(value, path, ctx)

    return parse


_LANDLORD = (
    Field("name", person_name),
    Field("cnic", formats.cnic, hint="type it like 12345-1234567-1"),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
)
_TENANT = (
    Field("name", person_name),
    Field("father_name", person_name),
    Field("cnic", formats.cnic, hint="type it like 12345-1234567-1"),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("permanent_address", text(max_length=300)),
    Field("occupation", text(max_length=100)),
)
_REFERENCE = (
    Field("name", person_name),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("cnic", formats.cnic, required=False),
)
_PROPERTY_DEALER = (
    Field("name", person_name),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
)
_PHOTOS = (
    Field("tenant", _attachment_id, required=False),
    Field("cnic_front", _attachment_id, required=False),
    Field("cnic_back", _attachment_id, required=False),
)

FIELDS = (
    Field("landlord", obj(_LANDLORD)),
    Field("property_address", text(max_length=300)),
    Field("tenant", obj(_TENANT)),
    Field("start_date", formats.calendar_date, hint="type it like 2026-11-22"),
    Field("family_count", integer(0, 50), required=False),
    Field("property_dealer", obj(_PROPERTY_DEALER), required=False),
    Field("references", _exactly_two(obj(_REFERENCE)), required=False),
    Field("photos", obj(_PHOTOS), required=False),
)


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    if data["tenant"]["cnic"] == data["landlord"]["cnic"]:
        ctx.add(
            "tenant.cnic",
            "same_as_landlord",
            "is the same as the landlord's CNIC; check both cards",
        )


def receipt_number(station: str, created_at: str, record_id: str) -> str:
    """The number the clerk hands over, e.g. ``TR-PS01-20261122-3F2A9C1B-7D4E5A6B``.

    Made offline, so its uniqueness (the server refuses a second record with one number) rests
    on the random record id: 64 bits of it, so two receipts of one station and day coincide with
    a chance of about n²/2⁶⁵ for n records that day (10⁻⁹ at 200,000). 32 bits were too few: with
    20,000 records in a day, one such day in twenty had two records sharing a number.
    """
    day = datetime.fromisoformat(created_at).strftime("%Y%m%d")
    suffix = record_id[:16].upper()
    return f"TR-{station}-{day}-{suffix[:8]}-{suffix[8:]}"


def summary(record: Record) -> dict[str, str]:
    return {
        "number": record.number or "",
        "status": record.status,
        "title": record.data.get("tenant", {}).get("name", ""),
        "detail": record.data.get("property_address", ""),
        "when": record.data.get("start_date", ""),
    }


KIND = RecordKind(
    people={
        "tenant.cnic": "tenant",
        "landlord.cnic": "landlord",
        "property_dealer.cnic": "dealer",
        "references.*.cnic": "reference",
    },
    name="tenant",
    label=QT_TRANSLATE_NOOP("RecordKind", "tenant record"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Tenants"),
    statuses=STATUSES,
    initial="submitted",
    fields=FIELDS,
    transitions={"submitted": frozenset({"verified", "flagged"})},
    server_only=frozenset({("submitted", "verified"), ("submitted", "flagged")}),
    editable={"submitted": ANY_FIELD},
    reason_required_for=frozenset({"flagged"}),
    cross_check=_cross_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Tenant"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Property"),
    ),
    time_field="start_date",
    frozen_message={
        "verified": "a verified tenant record cannot be changed; submit a new one",
        "flagged": "a flagged tenant record cannot be changed; submit a new one",
    },
    numbering=local_receipt(receipt_number),
    status_labels={
        "submitted": QT_TRANSLATE_NOOP("status", "submitted"),
        "verified": QT_TRANSLATE_NOOP("status", "verified"),
        "flagged": QT_TRANSLATE_NOOP("status", "flagged"),
    },
)
