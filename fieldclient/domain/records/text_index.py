"""What the full-text index holds for a record: the default ``RecordKind.search_text``."""

from __future__ import annotations

import re
from typing import Any

from fieldclient.domain.record import Record

NOT_INDEXED = frozenset({"photos"})  # attachment ids: nobody searches for them
_SEPARATED_IDENTIFIER = re.compile(r"[A-Za-z0-9]+(?:[-\s][A-Za-z0-9]+)+")
_DASH_OR_SPACE = re.compile(r"[-\s]")
_ASCII_DIGIT = re.compile(r"[0-9]")


def _strings(value: Any, out: list[str]) -> None:
    """Append every text in ``value`` (numbers as text) to ``out``, depth first.

    Appending to one list instead of nested generators, and the regexes compiled once, make a
    pulled record's search text 27 → 16 µs of CPU (the same text; docs/PERFORMANCE.md)."""
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, dict):
        for key, member in value.items():
            if key not in NOT_INDEXED:
                _strings(member, out)
    elif isinstance(value, list):
        for member in value:
            _strings(member, out)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        out.append(str(value))


def every_text(record: Record) -> str:
    """Every text of the record, plus identifiers (CNIC, phone, plate) without their dashes."""
    parts = [record.number or "", record.provisional_number or ""]
    _strings(record.data, parts)
    parts += (str(statement.get("text", "")) for statement in record.statements)
    # An identifier is ASCII letters and digits (fullmatch), so "has a digit" is [0-9].
    compact = [
        _DASH_OR_SPACE.sub("", part)
        for part in parts
        if _SEPARATED_IDENTIFIER.fullmatch(part) and _ASCII_DIGIT.search(part)
    ]
    return "\n".join(part for part in [*parts, *compact] if part)
