"""The acknowledgment the clerk hands to whoever registered a tenancy."""

from __future__ import annotations

from typing import Any

from fieldclient.domain.documents.kind import DocumentKind
from fieldclient.domain.record import Record

# Set after the receipt (the day the tenant left): a receipt handed over before stays authentic.
_LATER_FIELDS = frozenset({"vacated_on"})


def _pinned(record: Record) -> dict[str, Any]:
    return {key: value for key, value in record.data.items() if key not in _LATER_FIELDS}


def _facts(record: Record) -> dict[str, str]:
    return {"b": str(record.data.get("start_date", ""))}


DOCUMENT = DocumentKind(
    kind="tenant",
    issued_at=lambda record: record.created_at,
    pinned_content=_pinned,
    facts=_facts,
    fact_names={"b": "tenancy begins"},
)
