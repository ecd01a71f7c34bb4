"""Fetching the server's countersignatures for documents printed here (``POST /v1/countersign``).

After each pull (so this device's copy is the server's), the records this device printed without
a countersignature (``printed_documents.countersign_wanted``) are named to the server, which
signs the payload it computes from its own copy. Each signature is checked with the server's key
from enrollment against the payload this device computes now, and kept with the hash of that
message: a reprint carries it while the document still says exactly that. A signature that does
not fit (the copies differ; an edit is still on its way) is not kept, and is asked for again at
the next sync; a record the server does not hold stops being asked for.
"""

from __future__ import annotations

import base64
import binascii
import logging

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldclient.domain.documents import payload_for
from fieldclient.domain.errors import DomainError
from fieldclient.vault import printed_documents
from fieldclient.vault.repository import RecordRepository
from fieldclient.vault.vault import Vault
from sync.client.backoff import RetryPolicy, with_retries
from sync.client.credentials import Enrollment
from sync.client.transport import Transport
from sync.protocol.messages import MAX_COUNTERSIGN, CountersignRequest, CountersignResponse
from sync.protocol.signing import signature_is_valid

log = logging.getLogger(__name__)


def fetch_countersignatures(
    vault: Vault,
    transport: Transport,
    enrollment: Enrollment,
    server_key: Ed25519PublicKey,
    retry: RetryPolicy,
) -> int:
    """Ask for the wanted countersignatures; returns how many were kept."""
    wanted = printed_documents.wanted_countersignatures(vault, MAX_COUNTERSIGN)
    if not wanted:
        return 0
    message = CountersignRequest(record_ids=wanted)
    answer = with_retries(
        lambda: transport.call(
            "POST", "/v1/countersign", CountersignResponse, message, signer=enrollment
        ),
        retry,
    )
    asked = set(wanted)
    repo = RecordRepository(vault)
    kept = 0
    with vault.transaction():
        for signed in answer.signatures:
            if signed.record_id not in asked:
                continue
            fitted = _fitting_message(repo, signed.record_id, signed.signature, server_key)
            if fitted is not None:
                printed_documents.store_countersignature(
                    vault, signed.record_id, fitted[0], fitted[1]
                )
                kept += 1
        for record_id in answer.unknown:
            if record_id in asked:
                printed_documents.drop_countersign_request(vault, record_id)
    if kept < len(answer.signatures):
        log.info(
            "%d countersignature(s) did not fit this device's copy yet",
            len(answer.signatures) - kept,
        )
    return kept


def _fitting_message(
    repo: RecordRepository, record_id: str, signature_text: str, server_key: Ed25519PublicKey
) -> tuple[bytes, bytes] | None:
    """(the message, the signature) when the server's signature fits this device's document."""
    record = repo.find(record_id)
    if record is None:
        return None
    try:
        message = payload_for(record).signed_message()
        signature = base64.b64decode(signature_text, validate=True)
    except (DomainError, binascii.Error, ValueError):
        return None
    if not signature_is_valid(server_key, signature_text, message):
        return None
    return message, signature
