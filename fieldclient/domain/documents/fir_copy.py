"""The informant's copy of an FIR (s.154 CrPC): the FIR as registered, never its later statements.

Registration freezes the data, so the copy pins the whole of it; supplementary statements and
status changes are investigation material and stay off the informant's copy and out of the hash.
"""

from __future__ import annotations

import re
from typing import Any

from fieldclient.domain.documents.kind import DocumentKind
from fieldclient.domain.record import Record

_OFFICIAL = re.compile(r".+-(\d{4})-(\d+)")


def registration_entry(record: Record) -> dict[str, Any] | None:
    return next((entry for entry in record.history if entry.get("to") == "registered"), None)


def registered_at(record: Record) -> str | None:
    entry = registration_entry(record)
    return str(entry["at"]) if entry and entry.get("at") else None


def cited_number(number: str | None) -> str | None:
    """An official number as people cite it: ``PSH-GULBAHAR-2026-0412`` -> ``412/26``.

    None for anything else (a provisional number is never cited).
    """
    match = _OFFICIAL.fullmatch(number or "")
    if not match or (number or "").startswith("P-"):
        return None
    year, serial = match.groups()
    return f"{int(serial)}/{year[2:]}"


def _not_printable(record: Record) -> str | None:
    if registration_entry(record) is None:
        return "register the FIR first; a draft has no informant's copy"
    return None


def _facts(record: Record) -> dict[str, str]:
    return {"o": ",".join(record.data.get("offences", []))}


DOCUMENT = DocumentKind(
    kind="fir",
    issued_at=registered_at,
    pinned_content=lambda record: record.data,
    facts=_facts,
    fact_names={"o": "offences"},
    not_printable_reason=_not_printable,
)
