"""Countersigning documents: the server signs the payload it computes from the record it holds.

The device only names records; the server builds each document payload itself
(``fieldclient.domain.documents.payload_for``, the same code the device prints with) from its own
copy, so its signature vouches for what the server holds, never for what a device claims. A
device whose copy differs (an edit not yet synced) gets a signature that does not fit its
document, and asks again after the next sync.
"""

from __future__ import annotations

import base64
import json

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import Engine, select

from fieldclient.domain.documents import payload_for
from fieldclient.domain.errors import DomainError
from fieldclient.domain.record import Record
from sync.protocol.messages import Countersignature, CountersignRequest, CountersignResponse
from sync.server.core.security import AuthenticatedDevice
from sync.server.db.engine import read_transaction
from sync.server.db.tables import records


def countersign(
    engine: Engine,
    key: Ed25519PrivateKey,
    device: AuthenticatedDevice,
    request: CountersignRequest,
    now: int,
) -> CountersignResponse:
    wanted = sorted(set(request.record_ids))
    with read_transaction(engine) as connection:
        held = dict(
            connection.execute(
                select(records.c.id, records.c.doc)
                .where(records.c.station == device.station)
                .where(records.c.id.in_(wanted))
            ).all()
        )
    signatures, not_issued = [], []
    for record_id in wanted:
        if record_id not in held:
            continue
        try:
            payload = payload_for(Record.from_dict(json.loads(held[record_id])))
        except DomainError:  # NotPrintable: no document yet
            not_issued.append(record_id)
            continue
        signature = key.sign(payload.signed_message())
        signatures.append(
            Countersignature(
                record_id=record_id, signature=base64.b64encode(signature).decode("ascii")
            )
        )
    return CountersignResponse(
        server_time=now,
        signatures=signatures,
        unknown=[record_id for record_id in wanted if record_id not in held],
        not_issued=not_issued,
    )
