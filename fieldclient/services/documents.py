"""Printing and verifying the documents people leave with (FIR copy, challan ticket, receipt).

`prepare` makes a `Printout`: the record, its signed payload (signed here with the device's
Ed25519 key, plus the server's countersignature when this device holds one for exactly this
payload), who prints it and whether it is a reprint. The layouts in `fieldclient/ui/documents`
draw it; `record_print` then counts the print and writes the audit entry (who, what, when, which
layout) in one transaction. `verify_*` check a document offline against the keys in the vault.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from fieldclient.domain.documents import NotPrintable, payload_for
from fieldclient.domain.documents.payload import DocumentPayload, SignedDocument
from fieldclient.domain.documents.verification import Verdict, verify_qr_text
from fieldclient.domain.record import Record
from fieldclient.services.document_scan import qr_texts_in_file
from fieldclient.services.session import Session
from fieldclient.services.trusted_keys import own_signing_key, vault_trusted_keys
from fieldclient.settings import TENANT_REPORT_WITHIN_HOURS, IniSettings
from fieldclient.vault import printed_documents
from sync.client import credentials

LAYOUTS = ("a4", "receipt")
PRINT_ACTION = "document.print"


@dataclass(frozen=True)
class StationInfo:
    code: str
    name: str
    district: str
    tenant_report_hours: float = 0.0  # the setting tenant/report_within_hours; 0: not set


@dataclass(frozen=True)
class Printout:
    """Everything a layout draws; nothing in it is read from the vault while drawing."""

    record: Record
    layout: str  # "a4" | "receipt"
    signed: SignedDocument | None  # None: the device is not enrolled, so it has no key
    copy_number: int  # 1 for the original, 2 for the first reprint, ...
    first_printed_at: str | None  # when this device first printed it (reprints only)
    printed_at: str  # ISO time, Pakistan
    printed_by: str  # badge
    officer_names: dict[str, str]  # badge -> name, for the officers of this vault
    station: StationInfo
    training: bool = False  # from a practice vault: every page carries a TRAINING watermark

    @property
    def is_reprint(self) -> bool:
        return self.copy_number > 1

    def officer_name(self, badge: str) -> str:
        return self.officer_names.get(badge, "")


class DocumentService:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.vault = session.vault

    def prepare(self, record_id: str, layout: str = "a4") -> Printout:
        if layout not in LAYOUTS:
            raise NotPrintable(f"the layout must be one of {', '.join(LAYOUTS)}, not {layout!r}")
        record = self.session.repo.get(record_id)
        payload = payload_for(record)  # NotPrintable when this record has no document yet
        history = printed_documents.print_history(self.vault, record_id)
        return Printout(
            record=record,
            layout=layout,
            signed=self._sign(record, payload),
            copy_number=history.prints + 1,
            first_printed_at=history.first_printed_at,
            printed_at=self.session.now().isoformat(),
            printed_by=self.session.officer_badge,
            officer_names={officer.badge: officer.name for officer in self.vault.officers()},
            station=self.station_info(),
            training=self.session.training,
        )

    def record_print(self, printout: Printout, destination: str) -> None:
        """Count the print and audit it; `destination` is "pdf" or "printer"."""
        countersigned = printout.signed is not None and printout.signed.server_signature is not None
        with self.vault.transaction():
            printed_documents.count_print(
                self.vault, printout.record.id, printout.printed_at, countersigned
            )
            self.vault.audit(
                PRINT_ACTION,
                printout.record.id,
                {
                    "type": printout.record.type,
                    "layout": printout.layout,
                    "copy": printout.copy_number,
                    "to": destination,
                    "countersigned": countersigned,
                },
            )

    def station_info(self) -> StationInfo:
        enrolled = json.loads(self.vault.get_meta(credentials.STATION) or "{}")
        code = self.session.station
        return StationInfo(
            code,
            str(enrolled.get("name") or code),
            str(enrolled.get("district", "")),
            IniSettings(self.vault.data_dir).get(TENANT_REPORT_WITHIN_HOURS),
        )

    def verify_text(self, qr_text: str) -> Verdict:
        return verify_qr_text(qr_text, vault_trusted_keys(self.vault))

    def verify_file(self, path: Path) -> list[Verdict]:
        """A verdict for each document QR code in the file (a PDF, or a photo or scan)."""
        keys = vault_trusted_keys(self.vault)
        return [verify_qr_text(text, keys) for text in qr_texts_in_file(path)]

    def _sign(self, record: Record, payload: DocumentPayload) -> SignedDocument | None:
        private_key = own_signing_key(self.vault)
        if private_key is None:
            return None
        message = payload.signed_message()
        return SignedDocument(
            payload=payload,
            device_id=self.session.device_id,
            device_signature=private_key.sign(message),
            server_signature=printed_documents.countersignature(self.vault, record.id, message),
        )
