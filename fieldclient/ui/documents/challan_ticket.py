"""The challan ticket handed to the driver: A4, or 80 mm for the wardens' receipt printers.

In the ticket's order (docs/REGISTERS.md, section 4): ticket number, PSID, traffic sector and
district, time and place, the driver (father's name, address, CNIC or the other identity document,
licence and its category), the vehicle (make and colour), each violation with its fine from the
province's table, the total, the due date, the document seized and the issuing officer (name, rank
and belt number as recorded, else the signed-in officer's name), and the driver's signature: taken
on the device, refused, or a line to sign on paper. Where to pay is printed as a line for the
warden to fill in: the sourced reference data (resources/reference/SOURCES.md) names no payment
place that the sources agree on, and none is invented here.
"""

from __future__ import annotations

from typing import Any

from fieldclient.domain.reference import traffic_violations, vehicle_types
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.ui.documents.bilingual import urdu
from fieldclient.ui.documents.common import notes, printed_line, qr_image, title_block, verify_hint
from fieldclient.ui.documents.compose import (
    BLANK_LINE,
    both,
    esc,
    rows_table,
    rupees,
    stacked,
    when,
)
from fieldclient.ui.documents.registry import DocumentLayout

TITLE = QT_TRANSLATE_NOOP("DocumentText", "Traffic challan")
SIGNED_ON_DEVICE = QT_TRANSLATE_NOOP(
    "DocumentText", "Signed on the device (the signature is kept with the record)"
)
REFUSED_TO_SIGN = QT_TRANSLATE_NOOP("DocumentText", "The driver refused to sign")
ID_DOCUMENT_WORDS = {
    "passport": QT_TRANSLATE_NOOP("DocumentText", "Passport"),
    "por_card": QT_TRANSLATE_NOOP("DocumentText", "PoR card"),
    "afghan_citizen_card": QT_TRANSLATE_NOOP("DocumentText", "Afghan citizen card"),
    "nicop": QT_TRANSLATE_NOOP("DocumentText", "NICOP"),
    "driving_licence": QT_TRANSLATE_NOOP("DocumentText", "Driving licence"),
    "other": QT_TRANSLATE_NOOP("DocumentText", "Other document"),
}
TOTAL = QT_TRANSLATE_NOOP("DocumentText", "Total fine")
DRIVER_SIGNS = QT_TRANSLATE_NOOP("DocumentText", "Signature of the driver")
OFFICER_SIGNS = QT_TRANSLATE_NOOP("DocumentText", "Signature of the officer")


def ticket_number(printout: Printout) -> str:
    return printout.record.number or printout.record.provisional_number or ""


