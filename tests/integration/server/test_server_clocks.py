"""Clocks and years the server decides itself (issues 12.1 and 12.8), on the real server.

* Every clock a mutation carries more than 10 minutes past the server's time is refused
  (``clock_ahead``) and stored nowhere; a clock a device writes must name that device.
* An FIR's number takes the server's year at registration, whatever year the device writes;
  only an FIR registered offline on 31 December and received within 72 hours keeps that year.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

import pytest

from fieldclient.domain.hlc import Timestamp
from sync.server.core.clock import now_ms
from tests.helpers.payloads import fir_payload
from tests.helpers.server import BACKENDS, GENEROUS_RATE, Admin, database, run_server
from tests.helpers.shifted_clock import shift_to

PKT = timezone(timedelta(hours=5))
YEAR_33658 = 10**15 - 1  # the largest wall clock a clock string can hold


@pytest.fixture
def device(admin):
    return admin.device(admin.add_station())


def clock(device, wall_ms: int, device_id: str | None = None) -> str:
    return str(Timestamp(wall_ms, 0, device_id or device.device_id))


def ahead(minutes: float) -> int:
    return now_ms() + int(minutes * 60_000)


def outcome(answer) -> tuple[str, str | None]:
    assert answer.status_code == 200, answer.text
    (result,) = answer.json()["results"]
    return result["outcome"], result["code"]


def created_fir(device) -> dict:
    record = device.new_record("fir", fir_payload())
    assert outcome(device.push([device.create(record)])) == ("applied", None)
    return record


@pytest.mark.parametrize("wall", [YEAR_33658, "eleven minutes"])
def test_a_clock_ahead_of_the_server_is_refused_wherever_it_is(device, wall):
    wall_ms = YEAR_33658 if wall == YEAR_33658 else ahead(11)
    future = clock(device, wall_ms)
    stored = created_fir(device)

    in_mutation = device.create(device.new_record("fir", fir_payload()))
    in_mutation["hlc"] = future
    in_record_clocks = device.new_record("fir", fir_payload())
    in_record_clocks["clocks"] = {"place": future}
    in_history = device.new_record("fir", fir_payload())
    registration = device.transition(in_history["id"], "fir", "registered")["entry"]
    in_history["history"] = [{**registration, "from": "draft", "hlc": future}]
    in_history["status"] = "registered"
    in_entry = device.transition(stored["id"], "fir", "registered")
    in_entry["entry"]["hlc"] = future
    in_base_clocks = device.mutation(
        "update", stored["id"], "fir", fields={"place": "Near the bus stand"}
    )
    in_base_clocks["base_clocks"] = {"place": clock(device, wall_ms, "f" * 32)}

    mutations = [
        in_mutation,
        device.create(in_record_clocks),
        device.create(in_history),
        in_entry,
        in_base_clocks,
    ]
    for mutation in sorted(mutations, key=lambda m: m["device_seq"]):
        answer = device.push([mutation])
        assert outcome(answer) == ("rejected", "clock_ahead"), mutation
        assert "correct the device's date and time" in answer.json()["results"][0]["reason"]

    (pulled,) = device.pull_all()
    assert (pulled["id"], pulled["status"]) == (stored["id"], "draft")
    assert pulled["data"]["place"] == stored["data"]["place"]
    latest = now_ms() + 10 * 60_000
    assert all(Timestamp.parse(value).wall_ms <= latest for value in pulled["clocks"].values())


def test_a_clock_a_few_minutes_ahead_is_accepted(device):
    record = device.new_record("fir", fir_payload())
    mutation = device.create(record)
    mutation["hlc"] = clock(device, ahead(5))
    assert outcome(device.push([mutation])) == ("applied", None)


def test_a_device_writes_only_clocks_that_name_it(device):
    other = "e" * 32
    stored = created_fir(device)
    foreign_hlc = device.create(device.new_record("fir", fir_payload()))
    foreign_hlc["hlc"] = clock(device, now_ms(), other)
    foreign_record_clock = device.new_record("fir", fir_payload())
    foreign_record_clock["clocks"] = {"narrative": clock(device, now_ms(), other)}
    foreign_entry = device.transition(stored["id"], "fir", "registered")
    foreign_entry["entry"]["hlc"] = clock(device, now_ms(), other)
    mutations = [foreign_hlc, device.create(foreign_record_clock), foreign_entry]
    for mutation in sorted(mutations, key=lambda m: m["device_seq"]):
        assert outcome(device.push([mutation])) == ("rejected", "wrong_device"), mutation

    # base_clocks repeat what a field held before the edit: another device may have written it.
    edit = device.mutation("update", stored["id"], "fir", fields={"place": "Near the bus stand"})
    edit["base_clocks"] = {"place": clock(device, now_ms() - 60_000, other)}
    assert outcome(device.push([edit])) == ("applied", None)


def test_a_change_made_earlier_but_arriving_later_never_moves_updated_at_back(device):
    """Reports read the records changed since a period began by ``updated_at``: an offline edit
    made before the record's last change, arriving after it, must not move that time back."""
    stored = created_fir(device)
    made = datetime.fromisoformat(stored["updated_at"])

    late = device.mutation("update", stored["id"], "fir", fields={"place": "Near the bus stand"})
    late["at"] = (made - timedelta(hours=1)).isoformat()
    assert outcome(device.push([late])) == ("applied", None)
    (pulled,) = [r for r in device.pull_all() if r["id"] == stored["id"]]
    assert pulled["data"]["place"] == "Near the bus stand"
    assert datetime.fromisoformat(pulled["updated_at"]) == made

    later = device.mutation("update", stored["id"], "fir", fields={"place": "At the chowk"})
    later["at"] = (made + timedelta(minutes=1)).isoformat()
    assert outcome(device.push([later])) == ("applied", None)
    (pulled,) = [r for r in device.pull_all() if r["id"] == stored["id"]]
    assert datetime.fromisoformat(pulled["updated_at"]) == made + timedelta(minutes=1)


