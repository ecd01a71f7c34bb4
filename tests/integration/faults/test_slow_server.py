"""A push the client gave up on while the server was still applying it (SQLite and PostgreSQL).

The server is held at the station lock every push takes (another transaction holds it: on SQLite
the database write lock, on PostgreSQL the station row) while the client times out, halves the
batch and tries again, or gives up. Then the lock is let go and the server applies the held
pushes in whatever order it takes them, after the client stopped waiting for them. Nothing may
be refused (`out_of_order` for a retried batch, issue 18), lost or applied twice.
"""

from __future__ import annotations

import contextlib
import gzip
import json
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select

from sync.client import transport
from sync.client.backoff import RetryPolicy
from sync.server.db.engine import lock_station, write_transaction
from sync.server.db.tables import applied_mutations
from tests.helpers.payloads import PAYLOADS
from tests.helpers.server import Admin
from tests.helpers.sync_server_fixtures import server_on_every_backend
from tests.integration.faults.harness import Replica, assert_converged, sync_until_quiet

server = server_on_every_backend()
READ_TIMEOUT = 0.5
HOLD_SECONDS = 60  # a bound on the wait for the client; the lock is let go as soon as it tried


class PushesSent:
    """The size of every push batch the client engine sent, counted as it leaves."""

    def __init__(self) -> None:
        self.sizes: list[int] = []
        self._changed = threading.Condition()

    def note(self, body: bytes) -> None:
        with self._changed:
            self.sizes.append(len(json.loads(gzip.decompress(body))["mutations"]))
            self._changed.notify_all()

    def wait_for(self, count: int) -> bool:
        with self._changed:
            return self._changed.wait_for(lambda: len(self.sizes) >= count, HOLD_SECONDS)


@pytest.fixture
def pushes(monkeypatch: pytest.MonkeyPatch) -> PushesSent:
    sent = PushesSent()
    exchange = transport.Transport._exchange

    def counted(self, method: str, url: str, body: bytes, headers: dict[str, str]):  # type: ignore[no-untyped-def]
        if url.endswith("/v1/push"):
            sent.note(body)
        return exchange(self, method, url, body, headers)

    monkeypatch.setattr(transport.Transport, "_exchange", counted)
    monkeypatch.setattr(transport, "READ_TIMEOUT", READ_TIMEOUT)
    return sent


@contextlib.contextmanager
def station_held(admin: Admin, station: str) -> Iterator[None]:
    """Hold the lock a push of this station waits for, until the block ends."""
    with write_transaction(admin.engine) as connection:
        lock_station(connection, station)
        yield


def enrolled_replica(new_replica: Callable[[str], Replica], url: str, attempts: int) -> Replica:
    replica = new_replica(url)
    replica.device.sync.retry = RetryPolicy(attempts=attempts, base_seconds=0.01, cap_seconds=0.05)
    sync_until_quiet([replica])  # enrolled and holding challan numbers, as in the field
    return replica


def create_records(replica: Replica, count: int) -> None:
    kinds = sorted(PAYLOADS)
    for number in range(count):
        kind = kinds[number % len(kinds)]
        replica.device.records.create(kind, PAYLOADS[kind]())


def assert_nothing_refused(replica: Replica, admin: Admin, station: str) -> None:
    assert replica.device.repo.outbox_entries("rejected") == []
    assert_converged([replica], admin, station)


def test_a_push_retried_while_the_server_still_applies_it_goes_through_once(
    server, admin, station, new_replica, pushes
):
    replica = enrolled_replica(new_replica, server.url, attempts=10)
    create_records(replica, 40)
    replica.remember_outbox()
    errors: list[str | None] = []
    syncing = threading.Thread(target=lambda: errors.append(replica.device.sync.sync_once().error))
    first_push = len(pushes.sizes)

    with station_held(admin, station):
        syncing.start()
        assert pushes.wait_for(first_push + 3)  # 40 and 20 timed out; 10 is on its way
    syncing.join(HOLD_SECONDS)

    assert pushes.sizes[first_push : first_push + 3] == [40, 20, 10]
    assert errors == [None]
    sync_until_quiet([replica])
    assert_nothing_refused(replica, admin, station)


def test_pushes_applied_after_the_client_gave_up_leave_nothing_refused(
    server, admin, station, new_replica, pushes
):
    replica = enrolled_replica(new_replica, server.url, attempts=2)
    create_records(replica, 40)
    first_push = len(pushes.sizes)

    with station_held(admin, station):
        error = replica.sync()
        create_records(replica, 10)  # more work while the server still holds the two pushes

    assert error is not None and "did not answer in time" in error
    assert pushes.sizes[first_push:] == [40, 20]
    assert applied_on_server(admin, replica, 40) == 40  # the held pushes, after the client gave up
    sync_until_quiet([replica])
    assert_nothing_refused(replica, admin, station)


def applied_on_server(admin: Admin, replica: Replica, expected: int) -> int:
    """How many of the replica's mutations the server applied, waiting until `expected` are."""
    query = (
        select(func.count())
        .select_from(applied_mutations)
        .where(applied_mutations.c.device_id == replica.id)
    )
    deadline = time.monotonic() + HOLD_SECONDS
    while True:
        with admin.engine.connect() as connection:
            applied = int(connection.execute(query).scalar_one())
        if applied >= expected or time.monotonic() > deadline:
            return applied
        time.sleep(0.05)
