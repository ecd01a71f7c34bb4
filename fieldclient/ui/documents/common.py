"""Pieces every document has: the title block with the QR code, the reprint and key notes."""

from __future__ import annotations

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.ui.documents.compose import BLANK_LINE, both, when

QR_WIDTH = {"a4": 130, "receipt": 190}  # layout pixels (1/96 inch): about 34 mm and 50 mm


def qr_image(printout: Printout, qr_url: str) -> str:
    if printout.signed is None:
        return ""
    width = QR_WIDTH[printout.layout]
    return f"<img src='{qr_url}' width='{width}' height='{width}'/>"


def title_block(printout: Printout, qr_url: str, titles: list[str], left: str = "") -> str:
    """Titles centred, the QR code at the right (A4); stacked with the QR below (receipt)."""
    title_html = "".join(f"<p align='center' style='margin:0'>{line}</p>" for line in titles)
    if printout.layout == "receipt":
        return title_html
    return (
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='22%' valign='top'>{left}</td>"
        f"<td width='56%' valign='middle'>{title_html}</td>"
        f"<td width='22%' align='right' valign='top'>{qr_image(printout, qr_url)}</td>"
        "</tr></table>"
    )


def notes(printout: Printout) -> str:
    """The reprint banner and, without a device key, why the copy carries no code."""
    parts = []
    if printout.is_reprint:
        reprint = both(QT_TRANSLATE_NOOP("DocumentText", "REPRINT"))
        copy = both(
            QT_TRANSLATE_NOOP("DocumentText", "copy {number}"), number=str(printout.copy_number)
        )
        first = both(
            QT_TRANSLATE_NOOP("DocumentText", "first printed {when}"),
            when=when(printout.first_printed_at),
        )
        parts.append(
            f"<p align='center' style='margin:4px 0'><b>{reprint} — {copy} — {first}</b></p>"
        )
    if printout.signed is None:
        parts.append(
            "<p align='center'><i>"
            + both(
                QT_TRANSLATE_NOOP(
                    "DocumentText",
                    "This copy carries no verification code: the device is not enrolled yet.",
                )
            )
            + "</i></p>"
        )
    return "".join(parts)


def printed_line(printout: Printout) -> str:
    return both(
        QT_TRANSLATE_NOOP("DocumentText", "Printed {when} by {badge}"),
        when=when(printout.printed_at),
        badge=printout.printed_by,
    )


def verify_hint() -> str:
    return both(
        QT_TRANSLATE_NOOP(
            "DocumentText", "Scan the code to check this document with the police application."
        )
    )


CLERK_SIGNS = QT_TRANSLATE_NOOP("DocumentText", "Signature and stamp of the clerk")


def clerk(printout: Printout) -> str:
    """The clerk who made the record: name and badge, or the badge alone."""
    badge = printout.record.created_by
    name = printout.officer_name(badge)
    return f"{name} ({badge})" if name else badge


def clerk_signature_and_footer(printout: Printout) -> list[str]:
    """The close of a receipt handed over at the desk: the clerk's signature line, then who
    printed it and how to check it."""
    return [
        "<table width='100%' cellspacing='0' cellpadding='4' style='margin-top:14px'><tr>"
        f"<td width='50%'><br/>{BLANK_LINE}<br/>{both(CLERK_SIGNS, '<br/>')}"
        "</td><td></td></tr></table>",
        f"<p><small>{printed_line(printout)}. {verify_hint()}</small></p>",
    ]
