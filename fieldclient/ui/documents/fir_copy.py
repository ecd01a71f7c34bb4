"""The informant's copy of an FIR in the layout of Form 24.5(1) (Police Rules 1934, r.24.5).

Header: police station, district, FIR number as cited ("412/26") and the date and hour of
occurrence; then the form's seven numbered columns; the first information; the informant's
signature or thumb impression and the recording officer (name, rank and belt number as recorded
on the FIR; the registering officer's badge where the FIR has none). Column wording follows the
form as it is commonly printed (resources/reference/SOURCES.md, "Form 24.5(1)"); the gazetted text
is not yet checked, and a column the FIR leaves empty is printed as a line to fill by hand, never
invented.

Only the FIR as registered is printed: supplementary statements are investigation material and
stay off the informant's copy (s.154 CrPC gives the informant the first information).
"""

from __future__ import annotations

from fieldclient.domain.documents.fir_copy import cited_number, registration_entry
from fieldclient.domain.reference import ppc_sections
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.services.documents import Printout
from fieldclient.ui.documents.bilingual import urdu
from fieldclient.ui.documents.common import notes, printed_line, qr_image, title_block, verify_hint
from fieldclient.ui.documents.compose import (
    BLANK_LINE,
    both,
    esc,
    paragraphs,
    stacked,
    urdu_cell,
    value_cell,
    when,
)
from fieldclient.ui.documents.registry import DocumentLayout
from fieldclient.ui.reference_words import sourced_urdu_name

TITLE = QT_TRANSLATE_NOOP("DocumentText", "First Information Report")
FORM = QT_TRANSLATE_NOOP("DocumentText", "Form No. 24.5(1)")
FIRST_INFORMATION = QT_TRANSLATE_NOOP("DocumentText", "First information")
DIRECTIONS = {
    "north": QT_TRANSLATE_NOOP("DocumentText", "north"),
    "north_east": QT_TRANSLATE_NOOP("DocumentText", "north-east"),
    "east": QT_TRANSLATE_NOOP("DocumentText", "east"),
    "south_east": QT_TRANSLATE_NOOP("DocumentText", "south-east"),
    "south": QT_TRANSLATE_NOOP("DocumentText", "south"),
    "south_west": QT_TRANSLATE_NOOP("DocumentText", "south-west"),
    "west": QT_TRANSLATE_NOOP("DocumentText", "west"),
    "north_west": QT_TRANSLATE_NOOP("DocumentText", "north-west"),
}


def fir_number(printout: Printout) -> str:
    record = printout.record
    return cited_number(record.number) or record.number or record.provisional_number or ""


def html(printout: Printout, qr_url: str) -> str:
    record = printout.record
    data = record.data
    parts = [
        title_block(
            printout,
            qr_url,
            [
                f"<b style='font-size:14pt'>{both(TITLE, '<br/>')}</b>",
                both(
                    QT_TRANSLATE_NOOP(
                        "DocumentText",
                        "First information of a cognizable crime reported under section 154, "
                        "Criminal Procedure Code",
                    ),
                    "<br/>",
                ),
                both(QT_TRANSLATE_NOOP("DocumentText", "Copy for the informant, free of cost")),
            ],
            left=f"<small>{both(FORM, '<br/>')}</small>",
        ),
        notes(printout),
        _header(printout),
    ]
    if record.number is None:
        parts.append(
            "<p><i>"
            + both(
                QT_TRANSLATE_NOOP(
                    "DocumentText",
                    "Provisional number: the official number is given at the first sync.",
                )
            )
            + "</i></p>"
        )
    parts += [
        _columns(printout),
        f"<h4 style='margin-top:10px'>{both(FIRST_INFORMATION)}</h4>",
        *paragraphs(str(data.get("narrative", ""))),
        _closing(printout),
    ]
    return "<html><body>" + "\n".join(parts) + "</body></html>"


def _header(printout: Printout) -> str:
    record = printout.record
    station = printout.station
    cells = [
        (
            QT_TRANSLATE_NOOP("DocumentText", "Police station"),
            f"{with_urdu_name(station.name)} ({station.code})",
        ),
        (
            QT_TRANSLATE_NOOP("DocumentText", "District"),
            with_urdu_name(station.district) or BLANK_LINE,
        ),
        (QT_TRANSLATE_NOOP("DocumentText", "FIR No."), fir_number(printout)),
        (
            QT_TRANSLATE_NOOP("DocumentText", "Date and hour of occurrence"),
            _occurrence(record.data),
        ),
    ]
    row = "".join(
        f"<td width='25%' valign='top'><small>{stacked(label)}</small><br/><b>{esc(value)}</b></td>"
        for label, value in cells
    )
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        f"style='border-collapse:collapse; margin-top:6px'><tr>{row}</tr></table>"
    )


