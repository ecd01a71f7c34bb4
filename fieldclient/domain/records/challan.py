"""Traffic challan: fields, fines and due date from the reference table, lifecycle.

Lifecycle: issued → paid (needs ``payment_ref``) | contested | overdue; contested → paid (the
contest failed) | cancelled (the contest succeeded); overdue → paid. Contesting and cancelling
need a reason. After issue only ``payment_ref`` may be patched: what the driver was handed is final.
Numbers come from blocks the server leases to each device; a challan issued before the device
held a block shows a provisional number until the server numbers it.

``fine_total`` and ``due_date`` are computed here from the table. A caller may omit them or send the
same values back; a different value is refused, never silently overwritten, so a client with an
older fine table cannot store a fine that the table no longer gives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.errors import FieldError, MissingReferenceData, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.records.numbering import leased_block
from fieldclient.domain.reference import (
    canonical_province,
    fine_provinces,
    traffic_violations,
    vehicle_types,
)
from fieldclient.domain.schema import (
    BadValue,
    Context,
    Field,
    choice,
    integer,
    list_of,
    obj,
    person_name,
    quoted,
    text,
)
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

STATUSES = ("issued", "paid", "contested", "overdue", "cancelled")
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


_DRIVER = (
    Field("name", person_name),
    Field("cnic", formats.cnic, hint="type it like 12345-1234567-1"),
    Field("licence_no", formats.token("the licence number"), required=False),
)

FIELDS = (
    Field("vehicle_reg", formats.vehicle_registration, hint="type the number plate, like ABC-123"),
    Field(
        "vehicle_type",
        choice(tuple(vehicle_types())),
        hint="choose one of " + ", ".join(kind.label for kind in vehicle_types().values()),
    ),
    Field("province", _province, required=False),
    Field("violations", _unique_codes, hint="add at least one violation code"),
    Field("driver", obj(_DRIVER)),
    Field("location", text(max_length=300)),
    Field("issued_at", formats.past_time),
    Field(
        "documents_seized",
        list_of(text(max_length=100), max_items=10, what="document"),
        required=False,
    ),
    Field("fine_total", integer(0, 10_000_000), required=False),
    Field("due_date", formats.calendar_date, required=False),
    Field("payment_ref", formats.token("the payment reference"), required=False),
)


def _set_computed(data: dict[str, Any], name: str, value: Any, ctx: Context, what: str) -> None:
    if name in data and data[name] != value:
        ctx.add(
            name, "computed_mismatch", f"is computed from the fine table ({what}); leave it empty"
        )
    data[name] = value


def _cross_check(data: dict[str, Any], ctx: Context) -> None:
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
    if to_status == "overdue" and not data.get("due_date"):
        return "this challan has no due date (the fine table gives no payment window)"
    return None


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


_UNPAID_EDITABLE = frozenset({"payment_ref"})

KIND = RecordKind(
    people={"driver.cnic": "driver"},
    name="challan",
    label=QT_TRANSLATE_NOOP("RecordKind", "challan"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "Challans"),
    statuses=STATUSES,
    initial="issued",
    fields=FIELDS,
    transitions={
        "issued": frozenset({"paid", "contested", "overdue"}),
        "contested": frozenset({"paid", "cancelled"}),
        "overdue": frozenset({"paid"}),
    },
    editable={
        "issued": _UNPAID_EDITABLE,
        "contested": _UNPAID_EDITABLE,
        "overdue": _UNPAID_EDITABLE,
    },
    reason_required_for=frozenset({"contested", "cancelled"}),
    cross_check=_cross_check,
    transition_check=_transition_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Vehicle"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Violations and fine"),
    ),
    time_field="issued_at",
    frozen_message={
        status: "an issued challan cannot be changed except for its payment reference"
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
    },
)
