"""Converting a complaint to an FIR: the FIR is made and both records point at each other.

One transaction: the FIR (a draft, carrying ``complaint_id``), the complaint's ``fir_id`` and
its move to ``converted`` are stored together or not at all, so a refused FIR (no offence
chosen yet) leaves the complaint as it was and no half-linked pair can reach the server.
"""

from __future__ import annotations

from typing import Any

from fieldclient.domain import records as kinds
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.services.records import RecordService


def convert_to_fir(
    records: RecordService, complaint_id: str, fir_payload: dict[str, Any]
) -> tuple[Record, Record]:
    """Store the FIR made from complaint ``complaint_id`` and mark the complaint converted.

    ``fir_payload`` is the FIR as the officer completed it (``complaint.fir_draft`` gives the
    start). Returns (the FIR, the complaint). Raises ValidationFailed for an incomplete FIR,
    TransitionRefused or FrozenRecord when the complaint can no longer be converted.
    """
    complaint = records.get(complaint_id)
    if complaint.type != "complaint":
        raise ValidationFailed(
            [FieldError("complaint_id", "is not a complaint", "not_a_complaint")]
        )
    now = records.session.now()
    fir = records.new_record("fir", {**fir_payload, "complaint_id": complaint.id}, now)
    linked = records.patched(complaint, {"fir_id": fir.id})
    reason = "converted to FIR"
    kinds.check_transition("complaint", complaint.status, "converted", reason, linked)
    with records.writer.transaction():
        records.store_new(fir, now)
        changed = records.writer.edit(complaint, linked)
        records.session.vault.audit(
            "complaint.edit", complaint.id, {"type": "complaint", "fields": changed}
        )
        entry = records.writer.transition(complaint, "converted", reason)
        records.session.vault.audit(
            "complaint.transition",
            complaint.id,
            {"type": "complaint", "from": entry["from"], "to": "converted"},
        )
    return fir, complaint
