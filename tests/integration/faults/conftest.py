"""The real server (SQLite) per module and client vaults of a fresh station per test."""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.helpers.server import Admin
from tests.integration.client.conftest import open_device
from tests.integration.faults.harness import Replica


@pytest.fixture
def new_replica(tmp_path: Path, admin: Admin, station: str) -> Iterator[Callable[[str], Replica]]:
    """``new_replica(url)``: a vault of the test's station enrolled through ``url``."""
    opened: list[Replica] = []
    numbers = itertools.count(1)

    def make(url: str) -> Replica:
        number = next(numbers)
        device = open_device(tmp_path / f"device{number}", station, f"KP-{number}")
        device.sync.enroll(url, admin.enroll_code(station))
        replica = Replica(device)
        opened.append(replica)
        return replica

    yield make
    for replica in opened:
        replica.device.session.close()
