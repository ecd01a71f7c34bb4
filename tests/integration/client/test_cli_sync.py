"""The sync commands end to end, in-process, against the real server: enroll, add, sync, a
conflict listed and resolved, the outbox, and the one-line refusals."""

from __future__ import annotations

import json
import sys

import pytest

from fieldclient.cli.main import main
from sync.server.core.clock import now_ms
from sync.server.services.admin import set_status_by_server
from tests.helpers.cli import PipedStdin
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.integration.client.loopback import LossyProxy, serving

PASSWORD = "station secret 1"


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):  # type: ignore[no-untyped-def]
    """``cli(vault_name, *args, stdin=None)`` → (exit code, stdout, stderr)."""
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", PASSWORD)

    def run(vault: str, *args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", PipedStdin(stdin))
        code = main([*args, "--data-dir", str(tmp_path / vault)])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def _ok(result: tuple[int, str, str]) -> str:
    code, out, err = result
    assert code == 0, err
    return out


def test_enroll_sync_conflicts_resolve_from_the_command_line(cli, server, admin, station):
    for vault, badge in (("a", "KP-1"), ("b", "KP-2")):
        _ok(cli(vault, "init", "--officer", badge, "--name", "Officer", "--station", station))
        out = _ok(
            cli(vault, "enroll", "--server", server.url, "--code", admin.enroll_code(station))
        )
        assert f"Enrolled for station {station}" in out
    record_id = _ok(cli("a", "add", "fir", "-", stdin=json.dumps(fir_payload()))).split()[0]
    assert "pushed 1, pulled 1, rejected 0, conflicts 0" in _ok(cli("a", "sync"))
    assert "pulled 1" in _ok(cli("b", "sync"))

    _ok(cli("a", "edit", record_id, "-", stdin='{"place": "Chowk Yadgar"}'))
    _ok(cli("b", "edit", record_id, "-", stdin='{"place": "Firdous Cinema"}'))
    assert "1 pending, 0 rejected" in _ok(cli("b", "outbox"))
    _ok(cli("a", "sync"))
    out = _ok(cli("b", "sync"))
    assert "conflicts 1" in out and "fieldclient conflicts" in out

    listing = _ok(cli("b", "conflicts"))
    assert "Firdous Cinema" in listing and "Chowk Yadgar" in listing
    conflict_id = listing.splitlines()[1].split()[0]
    assert "kept theirs" in _ok(cli("b", "resolve", conflict_id, "--keep", "theirs"))
    assert "0 conflict(s)" in _ok(cli("b", "conflicts"))
    assert "1 conflict(s)" in _ok(cli("b", "conflicts", "--all"))
    _ok(cli("b", "sync"))
    _ok(cli("a", "sync"))
    shown = json.loads(_ok(cli("a", "show", record_id, "--json")))
    assert shown["data"]["place"] == "Chowk Yadgar"
    assert "0 pending, 0 rejected" in _ok(cli("a", "outbox"))

    code, _, err = cli("b", "resolve", conflict_id, "--keep", "mine")
    assert code == 1 and "already resolved" in err


def test_sync_exits_non_zero_with_the_reason_in_one_line(cli, server, admin, station):
    _ok(cli("c", "init", "--officer", "KP-3", "--name", "Officer", "--station", station))
    code, _, err = cli("c", "sync")
    assert code == 1 and "not enrolled" in err and len(err.strip().splitlines()) == 1

    proxy = LossyProxy(server.url)
    with serving(proxy.respond) as loopback:
        url = loopback.url  # type: ignore[attr-defined]
        _ok(cli("c", "enroll", "--server", url, "--code", admin.enroll_code(station)))
        _ok(cli("c", "add", "fir", "-", stdin=json.dumps(fir_payload())))
        proxy.down = True
        code, out, err = cli("c", "sync", "--attempts", "1")
    assert code == 1
    assert "pushed 0" in out
    assert err.strip().splitlines() == [
        f"fieldclient: Cannot reach the sync server at {url[7:]} (ConnectionError)."
    ]
    assert "1 pending" in _ok(cli("c", "outbox"))

    code, _, err = cli("c", "enroll", "--server", server.url, "--code", "WHAT-EVER")
    assert code == 1 and "already enrolled" in err
    _ok(cli("d", "init", "--officer", "KP-4", "--name", "Officer", "--station", station))
    code, _, err = cli("d", "enroll", "--server", server.url, "--code", "WHAT-EVER")
    assert code == 1 and "enrollment was refused" in err
    code, _, err = cli("d", "enroll", "--server", "ftp://server", "--code", "WHAT-EVER")
    assert code == 1 and "https://host:port" in err


def test_sync_prints_each_refused_change_with_its_code_and_reason(cli, admin, server, station):
    _ok(cli("e", "init", "--officer", "KP-5", "--name", "Officer", "--station", station))
    _ok(cli("e", "enroll", "--server", server.url, "--code", admin.enroll_code(station)))
    record_id = _ok(cli("e", "add", "tenant", "-", stdin=json.dumps(tenant_payload()))).split()[0]
    _ok(cli("e", "sync"))
    set_status_by_server(admin.engine, record_id, "verified", None, now_ms())
    _ok(cli("e", "edit", record_id, "-", stdin='{"tenant": {"occupation": "Driver"}}'))

    out = _ok(cli("e", "sync"))

    assert "rejected 1" in out
    assert (
        f"  update of record {record_id} refused: frozen: tenant: a verified tenant record "
        "cannot be changed" in out
    )
