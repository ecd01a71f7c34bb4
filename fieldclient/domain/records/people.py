"""Who a record names, by identity: the rows of the person index and the words for their roles.

A kind declares where its people's identity numbers are (``RecordKind.people``: a dotted path,
``*`` for every item of a list, mapped to the person's role), e.g. an FIR's
``{"informant.cnic": "informant", "accused.*.cnic": "accused"}``. ``people_in(record)`` reads
them; the vault keeps them in its person index as the records are written, so a person's
records are found by one indexed lookup instead of a scan.

An identity is kept in one normal form (``identity_key``): a CNIC as its 13 digits, a passport
or Proof-of-Registration number in capitals without spaces or dashes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

ROLE_LABELS = {
    "informant": QT_TRANSLATE_NOOP("RecordKind", "informant"),
    "accused": QT_TRANSLATE_NOOP("RecordKind", "accused"),
    "driver": QT_TRANSLATE_NOOP("RecordKind", "driver"),
    "tenant": QT_TRANSLATE_NOOP("RecordKind", "tenant"),
    "landlord": QT_TRANSLATE_NOOP("RecordKind", "landlord"),
    "dealer": QT_TRANSLATE_NOOP("RecordKind", "property dealer"),
    "reference": QT_TRANSLATE_NOOP("RecordKind", "reference"),
    "family_member": QT_TRANSLATE_NOOP("RecordKind", "family member"),
    "complainant": QT_TRANSLATE_NOOP("RecordKind", "complainant"),
    "complained_against": QT_TRANSLATE_NOOP("RecordKind", "complained against"),
}
_SEPARATORS = re.compile(r"[\s\-]+")
_IDENTITY = re.compile(r"[0-9A-Z]{5,20}")


def identity_key(typed: str) -> str | None:
    """The normal form of a CNIC, passport or PoR number as typed, or None if it is none."""
    key = _SEPARATORS.sub("", str(typed)).upper()
    return key if _IDENTITY.fullmatch(key) else None


def people_in(data: dict[str, Any], paths: Mapping[str, str]) -> list[tuple[str, str]]:
    """(identity, role) for every identity number a record's ``data`` holds at its kind's
    ``paths``, each pair once."""
    found: dict[tuple[str, str], None] = {}
    for path, role in paths.items():
        for value in _values_at(data, path.split(".")):
            key = identity_key(value) if isinstance(value, str) else None
            if key is not None:
                found[(key, role)] = None
    return list(found)


def _values_at(node: Any, parts: list[str]) -> Iterator[Any]:
    if not parts:
        yield node
        return
    head, rest = parts[0], parts[1:]
    if head == "*":
        for item in node if isinstance(node, list) else ():
            yield from _values_at(item, rest)
    elif isinstance(node, dict) and head in node:
        yield from _values_at(node[head], rest)
