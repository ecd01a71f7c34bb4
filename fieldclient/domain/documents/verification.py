"""Is a document authentic and unaltered? Checked offline against the keys this PC holds.

The device signature must verify with the key of the device named in the payload, and that device
must not be revoked: a revoked device's signature proves nothing, whatever date it claims, since
its clock and key may be in anyone's hands. A server countersignature, when present, must verify
too; a valid one vouches for a record the server holds, so it outweighs a later revocation of the
printing device. Every "not authentic" names its reason (`Reason`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldclient.domain.documents.payload import (
    DocumentPayload,
    MalformedPayload,
    SignedDocument,
    parse_qr_text,
)
from fieldclient.domain.documents.trust import TrustedKeys
from fieldclient.domain.pakistan_time import PAKISTAN_TIME


class Reason(StrEnum):
    AUTHENTIC = "authentic"
    MALFORMED = "malformed"  # not a document payload this application knows
    UNKNOWN_DEVICE = "unknown_device"  # signed by a device (key) this PC does not know
    SIGNATURE_MISMATCH = "signature_mismatch"  # altered, or signed with another key
    DEVICE_REVOKED = "device_revoked"
    SERVER_SIGNATURE_MISMATCH = "server_signature_mismatch"


@dataclass(frozen=True)
class Verdict:
    reason: Reason
    document: SignedDocument | None = None
    countersigned: bool = False  # the server's countersignature was present and verified
    server_unchecked: bool = False  # countersigned, but this PC lacks the server's key
    revoked_at: int | None = None  # Unix ms, when the signing device is revoked
    problem: str = ""  # what is malformed

    @property
    def authentic(self) -> bool:
        return self.reason is Reason.AUTHENTIC

    @property
    def payload(self) -> DocumentPayload | None:
        return self.document.payload if self.document else None

    def sentences(self) -> list[str]:
        """Why it is (not) authentic, in English (the GUI words it through Qt's tr())."""
        device = self.document.device_id if self.document else ""
        revoked = pakistan_day(self.revoked_at) if self.revoked_at is not None else ""
        said = {
            Reason.AUTHENTIC: "Authentic and unaltered: "
            + ("countersigned by the server." if self.countersigned else "signed by the device."),
            Reason.MALFORMED: f"Not a document of this system: {self.problem}.",
            Reason.UNKNOWN_DEVICE: f"Not authentic: signed by device {device}, which this PC "
            "does not know as a device of the station (sync to receive the station's keys).",
            Reason.SIGNATURE_MISMATCH: "Not authentic: the signature does not match the "
            f"content; the document was altered, or signed with a key that is not device "
            f"{device}'s.",
            Reason.DEVICE_REVOKED: f"Not authentic: signed by device {device}, revoked on "
            f"{revoked}; its signature can no longer be trusted.",
            Reason.SERVER_SIGNATURE_MISMATCH: "Not authentic: the server's countersignature "
            "does not match the content; the document was altered.",
        }
        lines = [said[self.reason]]
        if self.authentic and self.revoked_at is not None:
            lines.append(
                f"The printing device was revoked on {revoked}; the server's countersignature "
                "vouches for the record."
            )
        if self.server_unchecked:
            lines.append(
                "It carries the server's countersignature, but this PC does not hold the "
                "server's key to check it."
            )
        return lines


def verify_qr_text(text: str, keys: TrustedKeys) -> Verdict:
    try:
        document = parse_qr_text(text)
    except MalformedPayload as problem:
        return Verdict(Reason.MALFORMED, problem=str(problem))
    return verify_document(document, keys)


def verify_document(document: SignedDocument, keys: TrustedKeys) -> Verdict:
    message = document.payload.signed_message()
    server_key = keys.server_key()
    countersigned = server_unchecked = False
    if document.server_signature is not None:
        if server_key is None:
            server_unchecked = True
        elif not _valid(server_key, document.server_signature, message):
            return Verdict(Reason.SERVER_SIGNATURE_MISMATCH, document)
        else:
            countersigned = True
    device = keys.device_key(document.device_id)
    if device is None:
        return Verdict(Reason.UNKNOWN_DEVICE, document)
    if not _valid(device.public_key, document.device_signature, message):
        return Verdict(Reason.SIGNATURE_MISMATCH, document)
    if device.revoked_at is not None and not countersigned:
        return Verdict(Reason.DEVICE_REVOKED, document, revoked_at=device.revoked_at)
    return Verdict(
        Reason.AUTHENTIC,
        document,
        countersigned=countersigned,
        server_unchecked=server_unchecked,
        revoked_at=device.revoked_at,
    )


def _valid(key: Ed25519PublicKey, signature: bytes, message: bytes) -> bool:
    try:
        key.verify(signature, message)
    except InvalidSignature:
        return False
    return True


def pakistan_day(unix_ms: int) -> str:
    return datetime.fromtimestamp(unix_ms / 1000, PAKISTAN_TIME).strftime("%Y-%m-%d")
