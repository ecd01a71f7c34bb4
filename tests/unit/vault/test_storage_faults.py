"""A full disk and a read-only data dir: a one-line message, and nothing stored is lost."""

import json
import shutil

import pytest

from fieldclient.cli.main import main
from fieldclient.services.records import RecordService
from fieldclient.services.session import create_vault, open_session
from fieldclient.vault.errors import StorageFull
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import fir_payload
from tests.helpers.small_disk import remount_read_only, small_disk

LONG_NARRATIVE = "The complainant states that " + "a long account of events " * 120


def test_full_disk_refuses_the_write_and_keeps_every_commit(tmp_path):
    with small_disk(tmp_path / "small", size_kib=1024) as disk:
        session = create_vault(
            disk / "data",
            badge=OFFICER_BADGE,
            name=OFFICER_NAME,
            password=OFFICER_PASSWORD,
            station=STATION,
        )
        records = RecordService(session)
        stored: list[str] = []
        with pytest.raises(StorageFull, match="disk is full"):
            for _ in range(10_000):
                stored.append(records.create("fir", fir_payload(narrative=LONG_NARRATIVE)).id)
        assert stored, "the disk filled before a single record: make it larger"
        session.vault.conn.close()
        shutil.copytree(disk / "data", tmp_path / "rescued")
    reopened = open_session(tmp_path / "rescued", OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        reopened.vault.check_integrity()
        assert set(RecordService(reopened).get_many(stored)) == set(stored)
        assert reopened.repo.pending_count() == len(stored)
    finally:
        reopened.close()


def test_cli_on_a_read_only_data_dir_says_so_and_changes_nothing(tmp_path, monkeypatch, capsys):
    with small_disk(tmp_path / "small", size_kib=4096) as disk:
        session = create_vault(
            disk / "data",
            badge=OFFICER_BADGE,
            name=OFFICER_NAME,
            password=OFFICER_PASSWORD,
            station=STATION,
        )
        existing = RecordService(session).create("fir", fir_payload()).id
        session.close()
        remount_read_only(disk)
        monkeypatch.setenv("FIELDCLIENT_PASSWORD", OFFICER_PASSWORD)
        payload = tmp_path / "fir.json"
        payload.write_text(json.dumps(fir_payload()))
        code = main(["--data-dir", str(disk / "data"), "add", "fir", str(payload)])
        err = capsys.readouterr().err
        assert code == 1
        assert "cannot be written" in err and "Traceback" not in err
        assert len(err.strip().splitlines()) == 1
        shutil.copytree(disk / "data", tmp_path / "copy")
    reopened = open_session(tmp_path / "copy", OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert list(RecordService(reopened).get_many([existing])) == [existing]
        assert reopened.repo.pending_count() == 1
    finally:
        reopened.close()
