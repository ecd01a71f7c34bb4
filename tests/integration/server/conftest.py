"""One real server per backend for this package; each test makes its own stations and devices,
so tests never see each other's records (a station is the unit of isolation)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.helpers.server import Admin, RunningServer
from tests.helpers.sync_server_fixtures import server_on_every_backend

server = server_on_every_backend(scope="package")


@pytest.fixture(scope="package")
def admin(server: RunningServer) -> Iterator[Admin]:
    helper = Admin(server)
    yield helper
    helper.engine.dispose()


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]):  # type: ignore[no-untyped-def]
    """Run ``fieldsync-server`` in-process; returns (exit code, stdout, stderr)."""
    from sync.server.cli import main

    def run(database_url: str, *args: str) -> tuple[int, str, str]:
        code = main(["--database", database_url, *args])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run
