"""The server enforces the roles of fieldclient/domain/roles.py (issue 17.4) on the real server
(SQLite and PostgreSQL): a status change whose officer's role on the station's roster may not
make it is rejected ``role_not_allowed``, however the request was crafted; roles come from the
administrator (closed roster, or pinned) or from the devices' keyrings (open roster)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import select, text

from fieldclient.domain import roles
from sync.server.db.engine import make_engine
from sync.server.db.migrate import alembic_config
from sync.server.db.tables import officers
from sync.server.services.officers import add_officer, set_role, set_roster
from tests.helpers.payloads import fir_payload
from tests.helpers.server import BACKENDS, OFFICER, database


def _results(device, mutations) -> list[tuple[str, str | None]]:
    answer = device.push(mutations)
    assert answer.status_code == 200, answer.text
    return [(r["outcome"], r["code"]) for r in answer.json()["results"]]


def _closed_station(admin, role: str) -> str:
    station = admin.add_station()
    set_roster(admin.engine, station, "closed")
    add_officer(admin.engine, station, OFFICER, "Test Officer", admin.server.now_ms(), role)
    return station


def _role_on_server(admin, station: str) -> str | None:
    with admin.engine.connect() as connection:
        return connection.execute(
            select(officers.c.role).where(
                officers.c.station == station, officers.c.badge == OFFICER
            )
        ).scalar_one()


def test_a_wardens_device_cannot_register_an_fir_even_with_crafted_requests(admin):
    station = _closed_station(admin, "traffic_warden")
    warden = admin.device(station)
    draft = warden.new_record("fir", fir_payload())
    assert _results(warden, [warden.create(draft)]) == [("applied", None)]

    registration = warden.transition(draft["id"], "fir", "registered")
    (result,) = warden.push([registration]).json()["results"]
    assert (result["outcome"], result["code"]) == ("rejected", "role_not_allowed")
    assert "SHO or Moharrir" in result["reason"] and "traffic warden" in result["reason"]

    # a record created already registered (its history says so) is refused the same way
    crafted = warden.new_record("fir", fir_payload())
    entry = warden.transition(crafted["id"], "fir", "registered")["entry"]
    crafted["history"] = [{**entry, "from": "draft"}]
    crafted["status"] = "registered"
    assert _results(warden, [warden.create(crafted)]) == [("rejected", "role_not_allowed")]

    # declaring itself SHO changes nothing on a closed roster, nor does a new badge
    assert warden.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "sho"}).status_code == 200
    assert _role_on_server(admin, station) == "traffic_warden"
    assert warden.declare_officers({"FAKE-1": "Nobody"}, {"FAKE-1": "sho"}).status_code == 403
    again = warden.transition(draft["id"], "fir", "registered", reason="once more")
    assert _results(warden, [again]) == [("rejected", "role_not_allowed")]
    assert [r["status"] for r in warden.pull_all()] == ["draft"]

    # the administrator makes the officer a Moharrir: now it registers
    set_role(admin.engine, station, OFFICER, "moharrir")
    third = warden.transition(draft["id"], "fir", "registered", reason="verified")
    assert _results(warden, [third]) == [("applied", None)]
    assert warden.pull_all()[0]["status"] == "registered"


def test_only_the_io_proposes_cancellation_on_the_server(admin):
    station = _closed_station(admin, "sho")
    sho = admin.device(station)
    fir = sho.new_record("fir", fir_payload())
    steps = [
        sho.create(fir),
        sho.transition(fir["id"], "fir", "registered"),
        sho.transition(fir["id"], "fir", "under_investigation"),
    ]
    assert _results(sho, steps) == [("applied", None)] * 3
    proposal = sho.transition(fir["id"], "fir", "cancellation_proposed")
    assert _results(sho, [proposal]) == [("rejected", "role_not_allowed")]


def test_an_open_roster_takes_the_keyrings_roles_unless_the_administrator_set_one(admin):
    station = admin.add_station()
    device = admin.device(station)  # declared OFFICER without a role: the default, Moharrir
    assert _role_on_server(admin, station) is None
    answer = device.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "traffic_warden"})
    assert answer.status_code == 200
    assert answer.json()["officers"] == [
        {"badge": OFFICER, "name": "Test Officer", "role": "traffic_warden"}
    ]
    draft = device.new_record("fir", fir_payload())
    refused = [device.create(draft), device.transition(draft["id"], "fir", "registered")]
    assert _results(device, refused) == [("applied", None), ("rejected", "role_not_allowed")]

    set_role(admin.engine, station, OFFICER, "sho")
    device.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "trainee"})
    assert _role_on_server(admin, station) == "sho"  # pinned by the administrator
    registered = device.transition(draft["id"], "fir", "registered", reason="second try")
    assert _results(device, [registered]) == [("applied", None)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_officers_on_a_roster_from_before_roles_read_as_moharrir(backend, tmp_path):
    """Migration 0006 from today's schema (0005): rows keep their officers, with no role."""
    with database(backend, tmp_path) as url:
        engine = make_engine(url)
        config = alembic_config(engine)
        command.upgrade(config, "0005")
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO stations (code, name, district, change_seq, next_challan,"
                    " created_at) VALUES ('PSR', 'PSR', 'Peshawar', 0, 1, 0)"
                )
            )
            connection.execute(
                text("INSERT INTO officers VALUES ('PSR', 'B-1', 'Old Officer', 'admin', 0)")
            )
        command.upgrade(config, "head")
        with engine.connect() as connection:
            row = connection.execute(select(officers).where(officers.c.badge == "B-1")).one()
        assert (row.name, row.role, row.role_by) == ("Old Officer", None, None)
        assert row.role_requested is None  # 0009: nothing waits for the administrator
        assert roles.role_of(row.role) == roles.MOHARRIR
        set_role(engine, "PSR", "B-1", "sho")
        command.downgrade(config, "0005")
        command.upgrade(config, "head")
        engine.dispose()


def _decision(device, record_id: str, by: str) -> dict:
    value = {"status": "refused", "decision": "returned", "reason": "see me", "by": by}
    value["at"] = device.new_record("fir", fir_payload())["created_at"]
    return device.mutation("update", record_id, "fir", fields={"review": value})


def test_only_the_sho_decides_a_review_on_the_server(admin):
    station = _closed_station(admin, "moharrir")
    moharrir = admin.device(station)
    fir = moharrir.new_record("fir", fir_payload())
    created = moharrir.create(fir)
    refusal = moharrir.transition(fir["id"], "fir", "refused", reason="a civil dispute")
    assert _results(moharrir, [created, refusal]) == [("applied", None)] * 2
    crafted = _decision(moharrir, fir["id"], OFFICER)
    assert _results(moharrir, [crafted]) == [("rejected", "role_not_allowed")]
    assert "review" not in moharrir.pull_all()[0]["data"]

    set_role(admin.engine, station, OFFICER, "sho")
    assert _results(moharrir, [_decision(moharrir, fir["id"], OFFICER)]) == [("applied", None)]
    assert moharrir.pull_all()[0]["data"]["review"]["reason"] == "see me"
