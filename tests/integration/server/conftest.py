"""One real server per backend per test module; each test makes its own stations and devices,
so tests never see each other's records (a station is the unit of isolation)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.server import (
    BACKENDS,
    GENEROUS_RATE,
    Admin,
    RunningServer,
    database,
    run_server,
)


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[RunningServer]:  # type: ignore[no-untyped-def]
    with (
        database(request.param, tmp_path_factory.mktemp("db")) as url,
        run_server(url, env=GENEROUS_RATE) as running,
    ):
        yield running


@pytest.fixture(scope="module")
def admin(server: RunningServer) -> Iterator[Admin]:
    helper = Admin(server)
    yield helper
    helper.engine.dispose()
