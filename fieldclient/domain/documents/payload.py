"""The signed facts a printed document carries in its QR code, and their wire form.

A document's payload pins what was handed over: the record's id, kind, number, station, the time
it was issued and a hash of the content the document shows, plus a few short public facts the
verifier displays so a reader can compare them with the paper. Only facts that do not change
after issue go in, so the server can compute the same payload from the record it holds and
countersign it (`fieldclient.domain.documents.payload_for`).

The QR text is compact JSON (``v``: format version; ``i`` id; ``k`` kind; ``n`` number; ``s``
station; ``t`` issued at; ``h`` content hash; ``f`` facts; ``d`` the signing device; ``ds`` its
Ed25519 signature; ``ss`` the server's countersignature, once the record has synced). Both
signatures are over `signed_message`: the payload without ``d``, ``ds`` and ``ss``, as canonical
JSON after a domain-separation prefix, so a signature made for a request can never pass as one
made for a document, nor the other way round.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass, field, replace
from typing import Any

FORMAT_VERSION = 1
SIGNING_CONTEXT = b"fieldclient document v1\n"
HASH_BYTES = 16
SIGNATURE_BYTES = 64
MAX_QR_TEXT = 1200  # far above a real payload; a longer text is not ours


class MalformedPayload(ValueError):
    """The text is not a document payload of a format this client knows; the message says why."""


@dataclass(frozen=True)
class DocumentPayload:
    record_id: str
    kind: str
    number: str
    station: str
    issued_at: str
    content_hash: str  # base64url of the first HASH_BYTES of SHA-256 over the pinned content
    facts: dict[str, str] = field(default_factory=dict)

    def signed_fields(self) -> dict[str, Any]:
        return {
            "v": FORMAT_VERSION,
            "i": self.record_id,
            "k": self.kind,
            "n": self.number,
            "s": self.station,
            "t": self.issued_at,
            "h": self.content_hash,
            "f": self.facts,
        }

    def signed_message(self) -> bytes:
        return SIGNING_CONTEXT + canonical_json(self.signed_fields()).encode("utf-8")


@dataclass(frozen=True)
class SignedDocument:
    """A payload with the printing device's signature and, once synced, the server's."""

    payload: DocumentPayload
    device_id: str
    device_signature: bytes
    server_signature: bytes | None = None

    def qr_text(self) -> str:
        fields = self.payload.signed_fields() | {
            "d": self.device_id,
            "ds": _b64(self.device_signature),
        }
        if self.server_signature is not None:
            fields["ss"] = _b64(self.server_signature)
        return canonical_json(fields)

    def with_payload(self, payload: DocumentPayload) -> SignedDocument:
        return replace(self, payload=payload)


def canonical_json(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def content_hash(content: Any) -> str:
    digest = hashlib.sha256(canonical_json(content).encode("utf-8")).digest()
    return _b64(digest[:HASH_BYTES])


def parse_qr_text(text: str) -> SignedDocument:
    """The signed document in a QR code's text; MalformedPayload names what is wrong."""
    if len(text) > MAX_QR_TEXT:
        raise MalformedPayload("the code holds far more text than a document payload")
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raise MalformedPayload("the code does not hold a document payload") from None
    if not isinstance(raw, dict):
        raise MalformedPayload("the code does not hold a document payload")
    if raw.get("v") != FORMAT_VERSION:
        raise MalformedPayload(
            f"the payload format {raw.get('v')!r} is not one this application knows"
        )
    expected = {"v", "i", "k", "n", "s", "t", "h", "f", "d", "ds"}
    missing = sorted(expected - raw.keys())
    unknown = sorted(raw.keys() - expected - {"ss"})
    if missing or unknown:
        raise MalformedPayload(
            "the payload lacks " + ", ".join(missing)
            if missing
            else "the payload has unknown parts " + ", ".join(unknown)
        )
    text_fields = ("i", "k", "n", "s", "t", "h", "d")
    if not all(isinstance(raw[name], str) for name in text_fields):
        raise MalformedPayload("a part of the payload is not text")
    facts = raw["f"]
    if not isinstance(facts, dict) or not all(
        isinstance(key, str) and isinstance(value, str) for key, value in facts.items()
    ):
        raise MalformedPayload("the payload's facts are not text")
    payload = DocumentPayload(
        record_id=raw["i"],
        kind=raw["k"],
        number=raw["n"],
        station=raw["s"],
        issued_at=raw["t"],
        content_hash=raw["h"],
        facts=facts,
    )
    return SignedDocument(
        payload=payload,
        device_id=raw["d"],
        device_signature=_signature(raw["ds"], "device"),
        server_signature=_signature(raw["ss"], "server") if "ss" in raw else None,
    )


def _signature(value: Any, whose: str) -> bytes:
    if not isinstance(value, str):
        raise MalformedPayload(f"the {whose} signature is not text")
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
    except (binascii.Error, ValueError):
        raise MalformedPayload(f"the {whose} signature is not base64") from None
    if len(raw) != SIGNATURE_BYTES:
        raise MalformedPayload(f"the {whose} signature has the wrong length")
    return raw


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
