"""Tenant registration (docs/REGISTERS.md section 5): landlord, property, tenant, household,
references, weapons and photos (``tenant_fields.py``); receipt number; reporting deadline.

Lifecycle:

    submitted → verified | flagged (only the central server's criminal-record check, a flag with
                its reason) | returned_for_correction (the objections are the reason) | vacated
    returned_for_correction → submitted (the clerk corrected it) | vacated
    verified, flagged → vacated

A submitted registration waits in the review inbox (``domain/review.py``) for an officer whose
role may ``Action.REVIEW_TENANT`` (the SHO or the Moharrir): an approval is the ``review`` field
(it stays submitted for the central check); a return is the move to ``returned_for_correction``
with the objections as its reason, which the clerk sees; the corrected registration, submitted
again, waits in the inbox again.

Going to ``vacated`` needs ``vacated_on``. The clerk may change a submitted or returned record;
a verified or flagged one is frozen except for ``vacated_on``; a vacated one is final.

Photos hold attachment ids only; the image bytes are stored encrypted in the vault. The receipt
number is made on the device at once (``receipt_number``).

The reporting deadline runs from ``possession_at`` for the station's setting's number of hours
(``report_deadline``); no Act text read fixes it (REGISTERS.md section 5), so 0 means not set.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain import formats, review
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ANY_FIELD, ListColumns, RecordKind
from fieldclient.domain.records.numbering import local_receipt
from fieldclient.domain.records.tenant_fields import FIELDS
from fieldclient.domain.roles import Action
from fieldclient.domain.schema import Context
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = ("submitted", "verified", "flagged", "returned_for_correction", "vacated")
TRANSITIONS = {
    "submitted": frozenset({"verified", "flagged", "returned_for_correction", "vacated"}),
    "returned_for_correction": frozenset({"submitted", "vacated"}),
    "verified": frozenset({"vacated"}),
    "flagged": frozenset({"vacated"}),
}


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    if "cnic" in data["tenant"] and data["tenant"]["cnic"] == data["landlord"]["cnic"]:
        ctx.add(
            "tenant.cnic",
            "same_as_landlord",
            "is the same as the landlord's CNIC; check both cards",
        )
    start = date.fromisoformat(data["start_date"])
    for later in ("agreement_end", "vacated_on"):
        if later in data and date.fromisoformat(data[later]) < start:
            ctx.add(later, "before_start", "is before the tenancy starts; check both dates")


def _transition_check(from_status: str, to_status: str, data: dict[str, Any]) -> str | None:
    if to_status == "vacated" and not data.get("vacated_on"):
        return "record the date the tenant left (vacated_on) first"
    return None


def report_deadline(data: dict[str, Any], hours: float) -> datetime | None:
    """When the police had to be told: possession + the station's hours; None when either is
    not known (no possession time recorded, or the setting is 0: not set)."""
    if hours <= 0 or not data.get("possession_at"):
        return None
    return formats.parse_aware_time(data["possession_at"]) + timedelta(hours=hours)


def filed_late(data: dict[str, Any], filed_at: datetime, hours: float) -> bool:
    """True when the registration was filed after the reporting deadline."""
    deadline = report_deadline(data, hours)
    return deadline is not None and filed_at > deadline


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
        "tenant.passport.number": "tenant",
        "tenant.por_card_no": "tenant",
        "landlord.cnic": "landlord",
        "property_dealer.cnic": "dealer",
        "references.*.cnic": "reference",
        "family_members.*.cnic": "family_member",
    },
    name="tenant",
    label=QT_TRANSLATE_NOOP("RecordKind", "tenant record"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Tenants"),
    statuses=STATUSES,
    initial="submitted",
    fields=(*FIELDS, review.FIELD),
    transitions=TRANSITIONS,
    server_only=frozenset({("submitted", "verified"), ("submitted", "flagged")}),
    editable={
        "submitted": ANY_FIELD,
        "returned_for_correction": ANY_FIELD,
        "verified": frozenset({"vacated_on"}),
        "flagged": frozenset({"vacated_on"}),
    },
    reason_required_for=frozenset({"flagged", "returned_for_correction"}),
    transition_actions={"returned_for_correction": Action.REVIEW_TENANT},
    review_statuses=frozenset({"submitted"}),
    review_action=Action.REVIEW_TENANT,
    review_returns_to={"submitted": "returned_for_correction"},
    cross_check=_cross_check,
    transition_check=_transition_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Tenant"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Property"),
    ),
    time_field="start_date",
    frozen_message={
        "verified": "a verified tenant record cannot be changed; submit a new one",
        "flagged": "a flagged tenant record cannot be changed; submit a new one",
        "vacated": "the tenant has left; a vacated record cannot be changed",
    },
    numbering=local_receipt(receipt_number),
    status_labels={
        "submitted": QT_TRANSLATE_NOOP("status", "submitted"),
        "verified": QT_TRANSLATE_NOOP("status", "verified"),
        "flagged": QT_TRANSLATE_NOOP("status", "flagged"),
        "returned_for_correction": QT_TRANSLATE_NOOP("status", "returned for correction"),
        "vacated": QT_TRANSLATE_NOOP("status", "vacated"),
    },
)
