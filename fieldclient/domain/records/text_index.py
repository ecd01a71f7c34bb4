"""What the full-text index holds for a record: the default ``RecordKind.search_text``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from fieldclient.domain.record import Record

NOT_INDEXED = frozenset({"photos"})  # attachment ids: nobody searches for them
_SEPARATED_IDENTIFIER = re.compile(r"[A-Za-z0-9]+(?:[-\s][A-Za-z0-9]+)+")


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, member in value.items():
            if key not in NOT_INDEXED:
                yield from _strings(member)
    elif isinstance(value, list):
        for member in value:
            yield from _strings(member)
    elif isinstance(value, str):
        yield value
    elif isinstance(value, int | float) and not isinstance(value, bool):
        yield str(value)


def every_text(record: Record) -> str:
    """Every text of the record, plus identifiers (CNIC, phone, plate) without their dashes."""
    parts = [record.number or "", record.provisional_number or ""]
    parts += _strings(record.data)
    parts += (str(statement.get("text", "")) for statement in record.statements)
    compact = [
        re.sub(r"[-\s]", "", part)
        for part in parts
        if _SEPARATED_IDENTIFIER.fullmatch(part) and any(char.isdigit() for char in part)
    ]
    return "\n".join(part for part in [*parts, *compact] if part)
