"""Valid records made on a device are never refused by the server (SQLite and PostgreSQL)."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterator

import pytest

from tests.helpers.payloads import tenant_payload
from tests.helpers.server import BACKENDS, GENEROUS_RATE, RunningServer, database, run_server


@pytest.fixture(scope="module", params=BACKENDS)
def server(request: pytest.FixtureRequest, tmp_path_factory) -> Iterator[RunningServer]:  # type: ignore[no-untyped-def]
    with (
        database(request.param, tmp_path_factory.mktemp("db")) as url,
        run_server(url, env=GENEROUS_RATE) as running,
    ):
        yield running


def test_tenants_whose_ids_begin_alike_both_get_a_receipt_the_server_accepts(
    new_device, monkeypatch
):
    """Ids are random, so two of a day's many tenant records may share their first characters:
    a receipt number made from too few of them was refused as `number_taken` (issue 18)."""
    device = new_device()
    shared_start = itertools.count(1)
    monkeypatch.setattr(
        uuid, "uuid4", lambda: uuid.UUID(f"3f2a9c1b{next(shared_start):08x}" + "5" * 16)
    )
    first = device.records.create("tenant", tenant_payload("Zahid Khan"))
    second = device.records.create("tenant", tenant_payload("Imran Shah"))
    monkeypatch.undo()

    report = device.sync_ok()

    assert report.rejections == []
    assert first.number != second.number
    assert device.repo.get(first.id).number == first.number
    assert device.repo.get(second.id).number == second.number
