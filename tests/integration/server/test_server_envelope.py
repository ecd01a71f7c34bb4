"""The server checks who and when a mutation claims (issue 12.10), on the real server: officers
the device declared, times that are times, numbers of the device's own station, text without
direction overrides or control characters."""

from __future__ import annotations

import functools

import pytest
from sqlalchemy import select

from fieldclient.domain.records.tenant import receipt_number
from sync.server.db.tables import device_officers, officers
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.server import OFFICER, SignedDevice

RLO, C1 = "\u202e", "\x9b"


@pytest.fixture
def device(admin):
    return admin.device(admin.add_station())


def results(device, mutations) -> list[tuple[str, str | None]]:
    answer = device.push(sorted(mutations, key=lambda m: m["device_seq"]))
    assert answer.status_code == 200, answer.text
    return [(r["outcome"], r["code"]) for r in answer.json()["results"]]


def pushed_fir(device) -> dict:
    record = device.new_record("fir", fir_payload())
    assert results(device, [device.create(record)]) == [("applied", None)]
    return record


def test_a_device_names_only_officers_it_declared(admin, device):
    stranger = device.create(device.new_record("fir", fir_payload()))
    stranger["officer"] = "B-999"
    stranger["record"]["created_by"] = "B-999"
    assert results(device, [stranger]) == [("rejected", "unknown_officer")]

    # Another device of the station declared B-200; that does not let this one name B-200.
    colleague = admin.device(device.station)
    assert colleague.declare_officers({"B-200": "Inspector Two"}).status_code == 200
    borrowed = device.create(device.new_record("fir", fir_payload()))
    borrowed["officer"] = "B-200"
    borrowed["record"]["created_by"] = "B-200"
    assert results(device, [borrowed]) == [("rejected", "unknown_officer")]

    assert device.declare_officers({"B-200": "Inspector Two"}).status_code == 200
    again = device.create(device.new_record("fir", fir_payload()))
    again["officer"] = "B-200"
    again["record"]["created_by"] = "B-200"
    assert results(device, [again]) == [("applied", None)]
    assert device.pull_all()[0]["created_by"] == "B-200"


def test_created_by_and_entry_by_are_the_mutations_officer(device):
    assert device.declare_officers({"B-200": "Inspector Two"}).status_code == 200
    record = device.new_record("fir", fir_payload())
    record["created_by"] = "B-200"
    assert results(device, [device.create(record)]) == [("rejected", "wrong_officer")]

    stored = pushed_fir(device)
    registration = device.transition(stored["id"], "fir", "registered")
    registration["entry"]["by"] = "B-200"
    assert results(device, [registration]) == [("rejected", "wrong_officer")]

    created_registered = device.new_record("fir", fir_payload())
    entry = device.transition(created_registered["id"], "fir", "registered")["entry"]
    created_registered["history"] = [{**entry, "from": "draft", "by": "B-777"}]
    created_registered["status"] = "registered"
    assert results(device, [device.create(created_registered)]) == [("rejected", "unknown_officer")]
    assert [r["id"] for r in device.pull_all()] == [stored["id"]]
    assert device.pull_all()[0]["status"] == "draft"


@pytest.mark.parametrize(
    ("where", "value", "code"),
    [
        ("created_at", "not a date", "invalid"),
        ("created_at", "2026-01-02T10:00:00", "invalid"),  # no offset
        ("updated_at", "yesterday", "invalid"),
        ("created_at", "2999-01-01T00:00:00+05:00", "clock_ahead"),
        ("at", "not a date", "invalid"),
        ("at", "2999-01-01T00:00:00+05:00", "clock_ahead"),
    ],
)
def test_times_must_be_times_and_not_ahead(device, where, value, code):
    mutation = device.create(device.new_record("fir", fir_payload()))
    if where == "at":
        mutation["at"] = value
    else:
        mutation["record"][where] = value
    assert results(device, [mutation]) == [("rejected", code)]
    assert device.pull_all() == []


def test_an_entry_time_must_be_a_time(device):
    stored = pushed_fir(device)
    registration = device.transition(stored["id"], "fir", "registered")
    registration["entry"]["at"] = "not a date"
    assert results(device, [registration]) == [("rejected", "invalid")]


