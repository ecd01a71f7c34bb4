"""The acknowledgment a facilitation-centre clerk hands over after registering a tenancy.

It acknowledges that the registration was received, with its receipt number; it is not the
verification, which the central record check decides later. No Act is named: which one applies
depends on the province, and the record does not say (issue 13 adds the property's details).
"""

from __future__ import annotations

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.ui.documents.common import notes, printed_line, title_block, verify_hint
from fieldclient.ui.documents.compose import BLANK_LINE, both, esc, rows_table, stacked, when
from fieldclient.ui.documents.registry import DocumentLayout

TITLE = QT_TRANSLATE_NOOP("DocumentText", "Tenant registration: acknowledgment receipt")
CLERK_SIGNS = QT_TRANSLATE_NOOP("DocumentText", "Signature and stamp of the clerk")


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
        (both(QT_TRANSLATE_NOOP("DocumentText", "Clerk")), _clerk(printout)),
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
        "<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:14px'><tr>"
        f"<td width='50%'><br/>{BLANK_LINE}<br/>"
        f"{both(CLERK_SIGNS, '<br/>')}"
        "</td><td></td></tr></table>",
        f"<p><small>{printed_line(printout)}. {verify_hint()}</small></p>",
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _clerk(printout: Printout) -> str:
    badge = printout.record.created_by
    name = printout.officer_name(badge)
    return f"{name} ({badge})" if name else badge


LAYOUT = DocumentLayout(
    kind="tenant",
    title="Tenant registration: acknowledgment receipt",
    html=html,
    footer_label=lambda printout: f"{printout.record.number or ''} · {printout.station.name}",
)
