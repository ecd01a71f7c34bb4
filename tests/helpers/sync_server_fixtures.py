"""Fixtures for tests that sync with the real server: one SQLite-backed server per test module,
an admin for it, and a fresh station per test (a station is the unit of isolation).

A package may override `server` (the server tests run every backend); `admin` and `station`
then follow it.
"""

from collections.abc import Iterator

import pytest

from tests.helpers.server import GENEROUS_RATE, Admin, RunningServer, database, run_server


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with (
        database("sqlite", tmp_path_factory.mktemp("db")) as url,
        run_server(url, env=GENEROUS_RATE) as running,
    ):
        yield running


@pytest.fixture(scope="module")
def admin(server: RunningServer) -> Iterator[Admin]:
    helper = Admin(server)
    yield helper
    helper.engine.dispose()


@pytest.fixture
def station(admin: Admin) -> str:
    return admin.add_station()
