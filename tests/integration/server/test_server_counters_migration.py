"""Migration 0003: the FIR counters and paper-register starts of a database at revision 0002
become station counters, and the server numbers on from them (SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime

import pytest
from alembic import command
from sqlalchemy import text

from sync.server.db.engine import make_engine
from sync.server.db.migrate import alembic_config
from tests.helpers.payloads import fir_payload
from tests.helpers.server import BACKENDS, Admin, database, run_server

YEAR = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=5))).year
STATIONS = [  # code, fir_start, fir_start_year
    ("PSA", 1, YEAR - 1),
    ("PSB", 120, YEAR),
    ("PSC", 50, YEAR),
]
FIR_COUNTERS = [  # station, year, next_serial
    ("PSA", YEAR - 1, 37),
    ("PSA", YEAR, 5),
    ("PSC", YEAR, 61),
]
EXPECTED = {
    ("PSA", f"fir/{YEAR - 1}"): 37,
    ("PSA", f"fir/{YEAR}"): 5,
    ("PSB", f"fir/{YEAR}"): 120,  # the paper register's start, nothing numbered yet
    ("PSC", f"fir/{YEAR}"): 61,  # numbered past its start already
}


def _fill_revision_0002(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        for code, start, year in STATIONS:
            connection.execute(
                text(
                    "INSERT INTO stations (code, name, district, fir_start, fir_start_year,"
                    " change_seq, next_challan, created_at)"
                    " VALUES (:code, :code, 'Peshawar', :start, :year, 0, 1, 0)"
                ),
                {"code": code, "start": start, "year": year},
            )
        for station, year, next_serial in FIR_COUNTERS:
            connection.execute(
                text("INSERT INTO fir_counters VALUES (:station, :year, :next_serial)"),
                {"station": station, "year": year, "next_serial": next_serial},
            )


def _counters(engine) -> dict[tuple[str, str], int]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT station, name, next_value FROM counters"))
        return {(station, name): value for station, name, value in rows}


@pytest.mark.parametrize("backend", BACKENDS)
def test_fir_counters_become_station_counters_and_numbering_goes_on(backend, tmp_path):
    with database(backend, tmp_path) as url:
        engine = make_engine(url)
        config = alembic_config(engine)
        command.upgrade(config, "0002")
        _fill_revision_0002(engine)
        command.upgrade(config, "head")
        assert _counters(engine) == EXPECTED

        command.downgrade(config, "0002")
        with engine.connect() as connection:
            back = set(
                connection.execute(text("SELECT station, year, next_serial FROM fir_counters"))
            )
        assert back == {(s, int(name[4:]), value) for (s, name), value in EXPECTED.items()}
        command.upgrade(config, "head")
        assert _counters(engine) == EXPECTED
        engine.dispose()

        with run_server(url) as server:
            admin = Admin(server)
            try:
                for station, first in (("PSB", 120), ("PSC", 61), ("PSA", 5)):
                    device = admin.device(station)
                    record = device.new_record("fir", fir_payload())
                    answer = device.push(
                        [
                            device.create(record),
                            device.transition(record["id"], "fir", "registered"),
                        ]
                    )
                    assert [r["outcome"] for r in answer.json()["results"]] == ["applied"] * 2
                    (pulled,) = device.pull_all()
                    assert pulled["number"] == f"{station}-{YEAR}-{first:04d}"
                assert _counters(admin.engine)[("PSB", f"fir/{YEAR}")] == 121
            finally:
                admin.engine.dispose()
