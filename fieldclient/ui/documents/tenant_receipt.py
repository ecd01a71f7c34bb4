"""The acknowledgment a facilitation-centre clerk hands over after registering a tenancy.

It acknowledges that the registration was received, with its receipt number; it is not the
verification, which the central record check decides later. No Act is named: which one applies
depends on the province, and the record does not say (issue 13 adds the property's details).
"""

from __future__ import annotations

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.ui.documents.common import clerk, clerk_signature_and_footer, notes, title_block
from fieldclient.ui.documents.compose import both, esc, rows_table, stacked, when
from fieldclient.ui.documents.registry import DocumentLayout

TITLE = QT_TRANSLATE_NOOP("DocumentText", "Tenant registration: acknowledgment receipt")


def html(printout: Printout, qr_url: str) -> str:
    record = printout.record
    data = record.data
    landlord = data.get("landlord", {})
    tenant = data.get("tenant", {})
    rows = [
        (both(QT_TRANSLATE_NOOP("DocumentText", "Receipt No.")), record.number or ""),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Registered")), when(record.created_at)),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Landlord")), str(landlord.get("name", ""))),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Property address")),
            str(data.get("property_address", "")),
        ),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Tenant")),
            f"{tenant.get('name', '')}, s/o, d/o {tenant.get('father_name', '')}",
        ),
        (both(QT_TRANSLATE_NOOP("DocumentText", "CNIC")), str(tenant.get("cnic", ""))),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Tenancy begins")),
            when(data.get("start_date")),
        ),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Family members")),
            str(data.get("family_count", "")),
        ),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Clerk")), clerk(printout)),
    ]
    statement = both(
        QT_TRANSLATE_NOOP(
            "DocumentText",
            "The registration above was received. This receipt is not a verification: the "
            "record check follows.",
        ),
        "<br/>",
    )
    parts = [
        title_block(
            printout,
            qr_url,
            [f"<b style='font-size:13pt'>{stacked(TITLE)}</b>", esc(printout.station.name)],
        ),
        notes(printout),
        rows_table(rows),
        f"<p style='margin-top:8px'>{statement}</p>",
        *clerk_signature_and_footer(printout),
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


LAYOUT = DocumentLayout(
    kind="tenant",
    title="Tenant registration: acknowledgment receipt",
    html=html,
    footer_label=lambda printout: f"{printout.record.number or ''} · {printout.station.name}",
)
