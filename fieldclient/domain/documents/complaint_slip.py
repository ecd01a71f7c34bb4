"""The slip the complainant takes away: the complaint as received, with its tracking number."""

from __future__ import annotations

from typing import Any

from fieldclient.domain.documents.kind import DocumentKind
from fieldclient.domain.record import Record

# Written after the complaint was received (who inquires, the FIR made, where it was sent); the
# slip never shows them, so a slip stays authentic while the complaint moves on.
_LATER_FIELDS = frozenset({"inquiry_officer", "fir_id", "referred_to"})


def _pinned(record: Record) -> dict[str, Any]:
    return {key: value for key, value in record.data.items() if key not in _LATER_FIELDS}


def _facts(record: Record) -> dict[str, str]:
    return {"r": str(record.data.get("received_at", ""))[:10]}


DOCUMENT = DocumentKind(
    kind="complaint",
    issued_at=lambda record: record.data.get("received_at") or record.created_at,
    pinned_content=_pinned,
    facts=_facts,
    fact_names={"r": "received on"},
)
