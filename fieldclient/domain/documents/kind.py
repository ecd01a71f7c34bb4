"""What the document registry needs to know about one record kind's printed document."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from fieldclient.domain.record import Record


@dataclass(frozen=True)
class DocumentKind:
    kind: str  # the record kind's name, as in fieldclient.domain.records.KINDS
    # When the document's facts were fixed (an FIR's registration, a challan's issue); None while
    # the record cannot be printed yet.
    issued_at: Callable[[Record], str | None]
    # The content the document shows and the content hash pins; nothing that changes after issue.
    pinned_content: Callable[[Record], Any]
    # A few short, public facts the verifier shows (no CNIC, no phone: anyone can read a QR).
    facts: Callable[[Record], dict[str, str]]
    # What each fact's short key means, for a verifier's display: {"v": "vehicle"}.
    fact_names: dict[str, str] = field(default_factory=dict)
    # Why this record has no document yet ("register it first"), or None.
    not_printable_reason: Callable[[Record], str | None] = lambda record: None
