"""Fixtures for tests that sync with the real server: one SQLite-backed server per test module,
an admin for it, and a fresh station per test (a station is the unit of isolation).

A module or package may override `server` with `server_on_every_backend()` (each test runs on
SQLite and on PostgreSQL); `admin` and `station` then follow it.
"""

from collections.abc import Iterator
from typing import Any, Literal

import pytest

from tests.helpers.server import (
    BACKENDS,
    GENEROUS_RATE,
    Admin,
    RunningServer,
    database,
    run_server,
)


def _serve(backend: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with (
        database(backend, tmp_path_factory.mktemp("db")) as url,
        run_server(url, env=GENEROUS_RATE) as running,
    ):
        yield running


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    yield from _serve("sqlite", tmp_path_factory)


def server_on_every_backend(scope: Literal["module", "package"] = "module") -> Any:
    """A `server` fixture that runs each test of a module (or package) on SQLite and on
    PostgreSQL: ``server = server_on_every_backend()``."""

    @pytest.fixture(scope=scope, params=BACKENDS, name="server")
    def every_backend(
        request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
    ) -> Iterator[RunningServer]:
        yield from _serve(request.param, tmp_path_factory)

    return every_backend


@pytest.fixture(scope="module")
def admin(server: RunningServer) -> Iterator[Admin]:
    helper = Admin(server)
    yield helper
    helper.engine.dispose()


@pytest.fixture
def station(admin: Admin) -> str:
    return admin.add_station()
