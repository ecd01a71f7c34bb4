"""The challan ticket handed to the driver: A4, or 80 mm for the wardens' receipt printers.

Ticket number, PSID (when the record has one: issue 13 adds it), vehicle, driver, each violation
with its fine from the province's table, the total, the due date, seized documents and the
officer. Where to pay is printed as a line for the warden to fill in: the sourced reference data
(resources/reference/SOURCES.md) names no payment place that the sources agree on, and none is
invented here.
"""

from __future__ import annotations

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
TOTAL = QT_TRANSLATE_NOOP("DocumentText", "Total fine")
DRIVER_SIGNS = QT_TRANSLATE_NOOP("DocumentText", "Signature of the driver")
OFFICER_SIGNS = QT_TRANSLATE_NOOP("DocumentText", "Signature of the officer")


def ticket_number(printout: Printout) -> str:
    return printout.record.number or printout.record.provisional_number or ""


def html(printout: Printout, qr_url: str) -> str:
    data = printout.record.data
    driver = data.get("driver", {})
    vehicle_type = vehicle_types().get(str(data.get("vehicle_type", "")))
    ticket_rows = [
        (both(QT_TRANSLATE_NOOP("DocumentText", "Ticket No.")), ticket_number(printout)),
        (both(QT_TRANSLATE_NOOP("DocumentText", "PSID")), str(data.get("psid", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Issued")), when(data.get("issued_at"))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Place")), str(data.get("location", ""))),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Vehicle")),
            f"{data.get('vehicle_reg', '')} ({vehicle_type.label if vehicle_type else ''})",
        ),
        (both(QT_TRANSLATE_NOOP("DocumentText", "Driver")), str(driver.get("name", ""))),
        (both(QT_TRANSLATE_NOOP("DocumentText", "CNIC")), str(driver.get("cnic", ""))),
        (
            both(QT_TRANSLATE_NOOP("DocumentText", "Licence No.")),
            str(driver.get("licence_no", "")),
        ),
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
                    ", ".join(data.get("documents_seized", [])),
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


def _officer(printout: Printout) -> str:
    badge = printout.record.created_by
    name = printout.officer_name(badge)
    return f"{name} ({badge})" if name else badge


def _closing(printout: Printout, qr_url: str) -> str:
    signatures = (
        "<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:12px'><tr>"
        f"<td width='50%'><br/>{BLANK_LINE}<br/>"
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
