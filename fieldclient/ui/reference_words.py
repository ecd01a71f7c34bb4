"""Reference names on screen in the officer's language.

Vehicle categories and provinces are names of things, translated like any interface word
(context ``Reference``); `tests/gui/test_reference_words.py` checks that every name the
reference tables hold is listed here. Police stations and districts take their Urdu name from
the reference table where a source gives one (SOURCES.md), else keep the English one. PPC titles
and fine-table violations have no sourced Urdu and are shown as the tables hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fieldclient.domain.reference import PoliceStationRow, police_stations
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

CONTEXT = "Reference"
# The translation of this text is the screen's language code (Qt's idiom for "which language").
LANGUAGE_CODE = QT_TRANSLATE_NOOP("Reference", "en")

NAMES = (
    QT_TRANSLATE_NOOP("Reference", "Motorcycle"),
    QT_TRANSLATE_NOOP("Reference", "Motor car / jeep"),
    QT_TRANSLATE_NOOP("Reference", "Public service vehicle"),
    QT_TRANSLATE_NOOP("Reference", "Heavy / goods / transport vehicle"),
    QT_TRANSLATE_NOOP("Reference", "Three-wheeler"),
    QT_TRANSLATE_NOOP("Reference", "Motor car above 2000 cc"),
    QT_TRANSLATE_NOOP("Reference", "Punjab"),
    QT_TRANSLATE_NOOP("Reference", "Khyber Pakhtunkhwa"),
    QT_TRANSLATE_NOOP("Reference", "Islamabad Capital Territory"),
)


def reference_name(english: str) -> str:
    """A vehicle category or province in the screen's language."""
    return QCoreApplication.translate(CONTEXT, english)


def station_name(row: PoliceStationRow) -> str:
    """ "Badaber, Peshawar", or in Urdu "بڈھ بیر، پشاور" (each part where a source gives it)."""
    if QCoreApplication.translate(CONTEXT, LANGUAGE_CODE) != "ur":
        return f"{row.police_station}, {row.district}"
    return f"{row.police_station_ur or row.police_station}، {row.district_ur or row.district}"


def sourced_urdu_name(english: str) -> str | None:
    """The Urdu name of a police station or district as the reference table gives it, if any
    (documents print it beside the English, whatever the screen's language)."""
    for row in police_stations():
        if row.police_station == english and row.police_station_ur:
            return row.police_station_ur
        if row.district == english and row.district_ur:
            return row.district_ur
    return None
