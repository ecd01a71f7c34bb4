"""A device cannot raise a role, and the server checks every role rule a mutation touches, on
either roster kind (issue 17.4, sync/server/services/officers.py): a traffic warden's device
crafting signed pushes that register an FIR, void a challan, mark a supervisor or make a
supervisor override of attendance is refused ``role_not_allowed``; a role a device declares
above the one held waits for the administrator; the pull carries the roles the server holds."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from sync.protocol.messages import OfficerDeclaration, officer_roles_digest
from sync.server.db.tables import officers
from sync.server.services.officers import add_officer, roster_listing, set_role, set_roster
from tests.helpers.payloads import challan_payload, fir_payload, hours_ago
from tests.helpers.server import OFFICER, SignedDevice

SHO_BADGE = "SHO-9"


def _results(device, mutations) -> list[tuple[str, str | None]]:
    answer = device.push(mutations)
    assert answer.status_code == 200, answer.text
    return [(r["outcome"], r["code"]) for r in answer.json()["results"]]


def _held(admin, station: str, badge: str) -> tuple[str | None, str | None]:
    with admin.engine.connect() as connection:
        row = connection.execute(
            select(officers.c.role, officers.c.role_requested).where(
                officers.c.station == station, officers.c.badge == badge
            )
        ).one()
    return row.role, row.role_requested


def _bare_device(admin, station: str) -> SignedDevice:
    return SignedDevice.enroll(
        admin.server.url,
        admin.enroll_code(station),
        clock_shift_ms=admin.server.clock_shift_ms,
        officers={},
    )


def _wardens_station(admin, roster: str) -> str:
    """A station whose SHO is known and whose officer ``OFFICER`` is a traffic warden: set by
    the administrator (closed roster), or declared by the devices (open roster)."""
    station = admin.add_station()
    if roster == "closed":
        set_roster(admin.engine, station, "closed")
        now = admin.server.now_ms()
        add_officer(admin.engine, station, SHO_BADGE, "SHO Afridi", now, "sho")
        add_officer(admin.engine, station, OFFICER, "Test Officer", now, "traffic_warden")
    else:  # the station's first device declares its SHO
        first = _bare_device(admin, station)
        declared = first.declare_officers({SHO_BADGE: "SHO Afridi"}, {SHO_BADGE: "sho"})
        assert declared.status_code == 200, declared.text
    return station


def _warden(admin, station: str) -> SignedDevice:
    warden = admin.device(station)
    answer = warden.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "traffic_warden"})
    assert answer.json()["officers"] == [
        {"badge": OFFICER, "name": "Test Officer", "role": "traffic_warden"}
    ]
    return warden


def _challan(device: SignedDevice) -> dict:
    challan = device.new_record("challan", challan_payload())
    challan["provisional_number"] = f"P-{challan['id'][:8].upper()}"
    return challan


def _supervisor_mark(device: SignedDevice) -> dict:
    data = {"badge_no": "PSH-1021", "item": "supervisor", "supervisor": True}
    return device.new_record("att_enrolment", data | {"set_at": hours_ago(0.5)})


def _override(device: SignedDevice, supervisor: str) -> dict:
    data = {"badge_no": "PSH-1021", "kind": "check_in", "method": "supervisor_override"}
    return device.new_record(
        "attendance", data | {"at": hours_ago(0.5), "supervisor_badge": supervisor}
    )


@pytest.mark.parametrize("roster", ["open", "closed"])
def test_a_wardens_crafted_pushes_are_refused_on_either_roster(admin, roster):
    station = _wardens_station(admin, roster)
    warden = _warden(admin, station)

    # declaring itself SHO is held on an open roster and ignored on a closed one
    raised = warden.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "sho"})
    (answer,) = raised.json()["officers"]
    assert (answer["role"], answer["requested"]) == ("traffic_warden", "sho")
    assert _held(admin, station, OFFICER) == ("traffic_warden", "sho")

    fir, challan = warden.new_record("fir", fir_payload()), _challan(warden)
    assert _results(warden, [warden.create(fir), warden.create(challan)]) == [("applied", None)] * 2
    refused = [
        warden.transition(fir["id"], "fir", "registered"),
        warden.transition(challan["id"], "challan", "voided", reason="wrong vehicle"),
        warden.create(_supervisor_mark(warden)),
        warden.create(_override(warden, OFFICER)),  # the warden as the supervisor
        warden.create(_override(warden, SHO_BADGE)),  # an SHO this device never declared
    ]
    outcomes = warden.push(refused).json()["results"]
    assert [(r["outcome"], r["code"]) for r in outcomes] == [("rejected", "role_not_allowed")] * 5
    assert "traffic warden" in outcomes[1]["reason"] and "void a challan" in outcomes[1]["reason"]
    assert sorted(r["status"] for r in warden.pull_all()) == ["draft", "issued"]

    # the administrator decides: the officer is the SHO, and the same changes go through
    set_role(admin.engine, station, OFFICER, "sho")
    assert _held(admin, station, OFFICER) == ("sho", None)
    allowed = [
        warden.transition(fir["id"], "fir", "registered", reason="verified"),
        warden.transition(challan["id"], "challan", "voided", reason="wrong vehicle"),
        warden.create(_supervisor_mark(warden)),
    ]
    assert _results(warden, allowed) == [("applied", None)] * 3
    assert _results(warden, [warden.create(_override(warden, OFFICER))]) == [("applied", None)]


def test_a_device_lowers_a_role_on_an_open_roster_but_never_raises_one(admin, cli):
    station = admin.add_station()
    first = admin.device(station)  # declares OFFICER with no role: a Moharrir
    assert first.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "sho"}).status_code == 200
    assert _held(admin, station, OFFICER) == ("sho", None)  # the station's first device

    second = _bare_device(admin, station)
    answer = second.declare_officers(
        {"B-2": "ASI Gul", "B-3": "HC Noor", "B-4": "SI Raza"},
        {"B-2": "sho", "B-3": "clerk", "B-4": "investigating_officer"},
    ).json()["officers"]
    assert answer == [
        {"badge": "B-2", "name": "ASI Gul", "role": "moharrir", "requested": "sho"},
        {"badge": "B-3", "name": "HC Noor", "role": "clerk"},
        {
            "badge": "B-4",
            "name": "SI Raza",
            "role": "moharrir",
            "requested": "investigating_officer",
        },
    ]

    # the station's last SHO is not lowered by a declaration: a crafted one cannot empty the
    # station of SHOs to claim the role as its first device again
    first.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "moharrir"})
    assert _held(admin, station, OFFICER) == ("sho", "moharrir")
    first.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "sho"})  # withdrawn
    assert _held(admin, station, OFFICER) == ("sho", None)

    url = admin.server.database_url
    code, out, _ = cli(url, "officers", station)
    assert code == 0
    assert "B-2\tASI Gul\tmoharrir\trequested by a device: sho" in out.splitlines()
    assert f"{OFFICER}\tTest Officer\tsho" in out.splitlines()
    assert cli(url, "set-role", "B-2", "--station", station, "--role", "sho")[0] == 0

    # with another SHO the SHO's device demotes its officer (taken); raising it back is held
    first.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "moharrir"})
    assert _held(admin, station, OFFICER) == ("moharrir", None)
    first.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "sho"})
    assert _held(admin, station, OFFICER) == ("moharrir", "sho")
    assert cli(url, "officers", "NOWHERE")[0] == 1
    assert roster_listing(admin.engine, station)[1] == ("B-2", "ASI Gul", "sho", None)


def test_the_pull_carries_the_roles_the_server_holds_when_they_changed(admin):
    station = admin.add_station()
    device = admin.device(station)
    device.declare_officers({OFFICER: "Test Officer"}, {OFFICER: "sho"})

    def pull(digest: str | None) -> dict:
        message = {"protocol_version": 1, "cursor": 0, "officer_roles_digest": digest}
        return device.send("POST", "/v1/pull", message).json()

    assert "officer_roles" not in pull(None)  # an older client asks for none
    page = pull("")
    held = [OfficerDeclaration(badge=OFFICER, name="Test Officer", role="sho")]
    assert page["officer_roles"] == [{"badge": OFFICER, "name": "Test Officer", "role": "sho"}]
    assert page["officer_roles_digest"] == officer_roles_digest(held)
    assert "officer_roles" not in pull(page["officer_roles_digest"])

    set_role(admin.engine, station, OFFICER, "trainee")
    changed = pull(page["officer_roles_digest"])
    assert changed["officer_roles"] == [
        {"badge": OFFICER, "name": "Test Officer", "role": "trainee"}
    ]