def test_numbers_a_device_makes_name_its_own_station(admin, device):
    other = admin.add_station()
    tenant = device.new_record("tenant", tenant_payload())
    tenant["number"] = receipt_number(other, tenant["created_at"], tenant["id"])
    fir = device.new_record("fir", fir_payload())
    fir["provisional_number"] = f"P-{other}-2026-{fir['id'][:8].upper()}"
    attendance_number = device.new_record("fir", fir_payload())
    attendance_number["provisional_number"] = "P-ANYTHING"
    assert (
        results(
            device, [device.create(tenant), device.create(fir), device.create(attendance_number)]
        )
        == [("rejected", "invalid")] * 3
    )

    honest_fir = device.new_record("fir", fir_payload())
    honest_fir["provisional_number"] = f"P-{device.station}-2026-{honest_fir['id'][:8].upper()}"
    honest_tenant = device.new_record("tenant", tenant_payload())
    assert (
        results(device, [device.create(honest_fir), device.create(honest_tenant)])
        == [("applied", None)] * 2
    )
    assert {r["id"] for r in device.pull_all()} == {honest_fir["id"], honest_tenant["id"]}


@pytest.mark.parametrize("spoof", [RLO, C1, "\u2066"])
def test_direction_overrides_and_c1_controls_are_refused_everywhere(device, spoof):
    in_data = device.new_record("fir", fir_payload(name=f"Gul{spoof}Khan"))
    stored = pushed_fir(device)
    in_reason = device.transition(stored["id"], "fir", "registered", reason=f"ok{spoof}exe.pdf")
    in_edit = device.mutation("update", stored["id"], "fir", fields={"place": f"Bazar{spoof}"})
    assert (
        results(device, [device.create(in_data), in_reason, in_edit])
        == [("rejected", "invalid")] * 3
    )
    refused = device.declare_officers({f"B-{spoof}1": "Name"})
    assert refused.status_code == 422
    assert device.declare_officers({"B-300": f"Gul{spoof}Khan"}).status_code == 422
    (pulled,) = device.pull_all()
    assert pulled["status"] == "draft" and pulled["data"]["place"] == stored["data"]["place"]


def roster_of(admin, station: str) -> dict[str, str]:
    with admin.engine.connect() as connection:
        rows = connection.execute(select(officers).where(officers.c.station == station))
        return {row.badge: row.name for row in rows}


def declared_by(admin, device_id: str) -> set[str]:
    with admin.engine.connect() as connection:
        query = select(device_officers.c.badge).where(device_officers.c.device_id == device_id)
        return set(connection.execute(query).scalars())


def test_an_open_roster_learns_officers_and_keeps_their_first_name(admin, device):
    assert roster_of(admin, device.station) == {OFFICER: "Test Officer"}
    renamed = device.declare_officers({OFFICER: "Someone Else", "B-201": "Constable One"})
    assert renamed.status_code == 200, renamed.text
    assert renamed.json()["officers"] == [
        {"badge": OFFICER, "name": "Test Officer"},  # no roles declared: none in the answer
        {"badge": "B-201", "name": "Constable One"},
    ]
    assert roster_of(admin, device.station) == {OFFICER: "Test Officer", "B-201": "Constable One"}
    assert declared_by(admin, device.device_id) == {OFFICER, "B-201"}


def test_a_closed_roster_takes_only_the_administrators_officers(admin, cli, server):
    station = admin.add_station()
    run = functools.partial(cli, server.database_url)
    assert run("add-officer", "K-7", "--station", station, "--name", "ASI Khan")[0] == 0
    assert run("set-roster", station, "closed")[0] == 0
    device = SignedDevice.enroll(server.url, admin.enroll_code(station), officers={})

    refused = device.declare_officers({"K-7": "ASI Khan", OFFICER: "Test Officer"})
    assert refused.status_code == 403 and refused.json()["code"] == "unknown_officer"
    assert OFFICER in refused.json()["message"]
    assert declared_by(admin, device.device_id) == set()

    assert device.declare_officers({"K-7": "ASI Khan"}).status_code == 200
    record = {**device.new_record("fir", fir_payload()), "created_by": "K-7"}
    assert results(device, [{**device.create(record), "officer": "K-7"}]) == [("applied", None)]
    assert roster_of(admin, station) == {"K-7": "ASI Khan"}