# ---- the FIR's year ---------------------------------------------------------------------


def register(device, at: str, *, in_create: bool) -> str:
    """Register an FIR whose registration the device dates ``at``; returns its number."""
    record = device.new_record("fir", fir_payload())
    if in_create:
        entry = {**device.transition(record["id"], "fir", "registered")["entry"], "at": at}
        record["history"] = [{**entry, "from": "draft"}]
        record["status"] = "registered"
        mutations = [device.create(record)]
    else:
        create = device.create(record)
        transition = device.transition(record["id"], "fir", "registered")
        transition["entry"]["at"] = at
        mutations = [create, transition]
    results = device.push(mutations).json()["results"]
    assert {r["outcome"] for r in results} == {"applied"}, results
    (pulled,) = [r for r in device.pull_all() if r["id"] == record["id"]]
    return pulled["number"]


@pytest.mark.parametrize("in_create", [True, False], ids=["created-registered", "transition"])
def test_an_fir_dated_2019_is_numbered_in_the_servers_year(device, in_create):
    year = datetime.now(PKT).year
    number = register(device, "2019-06-01T10:00:00+05:00", in_create=in_create)
    assert number.startswith(f"{device.station}-{year}-")


def new_year_at(hours: float) -> datetime:
    """``hours`` after the coming midnight of 1 January, Pakistan time."""
    return datetime(datetime.now(PKT).year + 1, 1, 1, tzinfo=PKT) + timedelta(hours=hours)


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def server_at(backend, tmp_path) -> Iterator:
    """Start a server whose clock reads a given instant: ``with server_at(instant) as admin``."""

    @contextmanager
    def start(instant: datetime) -> Iterator[Admin]:
        with (
            database(backend, tmp_path) as url,
            run_server(url, env=GENEROUS_RATE, clock_shift_ms=shift_to(instant)) as running,
        ):
            admin = Admin(running)
            try:
                yield admin
            finally:
                admin.engine.dispose()

    return start


@pytest.mark.parametrize("in_create", [True, False], ids=["created-registered", "transition"])
def test_new_year_grace_for_an_fir_registered_offline_on_31_december(server_at, in_create):
    with server_at(new_year_at(hours=0.5)) as admin:
        device = admin.device(admin.add_station())
        old, new = new_year_at(0).year - 1, new_year_at(0).year
        last_evening = f"{old}-12-31T23:50:00+05:00"
        assert f"-{old}-" in register(device, last_evening, in_create=in_create)
        same_instant_in_utc = f"{old}-12-31T18:50:00+00:00"
        assert f"-{old}-" in register(device, same_instant_in_utc, in_create=in_create)
        for outside in (f"{old}-12-30T23:50:00+05:00", f"{new}-01-01T00:10:00+05:00"):
            assert f"-{new}-" in register(device, outside, in_create=in_create)


def test_no_grace_after_72_hours_of_the_new_year(server_at):
    with server_at(new_year_at(hours=73)) as admin:
        device = admin.device(admin.add_station())
        old, new = new_year_at(0).year - 1, new_year_at(0).year
        number = register(device, f"{old}-12-31T23:50:00+05:00", in_create=False)
        assert f"-{new}-" in number
