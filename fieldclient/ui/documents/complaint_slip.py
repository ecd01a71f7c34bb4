"""The complaint slip: what the complainant takes away from the front desk, A4 or 80 mm.

It names the tracking number to ask about the complaint with (provisional until the server's
e-tag; the slip says so), when and how it was received, who complained against whom, and the
complaint as the clerk wrote it. It promises nothing about what the police will do: no rule read
fixes a time limit for acting on a complaint (docs/REGISTERS.md §6).
"""

from __future__ import annotations

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.ui.documents.bilingual import urdu
from fieldclient.ui.documents.common import clerk, clerk_signature_and_footer, notes, title_block
from fieldclient.ui.documents.compose import both, esc, rows_table, stacked, when
from fieldclient.ui.documents.registry import DocumentLayout

TITLE = QT_TRANSLATE_NOOP("DocumentText", "Complaint received: slip for the complainant")
PROVISIONAL = QT_TRANSLATE_NOOP(
    "DocumentText",
    "Provisional number: the station's tracking number (e-tag) follows when the record reaches "
    "the central server; either number finds this complaint.",
)


RECEIVED_VIA = {
    "front_desk": QT_TRANSLATE_NOOP("DocumentText", "at the front desk"),
    "phone": QT_TRANSLATE_NOOP("DocumentText", "by phone"),
    "whatsapp": QT_TRANSLATE_NOOP("DocumentText", "on WhatsApp"),
    "online_portal": QT_TRANSLATE_NOOP("DocumentText", "through the online portal"),
    "senior_officer": QT_TRANSLATE_NOOP("DocumentText", "referred by a senior officer"),
}


def slip_number(printout: Printout) -> str:
    return printout.record.number or printout.record.provisional_number or ""


def html(printout: Printout, qr_url: str) -> str:
    record = printout.record
    data = record.data
    complainant = data.get("complainant", {})
    against = "; ".join(
        str(person.get("name") or person.get("description") or "")
        for person in data.get("against", [])
    )
    via = RECEIVED_VIA.get(str(data.get("received_via", "")), "")
    rows = [
        (both(QT_TRANSLATE_NOOP("DocumentText", "Tracking No.")), slip_number(printout)),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Received")), when(data.get("received_at"))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "How")), f"{via} / {urdu(via)}" if via else ""),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Complainant")), str(complainant.get("name", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Against")), against),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Place")), str(data.get("place", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Occurred")), when(data.get("occurred_at"))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Complaint")), str(data.get("details", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Clerk")), clerk(printout)),
    ]
    parts = [
        title_block(
            printout,
            qr_url,
            [f"<b style='font-size:13pt'>{stacked(TITLE)}</b>", esc(printout.station.name)],
        ),
        notes(printout),
        rows_table(rows),
    ]
    if not record.number:
        parts.append(f"<p style='margin-top:8px'>{both(PROVISIONAL, '<br/>')}</p>")
    parts += clerk_signature_and_footer(printout)
    return "<html><body>" + "\n".join(parts) + "</body></html>"


LAYOUT = DocumentLayout(
    kind="complaint",
    title="Complaint received: slip for the complainant",
    html=html,
    footer_label=lambda printout: f"Complaint {slip_number(printout)} · {printout.station.name}",
    layouts=("a4", "receipt"),
)
