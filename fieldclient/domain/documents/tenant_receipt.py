"""The acknowledgment the clerk hands to whoever registered a tenancy."""

from __future__ import annotations

from fieldclient.domain.documents.kind import DocumentKind
from fieldclient.domain.record import Record


def _facts(record: Record) -> dict[str, str]:
    return {"b": str(record.data.get("start_date", ""))}


DOCUMENT = DocumentKind(
    kind="tenant",
    issued_at=lambda record: record.created_at,
    pinned_content=lambda record: record.data,
    facts=_facts,
    fact_names={"b": "tenancy begins"},
)
