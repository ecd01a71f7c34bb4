"""A device whose clock runs fast, against the real server on loopback (the device's clock is
injected; the machine's is not touched).

Every time the device stamps comes from its clock corrected by the server's (learned at
enrollment and at each sync, kept in the vault), in the services and in the CLI alike. A record
made before the device ever reached the server is stamped by its own clock; more than the
server's 10-minute window ahead, it is refused (``clock_ahead``). It has a way forward once the
time has caught up: correcting it, or sending it again, queues it whole again.
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from fieldclient.cli.main import main
from fieldclient.domain import hlc
from fieldclient.domain.hlc import system_ms, wall_ms_of
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.services.conflicts import ConflictService
from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault
from fieldclient.services.sync import SyncService
from sync.client import credentials
from tests.helpers.cli import PipedStdin
from tests.helpers.payloads import fir_payload
from tests.helpers.server import run_server
from tests.integration.client.conftest import FAST_RETRY, PASSWORD, Device

FAST_MS = 8 * 60 * 1000  # beyond the 5 minutes a typed time may be ahead of "now"
TOO_FAST_MS = 12 * 60 * 1000  # beyond the 10 minutes any time or clock may be ahead of the server
CLOSE_MS = 60 * 1000
LATER_MS = 5 * 60 * 1000  # "later": a second server on the same database, its clock 5 min on


def fast_clock() -> int:
    return system_ms() + FAST_MS


def too_fast_clock() -> int:
    return system_ms() + TOO_FAST_MS


def fast_device(folder: Path, station: str, clock=fast_clock) -> Device:  # type: ignore[no-untyped-def]
    session = create_vault(
        folder, badge="KP-1", name="Officer KP-1", password=PASSWORD, station=station,
        wall_clock_ms=clock,
    )  # fmt: skip
    return Device(
        session, RecordService(session), SyncService(session, retry=FAST_RETRY),
        ConflictService(session),
    )  # fmt: skip


def real_now() -> datetime:
    """The machine's own time (the device clock of these tests is made wrong on purpose)."""
    return datetime.now(PAKISTAN_TIME)


def seconds_from_now(iso: str) -> float:
    return (datetime.fromisoformat(iso) - real_now()).total_seconds()


def test_records_made_after_enrollment_carry_the_servers_time_and_are_accepted(
    tmp_path, server, admin, station
):
    device = fast_device(tmp_path / "fast", station)
    try:
        device.sync.enroll(server.url, admin.enroll_code(station))
        assert abs(device.session.clock.offset_ms + FAST_MS) < CLOSE_MS  # kept from enrollment

        fir = device.records.create("fir", fir_payload())
        edited = device.records.edit(fir.id, {"place": "Chowk Yadgar"})

        assert abs(seconds_from_now(fir.data["reported_at"])) < 60
        assert abs(seconds_from_now(edited.updated_at)) < 60
        assert abs(wall_ms_of(edited.clocks["place"]) - system_ms()) < CLOSE_MS
        report = device.sync_ok()
        assert (report.pushed, report.rejected) == (2, 0)
        assert [w for w in report.warnings if "8 minutes ahead of the server" not in str(w)] == []
    finally:
        device.session.close()


def test_a_record_refused_for_a_clock_far_ahead_is_corrected_and_sent_whole_later(
    tmp_path, server, admin, station
):
    device = fast_device(tmp_path / "fast", station, too_fast_clock)
    try:
        early = device.records.create("fir", fir_payload())  # before any contact: own clock
        device.sync.enroll(server.url, admin.enroll_code(station))

        refused = device.sync_ok()

        assert refused.rejected == 1
        [rejection] = refused.rejections
        assert (rejection.record_id, rejection.op, rejection.code) == (
            early.id,
            "create",
            "clock_ahead",
        )
        assert device.records.refusals(early.id) == [rejection.refusal]
        with run_server(server.database_url, init=False, clock_shift_ms=LATER_MS) as later:
            with device.session.writer.transaction():  # the same server, minutes later
                device.session.writer.save_sync_state({credentials.SERVER_URL: later.url})
            now = device.session.now().isoformat()
            device.records.edit(early.id, {"reported_at": now})  # the officer corrects the time
            [queued] = device.repo.outbox_entries()
            assert queued.mutation().op == "create" and queued.state == "pending"

            resent = device.sync_ok()

        assert (resent.pushed, resent.rejected) == (1, 0)
        assert device.records.refusals(early.id) == []
        on_server = {doc["id"]: doc for doc in admin.device(station).pull_all()}
        assert on_server[early.id]["data"]["reported_at"] == now
        # stamped by the fast clock before it was known to be fast: corrected when sent again
        assert abs(seconds_from_now(on_server[early.id]["created_at"])) < 60
        assert on_server[early.id] == device.repo.get(early.id).to_dict()
    finally:
        device.session.close()


@pytest.fixture
def cli(monkeypatch, capsys, tmp_path):  # type: ignore[no-untyped-def]
    """The CLI in-process on a machine whose clock is eight minutes fast:
    ``cli(vault, *args, stdin=None)`` → its output, after checking it succeeded."""
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", PASSWORD)
    monkeypatch.setattr(hlc, "system_ms", fast_clock)

    def run(vault: str, *args: str, stdin: str | None = None) -> str:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", PipedStdin(stdin))
        code = main([*args, "--data-dir", str(tmp_path / vault)])
        out, err = capsys.readouterr()
        assert code == 0, err
        return out

    return run


def test_the_cli_stamps_with_the_clock_corrected_at_enrollment(cli, server, admin, station):
    cli("a", "init", "--officer", "KP-7", "--name", "Officer", "--station", station)
    cli("a", "enroll", "--server", server.url, "--code", admin.enroll_code(station))
    record_id = cli("a", "add", "fir", "-", stdin=json.dumps(fir_payload())).split()[0]
    cli("a", "edit", record_id, "-", stdin=json.dumps({"place": "Chowk Yadgar"}))

    out = cli("a", "sync")

    assert "pushed 2," in out and "rejected 0" in out
    shown = json.loads(cli("a", "show", record_id, "--json"))
    for stamp in (shown["created_at"], shown["updated_at"], shown["data"]["reported_at"]):
        assert abs(datetime.fromisoformat(stamp) - real_now()) < timedelta(minutes=1)
    # its edits do not win concurrent ones by the clock's error
    assert abs(wall_ms_of(shown["clocks"]["place"]) - system_ms()) < CLOSE_MS


def test_the_cli_shows_a_refusal_with_its_code_and_the_way_to_send_it_again(
    cli, monkeypatch, server, admin, station
):
    monkeypatch.setattr(hlc, "system_ms", too_fast_clock)
    cli("b", "init", "--officer", "KP-8", "--name", "Officer", "--station", station)
    early = cli("b", "add", "fir", "-", stdin=json.dumps(fir_payload())).split()[0]
    cli("b", "enroll", "--server", server.url, "--code", admin.enroll_code(station))

    out = cli("b", "sync")

    assert "rejected 1" in out and f"create of record {early} refused: clock_ahead:" in out
    assert "fieldclient resend ID" in out
    assert "0 pending, 1 rejected" in cli("b", "outbox")
    assert "queued again" in cli("b", "resend", early)
    assert "1 pending, 0 rejected" in cli("b", "outbox")
