"""The benchmark suite at a small size (a few thousand records), so its code cannot rot.

No timings are asserted."""

from datetime import datetime

import pytest

from bench.__main__ import main
from bench.config import BenchConfig
from bench.generate import PAKISTAN_TIME, TYPE_MIX, PayloadGenerator, search_queries
from bench.report import BEGIN_MARK, END_MARK, write_report
from bench.server_load import SECTION, load_figures
from bench.stats import percentile
from bench.vault_setup import create_bench_vault, fill, plain_copy
from fieldclient.domain.records import validate_new
from fieldclient.vault.repository import RecordQuery
from fieldclient.vault.vault import DB_NAME


@pytest.mark.slow  # starts the sync server and enrolls two devices through its CLI
@pytest.mark.timeout(1200)  # a few thousand records: minutes on a machine shared with other runs
def test_make_bench_writes_every_figure_and_keeps_other_sections(tmp_path, monkeypatch, capsys):
    report = tmp_path / "PERFORMANCE.md"
    report.write_text("# Performance\n\n## Bundle\n\nInstaller: 80 MiB.\n", encoding="utf-8")
    for name, value in {
        "BENCH_RECORDS": "2000",
        "BENCH_RUNS": "4",
        "BENCH_UNLOCK_RUNS": "1",
        "BENCH_REAL_KDF": "0",
        "BENCH_DIR": str(tmp_path),
        "BENCH_OUTPUT": str(report),
        "BENCH_LOAD_DEVICES": "3",
        "BENCH_LOAD_CYCLES": "1",
        "BENCH_LOAD_BACKENDS": "sqlite",
    }.items():
        monkeypatch.setenv(name, value)

    assert main() == 0

    text = report.read_text(encoding="utf-8")
    assert "## Bundle\n\nInstaller: 80 MiB." in text
    assert text.count(BEGIN_MARK) == 1 and text.count(END_MARK) == 1
    for expected in (
        "with 2,000 generated records",
        "### Vault",
        "### Cost of encryption",
        "unlock, key derivation alone",
        "create one record with outbox, index and audit",
        "full-text search over 2,000 records",
        "first screen of the FIR list",
        "person view by CNIC over 2,000 records",
        "a month's daily situation report over 2,000 records",
        "memory (RSS)",
        "fsync of a 4 KiB write",
        "records/s",
        "### Sync over loopback",
        "initial pull of 2,000 records",
        "the vault's own bulk-apply rate",
        "pull / apply = ",
        "consistency check on the device's side",
        "a sync with nothing to do",
        "### Sync through a 64 kbit/s link",
        "### Server under many devices",
        "3 devices, SQLite, one server process: latency",
    ):
        assert expected in text
    printed = capsys.readouterr().out
    assert "[Vault] create one record" in printed
    assert sorted(p.name for p in tmp_path.iterdir()) == ["PERFORMANCE.md"]  # vaults removed


def test_server_load_runs_devices_against_the_real_server(tmp_path):
    """Three signed-request devices, one sync each, on SQLite: every request answered, every
    mutation applied, and the figures say so."""
    figures = []
    notes = load_figures(("sqlite",), (3,), 1, tmp_path, 11, figures.extend, two_servers=False)

    assert notes == []
    assert [figure.section for figure in figures] == [SECTION] * 5
    idle, *figures = figures  # server CPU per idle sync, measured first on each backend
    assert idle.name.startswith("server CPU per idle sync") and "SQLite" in idle.name
    assert idle.measured.endswith(" ms") and idle.target == "≤ 2 ms"
    by_name = {figure.name.split(": ")[1]: figure.measured for figure in figures}
    assert by_name["errors"].startswith("0 (0 × 429, 0 × 5xx, 0 unanswered, 0 other)")
    assert by_name["errors"].endswith("; 0 mutations rejected")
    assert "3 devices, SQLite, one server process" in figures[0].name
    assert "requests/s" in by_name["throughput"]
    assert "p99" in by_name["latency"] and "peak RSS" in by_name["server memory and CPU"]
    assert list(tmp_path.iterdir()) == []  # the SQLite database is removed


def test_load_knobs_parse_device_counts_and_skip(monkeypatch):
    monkeypatch.setenv("BENCH_LOAD_DEVICES", "50, 200")
    monkeypatch.setenv("BENCH_LOAD_BACKENDS", "postgres")
    config = BenchConfig.from_env()
    assert config.load_devices == (50, 200) and config.load_backends == ("postgres",)
    monkeypatch.setenv("BENCH_LOAD_DEVICES", "0")
    assert BenchConfig.from_env().load_devices == ()
    monkeypatch.setenv("BENCH_LOAD_DEVICES", "many")
    with pytest.raises(SystemExit, match="BENCH_LOAD_DEVICES"):
        BenchConfig.from_env()


def test_report_block_is_replaced_not_duplicated(tmp_path):
    report = tmp_path / "PERFORMANCE.md"
    write_report(report, f"{BEGIN_MARK}\nfirst\n{END_MARK}\n")
    report.write_text(report.read_text() + "\n## Bundle\n\nkept\n")
    write_report(report, f"{BEGIN_MARK}\nsecond\n{END_MARK}\n")
    text = report.read_text()
    assert "second" in text and "first" not in text
    assert text.count(BEGIN_MARK) == 1
    assert text.endswith("## Bundle\n\nkept\n")


def test_generated_payloads_are_valid_and_mixed():
    generator = PayloadGenerator(seed=3)
    now = datetime.now(PAKISTAN_TIME)
    seen = set()
    for record_type, payload in generator.records(400):
        validate_new(record_type, payload, now=now)
        seen.add(record_type)
    assert seen == {name for name, _ in TYPE_MIX}
    assert all(query.strip() for query in search_queries(generator, 50))


def test_plain_copy_is_unencrypted_and_holds_the_same_records(tmp_path):
    session = create_bench_vault(tmp_path / "vault", real_kdf=False)
    fill(session, PayloadGenerator(seed=5).records(30))
    plain = plain_copy(session, tmp_path / "plain")
    try:
        assert plain.repo.ids(RecordQuery()) == session.repo.ids(RecordQuery())
        assert (tmp_path / "plain" / DB_NAME).read_bytes()[:16] == b"SQLite format 3\x00"
        assert (tmp_path / "vault" / DB_NAME).read_bytes()[:16] != b"SQLite format 3\x00"
    finally:
        plain.close()
        session.close()


@pytest.mark.parametrize(
    ("fraction", "expected"), [(0.5, 50), (0.95, 95), (0.99, 99), (1.0, 100), (0.001, 1)]
)
def test_percentile_is_nearest_rank(fraction, expected):
    assert percentile([float(n) for n in range(100, 0, -1)], fraction) == expected