def _columns(printout: Printout) -> str:
    data = printout.record.data
    informant = data.get("informant", {})
    rows = [
        (
            QT_TRANSLATE_NOOP("DocumentText", "Date and hour when reported"),
            when(data.get("reported_at")),
        ),
        (
            QT_TRANSLATE_NOOP("DocumentText", "Name and residence of informant and complainant"),
            _people_lines(informant, data.get("complainant")),
        ),
        (
            QT_TRANSLATE_NOOP(
                "DocumentText",
                "Brief description of offence (with section) and of property carried off, if any",
            ),
            "\n".join(
                ["; ".join(_offence_line(offence) for offence in data.get("offences", []))]
                + [_property_line(item) for item in data.get("property_carried_off", [])]
            ),
        ),
        (
            QT_TRANSLATE_NOOP(
                "DocumentText",
                "Place of occurrence and distance and direction from the police station",
            ),
            _place_line(data),
        ),
        (
            QT_TRANSLATE_NOOP("DocumentText", "Name and address of the accused"),
            "\n".join(_accused_line(person) for person in data.get("accused", [])),
        ),
        (
            QT_TRANSLATE_NOOP(
                "DocumentText",
                "Steps taken regarding investigation; explanation of delay in recording "
                "information",
            ),
            "\n".join(data[key] for key in ("steps_taken", "delay_reason") if data.get(key)),
        ),
        (
            QT_TRANSLATE_NOOP("DocumentText", "Date and time of despatch from the police station"),
            when(data["report_to_magistrate_sent_at"])
            if data.get("report_to_magistrate_sent_at")
            else "",
        ),
    ]
    body = "".join(
        f"<tr><td width='3%' valign='top'><b>{number}</b></td>"
        f"<td width='30%' valign='top'>{esc(label)}</td>"
        + (value_cell(value).replace("\n", "<br/>") if value else f"<td>{BLANK_LINE}</td>")
        + urdu_cell(label, "24%")
        + "</tr>"
        for number, (label, value) in enumerate(rows, start=1)
    )
    return (
        "<table width='100%' border='1' cellspacing='0' cellpadding='3' "
        f"style='border-collapse:collapse; margin-top:6px'>{body}</table>"
    )


def _closing(printout: Printout) -> str:
    record = printout.record
    entry = registration_entry(record) or {}
    badge = str(entry.get("by") or record.created_by)
    recorder = record.data.get("recording_officer") or {}
    name = recorder.get("name") or printout.officer_name(badge) or BLANK_LINE
    informant = both(
        QT_TRANSLATE_NOOP("DocumentText", "Signature or thumb impression of the informant"),
        "<br/>",
    )
    recorded = both(QT_TRANSLATE_NOOP("DocumentText", "Recording officer"), "<br/>")
    officer_rows = [
        (QT_TRANSLATE_NOOP("DocumentText", "Name"), name),
        (QT_TRANSLATE_NOOP("DocumentText", "Rank"), recorder.get("rank") or BLANK_LINE),
        (QT_TRANSLATE_NOOP("DocumentText", "Badge / belt No."), recorder.get("belt_no") or badge),
        (QT_TRANSLATE_NOOP("DocumentText", "Registered"), when(entry.get("at"))),
        (QT_TRANSLATE_NOOP("DocumentText", "Signature"), BLANK_LINE),
    ]
    officer_html = "<br/>".join(f"{both(label)}: {esc(value)}" for label, value in officer_rows)
    return (
        "<table width='100%' cellspacing='0' cellpadding='6' style='margin-top:14px'><tr>"
        f"<td width='45%' valign='bottom'><br/><br/>{BLANK_LINE}<br/>{informant}</td>"
        f"<td width='55%' valign='top'><b>{recorded}</b><br/>{officer_html}</td>"
        "</tr><tr><td colspan='2'><small>"
        f"{printed_line(printout)}. {verify_hint()}</small></td></tr></table>"
    )


def _person_line(person: dict) -> str:
    details = [person.get("name", "")]
    if person.get("father_name"):
        details.append(f"s/o, d/o {person['father_name']}")
    details += [person.get(key, "") for key in ("cnic", "phone", "address")]
    return ", ".join(detail for detail in details if detail)


def _occurrence(data: dict) -> str:
    if data.get("occurred_from"):
        return f"{when(data['occurred_from'])} – {when(data.get('occurred_to'))}"
    return when(data.get("occurred_at"))


def _people_lines(informant: dict, complainant: dict | None) -> str:
    """The informant, then the complainant (with age and occupation) when another person."""
    if not complainant:
        return _person_line(informant)
    details = [_person_line(complainant)]
    details += [str(complainant[key]) for key in ("age", "occupation") if key in complainant]
    return _person_line(informant) + "\n" + ", ".join(details)


def _property_line(item: dict) -> str:
    value = item.get("value")
    return item["description"] + (f" (Rs {value:,})" if value is not None else "")


def _place_line(data: dict) -> str:
    details = [str(data.get("place", ""))]
    if "distance_from_station_km" in data:
        details.append(f"{data['distance_from_station_km']:g} km")
    direction = DIRECTIONS.get(data.get("direction_from_station", ""))
    if direction:
        details.append(f"{direction} ({urdu(direction)})")
    if data.get("beat"):
        details.append(str(data["beat"]))
    return ", ".join(details)


def _offence_line(offence: str) -> str:
    section = ppc_sections().get(offence.removeprefix("PPC ").strip())
    return f"{offence} ({section.title})" if section else offence


def _accused_line(person: dict) -> str:
    if person.get("unknown"):
        unknown = "Unknown"
        return unknown + (f": {person['description']}" if person.get("description") else "")
    return _person_line(person) + (
        f" — {person['description']}" if person.get("description") else ""
    )


def _footer_label(printout: Printout) -> str:
    return f"FIR {fir_number(printout)} · {printout.station.name}"


LAYOUT = DocumentLayout(
    kind="fir",
    title="First Information Report — copy for the informant",
    html=html,
    footer_label=_footer_label,
)

__all__ = ["LAYOUT", "qr_image"]


def with_urdu_name(english: str) -> str:
    """ "Badaber / بڈھ بیر" where the reference table gives the Urdu name, else as it is."""
    urdu_name = sourced_urdu_name(english) if english else None
    return f"{english} / {urdu_name}" if urdu_name else english
