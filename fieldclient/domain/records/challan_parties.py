"""The people and papers of a traffic challan: the driver, the vehicle, the document seized, the
issuing officer and the offender's signature. Sources for each field: docs/REGISTERS.md, section 4.

No source makes a CNIC a condition of issuing a ticket, so the driver's CNIC is optional; without
one, another identity document (passport, PoR card, driving licence…), the licence number, or the
reason there is none, so the ticket still says who was stopped. Everything added for issue 13 is
optional, so challans stored before it stay valid.
"""

from __future__ import annotations

import re
from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.schema import BadValue, Context, Field, obj, person_name, quoted, text

ID_DOCUMENT_KINDS = (
    "passport",
    "por_card",
    "afghan_citizen_card",
    "nicop",
    "driving_licence",
    "other",
)
_ATTACHMENT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
PSID_LENGTHS = (17, 18)  # [S7] ticket books 18 digits, [S8] camera e-challans 17 (REGISTERS.md)


def psid(value: Any, path: str, ctx: Context) -> str:
    """The payment slip id: digits only (spaces and dashes as printed are dropped), 17 or 18."""
    typed = "".join(str(value).split()).replace("-", "") if isinstance(value, str | int) else ""
    if isinstance(value, bool) or not typed.isascii() or not typed.isdigit():
        raise BadValue("psid_format", f"must be the digits of the PSID (you typed {quoted(value)})")
    if len(typed) not in PSID_LENGTHS:
        raise BadValue(
            "psid_length",
            f"must have 17 or 18 digits; {quoted(value)} has {len(typed)}",
            count=len(typed),
        )
    return typed


def attachment_id(value: Any, path: str, ctx: Context) -> str:
    if not isinstance(value, str) or not _ATTACHMENT_ID.fullmatch(value):
        raise BadValue("attachment_id", f"must be the id of a stored image (got {quoted(value)})")
    return value


def _kind(value: Any, path: str, ctx: Context) -> str:
    if value not in ID_DOCUMENT_KINDS:
        raise BadValue(
            "not_a_choice",
            f"must be one of {', '.join(ID_DOCUMENT_KINDS)} (you typed {quoted(value)})",
        )
    return str(value)


_ID_DOCUMENT = (
    Field("kind", _kind),
    Field("number", text(max_length=40), hint="type the document's number"),
)

_DRIVER = (
    Field("name", person_name),
    Field("father_name", person_name, required=False),
    Field("address", text(max_length=300), required=False),
    Field("cnic", formats.cnic, required=False),
    Field("id_document", obj(_ID_DOCUMENT), required=False),
    Field("no_id_reason", text(max_length=300), required=False),
    Field("licence_no", formats.token("the licence number"), required=False),
    Field("licence_category", text(max_length=40), required=False),
)

VEHICLE = (
    Field("make", text(max_length=60), required=False),
    Field("colour", text(max_length=40), required=False),
)

SEIZED_DOCUMENT = (
    Field("kind", text(max_length=60), hint="say which document, like driving licence"),
    Field("number", text(max_length=40), required=False),
)

OFFICER = (
    Field("name", person_name),
    Field("rank", text(max_length=60), required=False),
    Field("belt_no", formats.token("the belt number"), required=False),
)

PHOTOS = (Field("offender_signature", attachment_id, required=False),)


def driver(value: Any, path: str, ctx: Context) -> dict[str, Any]:
    """The driver; without a CNIC, another identity document, the licence number or a reason."""
    errors_before = len(ctx.errors)
    person = obj(_DRIVER)(value, path, ctx)
    if len(ctx.errors) > errors_before:
        return person
    if not any(key in person for key in ("cnic", "id_document", "licence_no", "no_id_reason")):
        ctx.add(
            f"{path}.cnic",
            "identity_missing",
            "is empty: enter the CNIC, another identity document (passport, PoR card, driving "
            "licence…) or the reason the driver has none",
        )
    return person
