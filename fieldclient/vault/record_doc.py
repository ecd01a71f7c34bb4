"""How a record is stored in `records.doc`: the one encode and the one decode every path uses.

Since schema v9 `doc` is a BLOB: a format byte, then raw deflate (zlib level 6, no zlib header
or checksum: SQLCipher authenticates every page already, with the preset dictionary below) of
the record's canonical JSON in which ``clocks`` is replaced by its compact form ``"k"``
(`fieldclient.domain.compact_clocks`). On the generated records of the bench that is about 430 B
a record instead of 1,630 B of full JSON (see docs/PERFORMANCE.md, issue 16). A TEXT `doc` is the
full JSON of schema v7 and earlier (a row not yet re-encoded, or repaired by hand) and reads the
same.

The fingerprint is not taken from these bytes: it is the hash of the canonical full JSON
(`record_json`), as the server computes it. The encoding is deterministic, so the same record
always gives the same bytes (the trigger that clears a fingerprint compares them).
"""

from __future__ import annotations

import json
import zlib
from dataclasses import fields
from typing import Any

from fieldclient.domain.compact_clocks import compact_clocks, expand_clocks
from fieldclient.domain.fingerprint import canonical_json
from fieldclient.domain.record import Record

COMPACT_ZLIB_V1 = 1
COMPACT_CLOCKS_KEY = "k"
ZLIB_LEVEL = 6  # 1 and 9 measured within 4% in size and 5% in CPU of it (PERFORMANCE.md)
_RAW_DEFLATE = -15  # zlib's wbits for a raw stream: 10 B a record less than a zlib one

# Strings most records repeat (envelope keys, common field names and values), given to zlib as a
# preset dictionary: about 100 B less per record than plain zlib. It is part of the stored
# format: never edit it; a different one needs a new format byte (and keeps this one readable).
_DICTIONARY_V1 = (
    b'"unknown":"description":"match_score":"kind":"method":"device":"badge_no":"at":'
    b'"due_date":"family_count":"landlord":"property_address":"start_date":"tenant":'
    b'"occupation":"permanent_address":"driver":"licence_no":"fine_total":"issued_at":'
    b'"location":"province":"vehicle_reg":"vehicle_type":"violations":"accused":"diary_no":'
    b'"informant":"address":"narrative":"occurred_at":"offences":"place":"reported_at":'
    b'"phone":"father_name":"cnic":"name":"history":[],"statements":[],"number":null,'
    b'"provisional_number":null,"station":"status":"draft","type":"fir","updated_at":'
    b'"k":{"c":"created_at":"created_by":"data":{"device_id":"id":'
)

_RECORD_FIELDS = tuple(field.name for field in fields(Record))


def record_dict(record: Record) -> dict[str, Any]:
    """`Record.to_dict()` without the deep copy `dataclasses.asdict` makes (shares values)."""
    doc = {name: getattr(record, name) for name in _RECORD_FIELDS}
    if not record.training:
        del doc["training"]  # as to_dict(): a real record's JSON has no such key
    return doc


def record_json(record: Record) -> str:
    """The record's canonical full JSON: what its fingerprint is the hash of."""
    return canonical_json(record_dict(record))


def encode_doc(record: Record) -> bytes:
    """The stored form of ``record`` (deterministic)."""
    doc = record_dict(record)
    doc[COMPACT_CLOCKS_KEY] = compact_clocks(doc.pop("clocks"), record.data)
    packer = zlib.compressobj(ZLIB_LEVEL, zlib.DEFLATED, _RAW_DEFLATE, zdict=_DICTIONARY_V1)
    body = packer.compress(canonical_json(doc).encode()) + packer.flush()
    return bytes((COMPACT_ZLIB_V1,)) + body


def decode_doc_dict(stored: bytes | str) -> dict[str, Any]:
    """The full JSON form (`Record.to_dict()`) of a stored `doc`, either format."""
    if isinstance(stored, str):
        return dict(json.loads(stored))
    if not stored or stored[0] != COMPACT_ZLIB_V1:
        raise ValueError("records.doc: unknown stored format")
    unpacker = zlib.decompressobj(_RAW_DEFLATE, zdict=_DICTIONARY_V1)
    doc = dict(json.loads(unpacker.decompress(stored[1:]) + unpacker.flush()))
    doc["clocks"] = expand_clocks(doc.pop(COMPACT_CLOCKS_KEY), doc["data"])
    return doc


def decode_doc(stored: bytes | str) -> Record:
    """The record a stored `doc` holds; a malformed one raises ValidationFailed."""
    return Record.from_dict(decode_doc_dict(stored))
