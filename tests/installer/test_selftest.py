"""`fieldclient --selftest`, run in-process (the frozen bundle runs the same code in CI)."""

import os
from pathlib import Path

from fieldclient.cli.main import main
from fieldclient.selftest import run_selftest


def test_selftest_passes_and_removes_its_temporary_vault(qapp, tmp_path: Path, capsys):
    work_root = tmp_path / "selftest"
    work_root.mkdir()

    assert run_selftest(work_root) == 0

    assert list(work_root.iterdir()) == []
    lines = capsys.readouterr().out.splitlines()
    assert lines[-1] == "selftest: all steps passed"
    for record_type in ("fir", "challan", "tenant", "attendance"):
        assert f"selftest: {record_type} stored ... ok" in lines
        assert f"selftest: {record_type} found by search ... ok" in lines
    assert any(line.startswith("selftest: FIR copy rendered to PDF ... ok") for line in lines)


def test_selftest_leaves_the_kdf_setting_as_it_found_it(qapp, tmp_path: Path, monkeypatch):
    monkeypatch.delenv("FIELDCLIENT_INSECURE_FAST_KDF")

    assert run_selftest(tmp_path) == 0

    assert "FIELDCLIENT_INSECURE_FAST_KDF" not in os.environ


def test_selftest_reports_failure_when_it_cannot_make_its_folder(tmp_path: Path, capsys):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("")

    assert run_selftest(not_a_folder) == 1

    assert capsys.readouterr().out.splitlines()[-1].startswith("selftest: FAILED")


def test_cli_selftest_flag_runs_it(qapp, capsys):
    assert main(["--selftest"]) == 0
    assert "selftest: all steps passed" in capsys.readouterr().out
