"""Traffic challan: fields in the ticket's order, fines and due date from the station province's
table, lifecycle. Each field's and rule's source: docs/REGISTERS.md, section 4.

Lifecycle: issued → paid (needs ``payment_ref``) | contested | voided | void_proposed;
contested → paid (the contest failed) | cancelled (the contest succeeded) | decided_by_court
(needs ``court_decision``, the amount the court set); decided_by_court → paid. Contesting,
cancelling, voiding and proposing a void need a reason; voiding is for an issuance error, by an
officer whose role may void a challan (``roles.Action.VOID_CHALLAN``: the SHO). An officer who
may not void (a traffic warden) proposes it (``roles.Action.PROPOSE_VOID``): the challan waits in
the SHO's review inbox (``domain/review.py``) in ``void_proposed``; the SHO's approval voids it,
a return (with the reason) makes it ``issued`` again; meanwhile it may still be paid.
Overdue is derived (``is_overdue``: unpaid past ``due_date``), never set by hand; challans stored
with the old status ``overdue`` stay valid and may still be paid or voided. After issue only
``payment_ref``, ``seized_document_returned_at`` and ``court_decision`` may be patched: what the
driver was handed is final. Numbers come from blocks the server leases to each device; a challan
issued before the device held a block shows a provisional number until the server numbers it.

``fine_total`` and ``due_date`` are computed here from the table. A caller may omit them or send the
same values back; a different value is refused, never silently overwritten, so a client with an
older fine table cannot store a fine that the table no longer gives. A code whose row the
sources leave without any amount (KP helmet) is refused as unknown, never guessed; a superseded
row cannot be chosen for a new challan (``new_challan_problems``), while stored challans keep
their codes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain import formats, review
from fieldclient.domain.errors import FieldError, MissingReferenceData, ValidationFailed
from fieldclient.domain.pakistan_time import in_pakistan
from fieldclient.domain.record import Record
from fieldclient.domain.records.challan_parties import (
    OFFICER,
    PHOTOS,
    SEIZED_DOCUMENT,
    VEHICLE,
    driver,
    psid,
)
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.records.numbering import leased_block
from fieldclient.domain.reference import (
    canonical_province,
    fine_provinces,
    traffic_violations,
    vehicle_types,
)
from fieldclient.domain.roles import Action
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
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = (
    "issued",
    "paid",
    "contested",
    "overdue",  # stored before overdue was derived (``is_overdue``); kept valid
    "cancelled",
    "voided",
    "decided_by_court",
    "void_proposed",
)
DEFAULT_PROVINCE = "Punjab"  # the sourced official serials 1–23 are Punjab's


def _violation_code(value: Any, path: str, ctx: Context) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 10**6:
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise BadValue("not_text", "must be a violation code from the fine table, like 3")
    return value.strip().upper()


def _province(value: Any, path: str, ctx: Context) -> str:
    province = canonical_province(value) if isinstance(value, str) else None
    if province is None or province not in fine_provinces():
        raise BadValue(
            "province_unknown",
            f"must be one of {', '.join(fine_provinces())} (you typed {quoted(value)})",
        )
    return province


def _unique_codes(value: Any, path: str, ctx: Context) -> list[str]:
    codes = list_of(_violation_code, min_items=1, max_items=20, what="violation code")(
        value, path, ctx
    )
    if len(set(codes)) != len(codes):
        raise BadValue("duplicate", "lists the same violation code twice; keep each once")
    return codes


def compute_fine(codes: Sequence[str], vehicle_type: str, province: str = DEFAULT_PROVINCE) -> int:
    """Total fine in PKR for these codes and vehicle type, from the province's table.

    Raises ValidationFailed naming each code the table does not price for that vehicle type; a
    blank cell is never read as a fine of 0.
    """
    table = traffic_violations(province)
    label = (
        vehicle_types()[vehicle_type].label.lower()
        if vehicle_type in vehicle_types()
        else vehicle_type
    )
    errors: list[FieldError] = []
    total = 0
    for index, code in enumerate(codes):
        entry = table.get(code)
        if entry is None:
            errors.append(
                FieldError(
                    f"violations.{index}",
                    f"code {quoted(code)} is not in the {province} fine table",
                    "violation_unknown",
                )
            )
        elif not entry.priced:
            errors.append(
                FieldError(
                    f"violations.{index}",
                    f"code {code} ({entry.violation}): the sources give no amount for it in the "
                    f"{province} table, so it cannot be priced; the fine is not guessed",
                    "fine_unknown",
                )
            )
        elif entry.fines.get(vehicle_type) is None:
            errors.append(
                FieldError(
                    f"violations.{index}",
                    f"code {code} ({entry.violation}) has no fine for a {label} "
                    f"in the {province} table; "
                    "check the vehicle type or the code",
                    "no_fine_for_vehicle",
                )
            )
        else:
            total += entry.fines[vehicle_type] or 0
    if errors:
        raise ValidationFailed(errors)
    return total


def due_date(
    issued_at: datetime | str, codes: Sequence[str], province: str = DEFAULT_PROVINCE
) -> date:
    """Issue date plus the table's payment window (the shortest, if the codes differ).

    Calendar days, as the table's ``payment_days`` column. Raises MissingReferenceData when a code
    has no payment window in the table (KP, ICT, Punjab 2021/2025 rows): no window is invented.
    """
    issued = formats.parse_aware_time(issued_at) if isinstance(issued_at, str) else issued_at
    table = traffic_violations(province)
    windows = {code: table[code].payment_days if code in table else None for code in codes}
    missing = sorted(code for code, days in windows.items() if days is None)
    if missing or not windows:
        raise MissingReferenceData(
            f"the {province} fine table gives no payment window for code(s) {', '.join(missing)}"
        )
    return issued.date() + timedelta(
        days=min(days for days in windows.values() if days is not None)
    )


_COURT_DECISION = (
    Field("court", text(max_length=200), hint="name the court"),
    Field("order_date", formats.calendar_date, hint="type the date of the order, like 2026-12-01"),
    Field("amount", integer(0, 10_000_000), hint="type the amount the court set, in rupees"),
)

FIELDS = (
    Field("psid", psid, required=False),
    Field("traffic_sector", text(max_length=100), required=False),
    Field("district", text(max_length=100), required=False),
    Field("issued_at", formats.past_time),
    Field("location", text(max_length=300)),
    Field("driver", driver),
    Field("vehicle_reg", formats.vehicle_registration, hint="type the number plate, like ABC-123"),
    Field(
        "vehicle_type",
        choice(tuple(vehicle_types())),
        hint="choose one of " + ", ".join(kind.label for kind in vehicle_types().values()),
    ),
    Field("vehicle", obj(VEHICLE), required=False),
    Field("province", _province, required=False),
    Field("violations", _unique_codes, hint="add at least one violation code"),
    Field("fine_total", integer(0, 10_000_000), required=False),
    Field("seized_document", obj(SEIZED_DOCUMENT), required=False),
    Field(
        "documents_seized",  # before issue 13: kinds only, kept so old challans stay valid
        list_of(text(max_length=100), max_items=10, what="document"),
        required=False,
    ),
    Field("seized_document_returned_at", formats.past_time, required=False),
    Field("officer", obj(OFFICER), required=False),
    Field("photos", obj(PHOTOS), required=False),
    Field("offender_refused_to_sign", boolean, required=False),
    Field("due_date", formats.calendar_date, required=False),
    Field("payment_ref", formats.token("the payment reference"), required=False),
    Field("court_decision", obj(_COURT_DECISION), required=False),
    review.FIELD,
)


def _set_computed(data: dict[str, Any], name: str, value: Any, ctx: Context, what: str) -> None:
    if name in data and data[name] != value:
        ctx.add(
            name, "computed_mismatch", f"is computed from the fine table ({what}); leave it empty"
        )
    data[name] = value


def _facts_check(data: dict[str, Any], ctx: Context) -> None:
    """Signature or refusal, not both; a seized document is returned on payment, after issue."""
    if data.get("offender_refused_to_sign") and "offender_signature" in data.get("photos", {}):
        ctx.add(
            "offender_refused_to_sign",
            "signed_and_refused",
            "is ticked, but a signature is attached; keep one of them",
        )
    returned = data.get("seized_document_returned_at")
    if returned is None:
        return
    if "seized_document" not in data and "documents_seized" not in data:
        ctx.add(
            "seized_document_returned_at",
            "nothing_seized",
            "is set, but no document was seized on this challan",
        )
    elif not data.get("payment_ref"):
        ctx.add(
            "seized_document_returned_at",
            "returned_before_payment",
            "the document is returned on payment: enter the payment reference first",
        )
    elif formats.parse_aware_time(returned) < formats.parse_aware_time(data["issued_at"]):
        ctx.add(
            "seized_document_returned_at",
            "returned_before_issue",
            "is before the challan was issued",
        )


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
    _facts_check(data, ctx)
    data.setdefault("province", DEFAULT_PROVINCE)
    try:
        total = compute_fine(data["violations"], data["vehicle_type"], data["province"])
    except ValidationFailed as refused:
        ctx.errors.extend(refused.errors)
        return
    _set_computed(data, "fine_total", total, ctx, f"Rs {total}")
    try:
        due = due_date(data["issued_at"], data["violations"], data["province"]).isoformat()
    except MissingReferenceData:
        if "due_date" in data:
            ctx.add(
                "due_date",
                "computed_mismatch",
                "the fine table gives no payment window; leave it empty",
            )
        return
    _set_computed(data, "due_date", due, ctx, due)


def _transition_check(from_status: str, to_status: str, data: dict[str, Any]) -> str | None:
    if to_status == "paid" and not data.get("payment_ref"):
        return "enter the payment reference (payment_ref) from the bank receipt first"
    if to_status == "decided_by_court" and not data.get("court_decision"):
        return "enter the court's decision (court, date of the order, amount) first"
    return None


def new_challan_problems(data: dict[str, Any], station_province: str | None) -> list[FieldError]:
    """What a device may not issue, beyond the fields: a fine table other than its station's
    province (where the station's province is known) and a row a later law has superseded."""
    problems: list[FieldError] = []
    province = data.get("province", DEFAULT_PROVINCE)
    if station_province is not None and province != station_province:
        problems.append(
            FieldError(
                "province",
                f"this station is in {station_province}: its challans are priced from the "
                f"{station_province} table, not the {province} one",
                "not_station_province",
            )
        )
        return problems
    table = traffic_violations(province)
    for index, code in enumerate(data.get("violations", [])):
        entry = table.get(code)
        if entry is not None and entry.superseded:
            problems.append(
                FieldError(
                    f"violations.{index}",
                    f"code {code} is superseded by {' or '.join(entry.superseded_by)}; "
                    "choose the current row",
                    "violation_superseded",
                )
            )
    return problems


def pakistan_date(moment: datetime) -> date:
    return in_pakistan(moment).date()


def is_overdue(record: Record, now: datetime, days: int = 0) -> bool:
    """Unpaid past its due date (Pakistan date), or stored as overdue before it was derived.
    ``days`` (the complaints' limit) does not apply: the fine table sets the window."""
    if record.type != "challan":
        return False
    if record.status == "overdue":
        return True
    due = record.data.get("due_date")
    if record.status != "issued" or not isinstance(due, str):
        return False
    return pakistan_date(now) > date.fromisoformat(due)


def _rupees(amount: Any) -> str:
    return f"{amount:,}" if isinstance(amount, int) else str(amount or "")


def summary(record: Record) -> dict[str, str]:
    codes = ", ".join(record.data.get("violations", []))
    return {
        "number": record.number or record.provisional_number or "",
        "status": record.status,
        "title": record.data.get("vehicle_reg", ""),
        "detail": f"Rs {_rupees(record.data.get('fine_total'))} — {codes}",  # fine first: seen
        "when": record.data.get("issued_at", ""),
    }


def provisional_number(record_id: str) -> str:
    """Shown until the server numbers a challan issued without a leased block."""
    return f"P-{record_id[:8].upper()}"


_UNPAID_EDITABLE = frozenset({"payment_ref", "seized_document_returned_at"})
_CONTESTED_EDITABLE = _UNPAID_EDITABLE | {"court_decision"}

KIND = RecordKind(
    people={"driver.cnic": "driver"},
    name="challan",
    label=QT_TRANSLATE_NOOP("RecordKind", "challan"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Challans"),
    statuses=STATUSES,
    initial="issued",
    fields=FIELDS,
    transitions={
        "issued": frozenset({"paid", "contested", "voided", "void_proposed"}),
        "contested": frozenset({"paid", "cancelled", "decided_by_court", "voided"}),
        "overdue": frozenset({"paid", "voided"}),  # stored before overdue was derived
        "decided_by_court": frozenset({"paid"}),
        "void_proposed": frozenset({"voided", "issued", "paid"}),
    },
    editable={
        "issued": _UNPAID_EDITABLE,
        "contested": _CONTESTED_EDITABLE,
        "overdue": _UNPAID_EDITABLE,
        "decided_by_court": _UNPAID_EDITABLE,
        "paid": frozenset({"seized_document_returned_at"}),
        "void_proposed": _UNPAID_EDITABLE | {review.NAME},
    },
    reason_required_for=frozenset({"contested", "cancelled", "voided", "void_proposed", "issued"}),
    transition_actions={
        "voided": Action.VOID_CHALLAN,
        "void_proposed": Action.PROPOSE_VOID,
        "issued": Action.REVIEW,  # only a return of a void proposal moves a challan to issued
    },
    review_statuses=frozenset({"void_proposed"}),
    review_approves_to={"void_proposed": "voided"},
    review_returns_to={"void_proposed": "issued"},
    overdue=is_overdue,
    cross_check=_cross_check,
    transition_check=_transition_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Vehicle"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Violations and fine"),
    ),
    time_field="issued_at",
    frozen_message={
        status: "an issued challan cannot be changed except for its payment reference, the "
        "return of the seized document and the court's decision"
        for status in STATUSES
    },
    numbering=leased_block(
        lambda station, record_id, now: provisional_number(record_id),
        lambda station, record_id: re.escape(provisional_number(record_id)),
    ),
    status_labels={
        "issued": QT_TRANSLATE_NOOP("status", "issued"),
        "paid": QT_TRANSLATE_NOOP("status", "paid"),
        "contested": QT_TRANSLATE_NOOP("status", "contested"),
        "overdue": QT_TRANSLATE_NOOP("status", "overdue"),
        "cancelled": QT_TRANSLATE_NOOP("status", "cancelled"),
        "voided": QT_TRANSLATE_NOOP("status", "voided"),
        "decided_by_court": QT_TRANSLATE_NOOP("status", "decided by court"),
        "void_proposed": QT_TRANSLATE_NOOP("status", "void proposed"),
    },
)
