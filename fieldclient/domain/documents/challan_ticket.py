"""The challan ticket handed to the driver: everything issued, nothing paid later."""

from __future__ import annotations

from typing import Any

from fieldclient.domain.documents.kind import DocumentKind
from fieldclient.domain.record import Record

# Set after issue (the bank's reference when the fine is paid, the seized document's return, a
# court's decision); the ticket handed over never shows them, so they never break its signature.
_LATER_FIELDS = frozenset({"payment_ref", "seized_document_returned_at", "court_decision"})


def _pinned(record: Record) -> dict[str, Any]:
    return {key: value for key, value in record.data.items() if key not in _LATER_FIELDS}


def _facts(record: Record) -> dict[str, str]:
    return {
        "v": str(record.data.get("vehicle_reg", "")),
        "a": str(record.data.get("fine_total", "")),
    }


DOCUMENT = DocumentKind(
    kind="challan",
    issued_at=lambda record: record.data.get("issued_at") or record.created_at,
    pinned_content=_pinned,
    facts=_facts,
    fact_names={"v": "vehicle", "a": "fine (Rs)"},
)
