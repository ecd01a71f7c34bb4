"""The people of an FIR: informant, complainant, accused, and the officers (recording and
investigating). Sources for each field: docs/REGISTERS.md, section 1.

s.154 CrPC makes no identity document or phone a condition of recording information, so the
informant's CNIC and mobile are optional; a missing CNIC asks for another identity document
(passport, PoR card, …) or the reason there is none, so the register still says who spoke.
"""

from __future__ import annotations

from typing import Any

from fieldclient.domain import formats
from fieldclient.domain.schema import (
    Context,
    Field,
    boolean,
    choice,
    integer,
    obj,
    person_name,
    text,
)

ID_DOCUMENT_KINDS = ("passport", "por_card", "afghan_citizen_card", "nicop", "other")

_ID_DOCUMENT = (
    Field("kind", choice(ID_DOCUMENT_KINDS)),
    Field("number", text(max_length=40), hint="type the document's number"),
)

_INFORMANT = (
    Field("name", person_name),
    Field("father_name", person_name),
    Field("cnic", formats.cnic, required=False),
    Field("id_document", obj(_ID_DOCUMENT), required=False),
    Field("no_id_reason", text(max_length=300), required=False),
    Field("phone", formats.mobile, required=False),
    Field("address", text(max_length=300)),
)

_COMPLAINANT = (
    Field("name", person_name),
    Field("father_name", person_name, required=False),
    Field("age", integer(0, 130), required=False),
    Field("occupation", text(max_length=100), required=False),
    Field("relation_to_victim", text(max_length=100), required=False),
    Field("address", text(max_length=300), required=False),
)

_OFFICER = (
    Field("name", person_name),
    Field("rank", text(max_length=60), required=False),
    Field("belt_no", formats.token("the belt number"), required=False),
)

_ACCUSED = (
    Field("unknown", boolean, required=False),
    Field("name", person_name, required=False),
    Field("father_name", person_name, required=False),
    Field("cnic", formats.cnic, required=False),
    Field("address", text(max_length=300), required=False),
    Field("description", text(max_length=1000), required=False),
)

complainant = obj(_COMPLAINANT)
officer = obj(_OFFICER)


def informant(value: Any, path: str, ctx: Context) -> dict[str, Any]:
    """The person who gives the information; without a CNIC, another document or a reason."""
    errors_before = len(ctx.errors)
    person = obj(_INFORMANT)(value, path, ctx)
    if len(ctx.errors) > errors_before:
        return person
    if not any(key in person for key in ("cnic", "id_document", "no_id_reason")):
        ctx.add(
            f"{path}.cnic",
            "identity_missing",
            "is empty: enter the CNIC, another identity document (passport, PoR card…) "
            "or the reason the informant has none",
        )
    return person


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
