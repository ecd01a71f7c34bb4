"""`fieldclient officers`, `add-officer --role`, `set-role`: roles from the command line, and a
refusal naming the role needed (issue 17.4)."""

import json

from tests.helpers.payloads import fir_payload
from tests.unit.cli.conftest import add_record


def test_roles_are_listed_set_and_enforced(station, monkeypatch):
    monkeypatch.setenv("FIELDCLIENT_NEW_PASSWORD", "warden secret 1")
    code, out, _ = station(
        "add-officer", "--officer", "KP-1", "--new-badge", "TW-2", "--name", "Two",
        "--role", "traffic_warden",
    )  # fmt: skip
    assert code == 0 and "traffic warden" in out
    code, out, _ = station("officers", "--officer", "KP-1")
    assert code == 0 and out.splitlines() == [
        "KP-1\tMoharrir One\tsho",
        "TW-2\tTwo\ttraffic_warden",
    ]

    code, _, err = station("add-officer", "--officer", "KP-1", "--new-badge", "X", "--name", "X",
                           "--role", "commissioner")  # fmt: skip
    assert code == 2 and "commissioner" in err

    monkeypatch.setenv("FIELDCLIENT_PASSWORD", "warden secret 1")
    fir = add_record(lambda *a, **k: station(*a, "--officer", "TW-2", **k), "fir", fir_payload())
    code, _, err = station(
        "transition", fir, "registered", "--reason", "verified", "--officer", "TW-2"
    )
    assert code == 1 and "SHO or Moharrir" in err and "traffic warden" in err
    code, _, err = station("set-role", "--officer", "TW-2", "--badge", "TW-2", "--role", "sho")
    assert code == 1 and "Only an officer whose role is SHO" in err
    code, out, _ = station("show", fir, "--json", "--officer", "TW-2")
    assert json.loads(out)["status"] == "draft"


def test_the_review_inbox_from_the_command_line(station, monkeypatch):
    fir = add_record(station, "fir", fir_payload())
    assert station("transition", fir, "refused", "--reason", "a civil dispute")[0] == 0
    code, out, _ = station("review")
    assert code == 0 and fir in out and "a civil dispute" in out and "1 record(s)" in out
    code, _, err = station("review", "return", fir)
    assert code == 1 and "review.reason" in err
    code, _, err = station("review", "return")
    assert code == 1 and "id:" in err
    code, out, _ = station("review", "return", fir, "--reason", "see me first")
    assert code == 0 and "returned" in out
    code, out, _ = station("show", fir, "--json")
    assert json.loads(out)["data"]["review"]["reason"] == "see me first"
    assert "0 record(s)" in station("review")[1]
