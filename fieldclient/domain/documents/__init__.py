"""The documents people leave with: one `DocumentKind` per record kind, and their payloads.

A kind with a printed document adds a module here (its pinned content and public facts) and an
entry in `DOCUMENTS`; its layout lives in `fieldclient/ui/documents`, keyed by the same name.
"""

from __future__ import annotations

from fieldclient.domain.documents import challan_ticket, complaint_slip, fir_copy, tenant_receipt
from fieldclient.domain.documents.kind import DocumentKind
from fieldclient.domain.documents.payload import DocumentPayload, content_hash
from fieldclient.domain.errors import DomainError
from fieldclient.domain.record import Record

DOCUMENTS: dict[str, DocumentKind] = {
    document.kind: document
    for document in (
        fir_copy.DOCUMENT,
        challan_ticket.DOCUMENT,
        tenant_receipt.DOCUMENT,
        complaint_slip.DOCUMENT,
    )
}


class NotPrintable(DomainError):
    """This record has no document (its kind has none, or it is not issued yet); says why."""


def document_kind(record: Record) -> DocumentKind:
    document = DOCUMENTS.get(record.type)
    if document is None:
        raise NotPrintable(f"a {record.type} record has no printed document")
    reason = document.not_printable_reason(record)
    if reason:
        raise NotPrintable(reason)
    return document


def payload_for(record: Record) -> DocumentPayload:
    """The payload a document of `record` carries; the client and the server compute the same."""
    document = document_kind(record)
    issued_at = document.issued_at(record)
    if issued_at is None:
        raise NotPrintable(f"this {record.type} record is not issued yet")
    return DocumentPayload(
        record_id=record.id,
        kind=record.type,
        number=record.number or record.provisional_number or "",
        station=record.station,
        issued_at=issued_at,
        content_hash=content_hash(document.pinned_content(record)),
        facts=document.facts(record),
    )