def html(printout: Printout, qr_url: str) -> str:
    data = printout.record.data
    driver = data.get("driver", {})
    ticket_rows = [
        (both(QT_TRANSLATE_NOOP("DocumentText", "Ticket No.")), ticket_number(printout)),
        (both(QT_TRANSLATE_NOOP("DocumentText", "PSID")), str(data.get("psid", ""))),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Traffic sector")),
            str(data.get("traffic_sector", "")),
        ),
        (both(QT_TRANSLATE_NOOP("DocumentText", "District")), str(data.get("district", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Issued")), when(data.get("issued_at"))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Place")), str(data.get("location", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Driver")), str(driver.get("name", ""))),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Father's name")),
            str(driver.get("father_name", "")),
        ),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Address")), str(driver.get("address", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "CNIC")), str(driver.get("cnic", ""))),
        *_other_identity(driver),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Licence No.")), _licence(driver)),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Vehicle")), _vehicle(data)),
    ]
    label_width = "45%" if printout.layout == "receipt" else "30%"
    parts = [
        title_block(
            printout,
            qr_url,
            [
                f"<b style='font-size:13pt'>{stacked(TITLE)}</b>",
                esc(f"{printout.station.name} — {data.get('province', '')}"),
            ],
        ),
        notes(printout),
        rows_table(ticket_rows, label_width),
        _violations(printout),
        rows_table(
            [
                (
                    both(QT_TRANSLATE_NOOP("DocumentText", "Pay by")),
                    when(data.get("due_date")) or _no_due_date(),
                ),
                (both(QT_TRANSLATE_NOOP("DocumentText", "Where to pay")), BLANK_LINE),
                (
                    both(QT_TRANSLATE_NOOP("DocumentText", "Documents seized")),
                    _seized(data),
                ),
                (
                    both(QT_TRANSLATE_NOOP("DocumentText", "Officer")),
                    _officer(printout),
                ),
            ],
            label_width,
        ),
        _closing(printout, qr_url),
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _violations(printout: Printout) -> str:
    data = printout.record.data
    table = traffic_violations(str(data.get("province", "")))
    vehicle_type = str(data.get("vehicle_type", ""))
    rows = []
    for code in data.get("violations", []):
        entry = table.get(code)
        fine = entry.fines.get(vehicle_type) if entry else None
        rows.append(
            f"<tr><td width='8%' valign='top'>{esc(code)}</td>"
            f"<td valign='top'>{esc(entry.violation if entry else '')}</td>"
            f"<td width='22%' align='right' valign='top'>{esc(rupees(fine))}</td></tr>"
        )
    rows.append(
        f"<tr><td></td><td><b>{both(TOTAL)}</b></td>"
        f"<td align='right'><b>{esc(rupees(data.get('fine_total')))}</b></td></tr>"
    )
    heading = both(QT_TRANSLATE_NOOP("DocumentText", "Violations"))
    return (
        f"<p style='margin-top:6px'><b>{heading}</b></p>"
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        f"style='border-collapse:collapse'>{''.join(rows)}</table>"
    )


def _no_due_date() -> str:
    english = QT_TRANSLATE_NOOP("DocumentText", "no payment window in the fine table")
    return f"{english} / {urdu(english)}"


def _other_identity(driver: dict[str, Any]) -> list[tuple[str, str]]:
    document = driver.get("id_document") or {}
    rows = []
    if document:
        kind = ID_DOCUMENT_WORDS.get(str(document.get("kind")), "Other document")
        rows.append((both(kind), str(document.get("number", ""))))
    reason = QT_TRANSLATE_NOOP("DocumentText", "No identity document")
    rows.append((both(reason), str(driver.get("no_id_reason", ""))))
    return rows


def _licence(driver: dict[str, Any]) -> str:
    number, category = driver.get("licence_no", ""), driver.get("licence_category", "")
    return f"{number} ({category})" if number and category else str(number or category)


def _vehicle(data: dict[str, Any]) -> str:
    vehicle_type = vehicle_types().get(str(data.get("vehicle_type", "")))
    described = data.get("vehicle") or {}
    parts = [
        f"{data.get('vehicle_reg', '')} ({vehicle_type.label if vehicle_type else ''})",
        *(str(described[key]) for key in ("make", "colour") if described.get(key)),
    ]
    return ", ".join(parts)


def _seized(data: dict[str, Any]) -> str:
    document = data.get("seized_document") or {}
    if document:
        return " ".join(str(document[key]) for key in ("kind", "number") if document.get(key))
    return ", ".join(data.get("documents_seized", []))


def _officer(printout: Printout) -> str:
    """The issuing officer as recorded on the challan, else the signed-in officer's name."""
    recorded = printout.record.data.get("officer") or {}
    badge = printout.record.created_by
    name = recorded.get("name") or printout.officer_name(badge)
    details = [str(recorded[key]) for key in ("rank", "belt_no") if recorded.get(key)] or [badge]
    return f"{name} ({', '.join(details)})" if name else badge


def _driver_signature(data: dict[str, Any]) -> str:
    if (data.get("photos") or {}).get("offender_signature"):
        return both(SIGNED_ON_DEVICE, "<br/>")
    if data.get("offender_refused_to_sign"):
        return both(REFUSED_TO_SIGN, "<br/>")
    return BLANK_LINE


def _closing(printout: Printout, qr_url: str) -> str:
    signatures = (
        "<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:12px'><tr>"
        f"<td width='50%'><br/>{_driver_signature(printout.record.data)}<br/>"
        f"{both(DRIVER_SIGNS, '<br/>')}</td>"
        f"<td width='50%'><br/>{BLANK_LINE}<br/>"
        f"{both(OFFICER_SIGNS, '<br/>')}</td>"
        "</tr></table>"
    )
    code = (
        f"<p align='center'>{qr_image(printout, qr_url)}</p>"
        if printout.layout == "receipt"
        else ""
    )
    return signatures + code + f"<p><small>{printed_line(printout)}. {verify_hint()}</small></p>"


LAYOUT = DocumentLayout(
    kind="challan",
    title="Traffic challan",
    html=html,
    footer_label=lambda printout: f"Challan {ticket_number(printout)} · {printout.station.name}",
    layouts=("a4", "receipt"),
)
