"""Reference names on screen: vehicle categories and provinces translated, stations and districts
in Urdu where the reference table has a sourced Urdu name."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication

from fieldclient.domain.reference import fine_provinces, police_stations, vehicle_types
from fieldclient.ui.documents.fir_copy import with_urdu_name
from fieldclient.ui.language import install_translation
from fieldclient.ui.reference_words import NAMES, reference_name, station_name
from tests.helpers.urdu import compile_urdu, english_words


@pytest.fixture
def urdu(qapp, tmp_path) -> Iterator[None]:
    translator = install_translation("ur", compile_urdu(tmp_path))
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


def test_every_vehicle_category_and_province_of_the_tables_is_listed():
    names = {kind.label for kind in vehicle_types().values()} | set(fine_provinces())
    assert sorted(names - set(NAMES)) == []


def test_vehicle_categories_and_provinces_in_urdu(urdu):
    for name in NAMES:
        assert english_words(reference_name(name)) == [], name
    assert reference_name("Khyber Pakhtunkhwa") == "خیبر پختونخوا"


def test_stations_take_their_sourced_urdu_name(urdu):
    rows = {row.police_station: row for row in police_stations()}
    assert station_name(rows["Badaber"]) == "بڈھ بیر، پشاور"
    # no source gives this station's Urdu name: it stays as the table has it, district in Urdu
    assert station_name(rows["Agha Mir Jani Shah"]) == "Agha Mir Jani Shah، پشاور"


def test_english_screens_keep_the_table_names(qapp):
    rows = {row.police_station: row for row in police_stations()}
    assert station_name(rows["Badaber"]) == "Badaber, Peshawar"
    assert reference_name("Punjab") == "Punjab"


def test_the_fir_copy_prints_the_sourced_urdu_name_beside_the_english():
    assert with_urdu_name("Peshawar") == "Peshawar / پشاور"
    assert with_urdu_name("Badaber") == "Badaber / بڈھ بیر"
    assert with_urdu_name("Agha Mir Jani Shah") == "Agha Mir Jani Shah"  # no source gives it
    assert with_urdu_name("") == ""
