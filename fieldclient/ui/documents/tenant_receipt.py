"""The acknowledgment a facilitation-centre clerk hands over after registering a tenancy.

It acknowledges that the registration was received, with its receipt number and the key facts:
the tenant's identity (CNIC, or a foreigner's passport or PoR card), when possession was handed
over, the reporting deadline (the station setting `tenant/report_within_hours` after possession,
with the time it was filed when that was later, or "not set") and the two references. It is
not the verification, which the central record check decides later. No Act is named: which one
applies depends on the province, and the record does not say.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from fieldclient.domain.records.tenant import filed_late, report_deadline
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.ui.documents.bilingual import urdu
from fieldclient.ui.documents.common import clerk, clerk_signature_and_footer, notes, title_block
from fieldclient.ui.documents.compose import both, esc, rows_table, stacked, when
from fieldclient.ui.documents.registry import DocumentLayout

TITLE = QT_TRANSLATE_NOOP("DocumentText", "Tenant registration: acknowledgment receipt")
NOT_SET = QT_TRANSLATE_NOOP("DocumentText", "not set by the station")
REFERENCE_LABELS = (
    QT_TRANSLATE_NOOP("DocumentText", "Reference 1"),
    QT_TRANSLATE_NOOP("DocumentText", "Reference 2"),
)


def identity(tenant: dict[str, Any]) -> str:
    """The tenant's CNIC, or the passport (with nationality and visa) or PoR card shown for it."""
    parts = []
    if tenant.get("cnic"):
        parts.append(str(tenant["cnic"]))
    passport = tenant.get("passport") or {}
    if passport:
        visa = f", visa {passport['visa_no']}" if passport.get("visa_no") else ""
        parts.append(
            f"passport {passport.get('number', '')} ({passport.get('nationality', '')}{visa})"
        )
    if tenant.get("por_card_no"):
        parts.append(f"PoR {tenant['por_card_no']}")
    return "; ".join(parts)


def deadline_text(printout: Printout) -> str:
    """When the tenancy was to be reported; "not set" without the station's setting; empty when
    the possession time was not recorded."""
    deadline = report_deadline(printout.record.data, printout.station.tenant_report_hours)
    if not printout.record.data.get("possession_at"):
        return ""
    return plain_both(NOT_SET) if deadline is None else when(deadline.isoformat())


def filed_late_text(printout: Printout) -> str:
    """When the registration was made, if that was after the deadline; else empty."""
    record = printout.record
    made = datetime.fromisoformat(record.created_at)
    late = filed_late(record.data, made, printout.station.tenant_report_hours)
    return when(record.created_at) if late else ""


def plain_both(english: str) -> str:
    """A bilingual phrase as plain text, for a value cell (which escapes what it shows)."""
    translated = urdu(english)
    return english if translated == english else f"{english} / {translated}"


def reference(person: dict[str, Any]) -> str:
    return ", ".join(
        str(person[key]) for key in ("name", "cnic", "phone", "address") if person.get(key)
    )


def family(data: dict[str, Any]) -> str:
    members = data.get("family_members")
    return str(len(members)) if members else str(data.get("family_count", ""))


def html(printout: Printout, qr_url: str) -> str:
    record = printout.record
    data = record.data
    landlord = data.get("landlord", {})
    tenant = data.get("tenant", {})
    references = data.get("references") or []
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
        (both(QT_TRANSLATE_NOOP("DocumentText", "Identity")), identity(tenant)),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Tenancy begins")),
            when(data.get("start_date")),
        ),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Possession handed over")),
            when(data.get("possession_at")),
        ),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Report to the police by")),
            deadline_text(printout),
        ),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Filed late at")), filed_late_text(printout)),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Family members")), family(data)),
        *(
            (both(label), reference(person))
            for label, person in zip(REFERENCE_LABELS, references, strict=False)
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
