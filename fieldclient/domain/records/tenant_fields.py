"""The tenant register's fields (docs/REGISTERS.md section 5 names the source of each).

Fields added for issue 13 are optional, so records made before them stay valid. The tenant is
identified by a CNIC, or, for a foreigner, by a passport (number and nationality; visa number and
expiry as far as the passport shows them) or a Proof-of-Registration card; one of the three is
required. A family member's CNIC is required from ``ADULT_AGE`` on.
"""

from __future__ import annotations

import re
from typing import Any

from fieldclient.domain import formats
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

ADULT_AGE = 18
"""Neither Act's text that was read sets an age for the family members whose CNIC is taken
(REGISTERS.md section 5); 18 is the age a CNIC can be issued and the age of majority."""
PROPERTY_TYPES = ("house", "portion", "flat", "room", "shop", "office", "other")
MAX_RENT = 100_000_000  # rupees a month; anything larger is a typing slip
_ATTACHMENT_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")
_SEPARATORS = re.compile(r"[\s\-]+")
_DOCUMENT_NUMBER = re.compile(r"[0-9A-Z]{5,20}")


def attachment_id(value: Any, path: str, ctx: Context) -> str:
    if not isinstance(value, str) or not _ATTACHMENT_ID.fullmatch(value):
        raise BadValue("attachment_id", f"must be the id of a stored photo (got {quoted(value)})")
    return value


def document_number(value: Any, path: str, ctx: Context) -> str:
    """A passport or PoR card number: 5 to 20 letters and digits, kept in capitals without
    spaces or dashes (the person index's form)."""
    if not isinstance(value, str):
        raise BadValue("not_text", "must be text")
    number = _SEPARATORS.sub("", value).upper()
    if not _DOCUMENT_NUMBER.fullmatch(number):
        raise BadValue(
            "document_number_format",
            f"must be 5 to 20 letters and digits, as printed on the document "
            f"(you typed {quoted(value)})",
        )
    return number


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
    Field("father_name", person_name, required=False),
    Field("cnic", formats.cnic, hint="type it like 12345-1234567-1"),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("address", text(max_length=300), required=False),
)
_PASSPORT = (
    Field("number", document_number),
    Field("nationality", text(max_length=60)),
    Field("visa_no", text(max_length=40), required=False),
    Field("visa_expiry", formats.calendar_date, required=False),
)
_TENANT = (
    Field("name", person_name),
    Field("father_name", person_name),
    Field("cnic", formats.cnic, required=False),
    Field("passport", obj(_PASSPORT), required=False),
    Field("por_card_no", document_number, required=False),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("permanent_address", text(max_length=300)),
    Field("previous_address", text(max_length=300), required=False),
    Field("occupation", text(max_length=100)),
    Field("workplace", text(max_length=300), required=False),
)
_FAMILY_MEMBER = (
    Field("name", person_name),
    Field("relation", text(max_length=60)),
    Field("age", integer(0, 130)),
    Field("cnic", formats.cnic, required=False),
)
_REFERENCE = (
    Field("name", person_name),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("cnic", formats.cnic, required=False),
    Field("address", text(max_length=300), required=False),
)
_PROPERTY_DEALER = (
    Field("name", person_name),
    Field("phone", formats.mobile, hint="type it like 0300-1234567"),
    Field("cnic", formats.cnic, required=False),
    Field("office_address", text(max_length=300), required=False),
)
_WEAPON = (
    Field("licence_no", text(max_length=40)),
    Field("weapon_kind", text(max_length=60)),
    Field("issuing_authority", text(max_length=100)),
)
_PHOTOS = (
    Field("tenant", attachment_id, required=False),
    Field("cnic_front", attachment_id, required=False),
    Field("cnic_back", attachment_id, required=False),
)


def tenant(value: Any, path: str, ctx: Context) -> dict[str, Any]:
    """The tenant; identified by a CNIC, a passport or a PoR card."""
    errors_before = len(ctx.errors)
    person = obj(_TENANT)(value, path, ctx)
    if len(ctx.errors) == errors_before and not any(
        key in person for key in ("cnic", "passport", "por_card_no")
    ):
        ctx.add(
            f"{path}.cnic",
            "tenant_identity_missing",
            "is empty: enter the CNIC, or for a foreign tenant the passport or the PoR card",
        )
    return person


def family_member(value: Any, path: str, ctx: Context) -> dict[str, Any]:
    """A member of the tenant's household; an adult's CNIC is required."""
    errors_before = len(ctx.errors)
    member = obj(_FAMILY_MEMBER)(value, path, ctx)
    if len(ctx.errors) == errors_before and member["age"] >= ADULT_AGE and "cnic" not in member:
        ctx.add(
            f"{path}.cnic",
            "adult_cnic_missing",
            f"is required for a family member aged {ADULT_AGE} or more",
            {"age": ADULT_AGE},
        )
    return member


FIELDS = (
    Field("landlord", obj(_LANDLORD)),
    Field("property_address", text(max_length=300)),
    Field("property_type", choice(PROPERTY_TYPES), required=False),
    Field("tenant", tenant),
    Field("start_date", formats.calendar_date, hint="type it like 2026-11-22"),
    Field("agreement_end", formats.calendar_date, required=False),
    Field("monthly_rent", integer(0, MAX_RENT), required=False),
    Field("possession_at", formats.past_time, required=False),
    Field("family_count", integer(0, 50), required=False),
    Field("family_members", list_of(family_member, max_items=50, what="person"), required=False),
    Field("property_dealer", obj(_PROPERTY_DEALER), required=False),
    Field("references", _exactly_two(obj(_REFERENCE)), required=False),
    Field("licensed_weapons", list_of(obj(_WEAPON), max_items=20, what="weapon"), required=False),
    Field("photos", obj(_PHOTOS), required=False),
    Field("vacated_on", formats.calendar_date, required=False),
)
