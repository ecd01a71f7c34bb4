"""Valid records made on a device are never refused by the server (SQLite and PostgreSQL).

Issue 18: a push of 100,000 generated records once ended with one valid record refused. The
soak variant pushes several hundred thousand generated records of every type and requires that
the server takes every one; the short variant is the same test at a few thousand.
"""

from __future__ import annotations

import itertools
import uuid
from collections import Counter
from datetime import datetime

import pytest
from sqlalchemy import func, select

from bench.generate import PayloadGenerator
from bench.vault_setup import fill
from fieldclient.domain.scanner import SimulatedScanner
from fieldclient.services.attendance import AttendanceService
from sync.server.db.tables import records
from tests.helpers.payloads import PKT, fir_payload, tenant_payload
from tests.helpers.sync_server_fixtures import server_on_every_backend
from tests.integration.faults.harness import SOAK_MARKS

server = server_on_every_backend()


def test_tenants_whose_ids_begin_alike_both_get_a_receipt_the_server_accepts(
    new_device, monkeypatch
):
    """Ids are random, so two of a day's many tenant records may share their first characters:
    a receipt number made from too few of them was refused as `number_taken`."""
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


SEVEN_MINUTES_MS = 7 * 60 * 1000


def test_records_timed_now_on_a_fast_device_clock_are_taken_at_once(new_device, monkeypatch):
    """The device accepted "now" by its own clock (reported_at, a check-in); the server, its
    clock 7 minutes behind, refused them as in the future when pushed at once."""
    device = new_device()
    # The device's time runs 7 minutes ahead of the server's (its clock, corrected as it last
    # knew how): every time the services stamp comes from it.
    monkeypatch.setattr(device.session.clock, "offset_ms", SEVEN_MINUTES_MS)
    fir = device.records.create("fir", {**fir_payload(), "reported_at": None})
    scanner = SimulatedScanner({"PSH-1021": 87})
    scanner.place_finger("PSH-1021")
    check_in = AttendanceService(device.records).check_by_fingerprint(scanner, "check_in")
    monkeypatch.undo()
    assert fir.data["reported_at"] > datetime.now(PKT).isoformat()  # defaulted to the fast now

    report = device.sync_ok()

    assert report.rejections == []
    assert device.repo.pending_count() == 0
    assert {fir.id, check_in.id} <= device.record_ids()


@pytest.mark.parametrize(
    "count", [pytest.param(2_000, id="short"), pytest.param(300_000, id="soak", marks=SOAK_MARKS)]
)
def test_generated_records_of_every_type_are_all_taken_by_the_server(
    new_device, admin, station, count
):
    device = new_device()
    device.sync_ok()  # holds a block of challan numbers; challans past it go unnumbered
    made = Counter(kind for kind, _ in PayloadGenerator(seed=count).records(count))
    fill(device.session, PayloadGenerator(seed=count).records(count))

    report = device.sync_ok()

    refused = [rejection.reason for rejection in report.rejections]  # "code: reason"
    assert refused == [], f"{len(refused)} refused, e.g. {refused[:5]}"
    assert report.pushed == count and report.warnings == []
    assert set(made) == {"fir", "challan", "tenant", "attendance"}
    assert stored_on_server(admin, station) == made


def stored_on_server(admin, station: str) -> Counter[str]:  # type: ignore[no-untyped-def]
    with admin.engine.connect() as connection:
        rows = connection.execute(
            select(records.c.type, func.count())
            .where(records.c.station == station)
            .group_by(records.c.type)
        )
        return Counter({kind: number for kind, number in rows})
