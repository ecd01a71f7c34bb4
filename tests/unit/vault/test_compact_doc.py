"""Records stored compact (schema v9): the one encoding, and a v7 vault upgraded in place."""

import io
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from fieldclient.cli.main import main
from fieldclient.cli.upgrade_bar import UpgradeBar
from fieldclient.domain.fingerprint import record_fingerprint
from fieldclient.domain.record import Record
from fieldclient.services.session import open_session
from fieldclient.services.sync import LEDGER
from fieldclient.vault import digests, migrations
from fieldclient.vault.migrations import LATEST_VERSION, schema_version
from fieldclient.vault.record_doc import decode_doc, decode_doc_dict, encode_doc, record_json
from sync.client.local_store import LocalStore
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD, acknowledge_outbox
from tests.helpers.payloads import fir_payload
from tests.unit.vault.v7_vault import FIXTURE, RECORDS


def test_a_stored_record_is_compact_and_reads_back_exactly(session, records):
    made = records.create("fir", fir_payload())
    records.edit(made.id, {"place": "Hayatabad Phase 3, Peshawar"})
    record = records.get(made.id)
    assert len(set(record.clocks.values())) == 2  # the edit's clock differs from the create's
    (stored, fingerprint) = session.vault.conn.execute(
        "SELECT doc, fingerprint FROM records WHERE id = ?", (made.id,)
    ).fetchone()
    assert isinstance(stored, bytes) and len(stored) < len(record_json(record)) / 2
    assert decode_doc(stored) == record
    assert encode_doc(record) == stored  # deterministic: the same record, the same bytes
    # The fingerprint is of the canonical full JSON, as the server computes it.
    assert fingerprint == record_fingerprint(record.to_dict())


def test_full_json_text_still_reads():
    record = Record(
        id="b" * 32, type="fir", status="draft", data={"place": "Saddar"}, station="PSH-07",
        created_by="KP-1", created_at="2026-01-01T10:00:00+05:00",
        updated_at="2026-01-01T10:00:00+05:00", device_id="d" * 32,
        clocks={"place": "000000000000001:00000:dev", "gone": "000000000000002:00000:dev"},
    )  # fmt: skip
    assert decode_doc(record_json(record)) == record
    assert decode_doc(encode_doc(record)) == record
    assert decode_doc_dict(encode_doc(record)) == record.to_dict()
    with pytest.raises(ValueError, match="unknown stored format"):
        decode_doc(b"\x07abc")


def _v7_vault(data_dir: Path) -> Path:
    shutil.copytree(FIXTURE, data_dir)
    return data_dir


def test_a_v7_vault_is_upgraded_in_place_batch_by_batch(data_dir, monkeypatch):
    monkeypatch.setattr(migrations, "REENCODE_BATCH", 25)
    heard: list[tuple[int, int]] = []
    session = open_session(
        _v7_vault(data_dir), OFFICER_BADGE, OFFICER_PASSWORD,
        progress=lambda done, total: heard.append((done, total)),
    )  # fmt: skip
    try:
        conn = session.vault.conn
        assert schema_version(session.vault.db) == LATEST_VERSION == 9
        assert heard == [(0, RECORDS), (25, RECORDS), (50, RECORDS), (RECORDS, RECORDS)]
        rows = conn.execute("SELECT id, doc, fingerprint FROM records").fetchall()
        assert len(rows) == RECORDS and all(isinstance(doc, bytes) for _, doc, _ in rows)
        # Fingerprints written by the v7 code, of its full JSON, still match every record read
        # back from the compact form: the clocks (some edited, some cleared) came back exactly.
        assert all(record_fingerprint(decode_doc_dict(doc)) == fp for _, doc, fp in rows)
        edited = [decode_doc(doc) for _, doc, _ in rows]
        assert sum(len(set(r.clocks.values())) > 1 for r in edited) >= 5
        assert conn.execute(
            "SELECT count(*) FROM records WHERE fingerprint IS NULL"
        ).fetchone() == (0,)
        assert digests.in_step(conn)  # the re-encoding changed no record: no recount owed
        # The trigger is back: text changed outside the writer loses its fingerprint.
        record = edited[0]
        record.data["place"] = "Changed by hand"
        conn.execute("UPDATE records SET doc = ? WHERE id = ?", (encode_doc(record), record.id))
        assert conn.execute(
            "SELECT fingerprint FROM records WHERE id = ?", (record.id,)
        ).fetchone() == (None,)
        summary = LocalStore(session.vault, LEDGER, session.clock).station_summary()
        assert sum(summary.counts.values()) == RECORDS
    finally:
        session.close()
    heard.clear()
    open_session(
        data_dir, OFFICER_BADGE, OFFICER_PASSWORD, progress=lambda *told: heard.append(told)
    ).close()
    assert heard == []  # nothing left to upgrade


KILLED_MID_MIGRATION = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    from fieldclient.services.session import open_session
    from fieldclient.vault import digests, migrations

    migrations.REENCODE_BATCH = 20

    def progress(done, total):
        print(done, total, flush=True)
        if done >= 40:
            os.kill(os.getpid(), signal.SIGKILL)  # mid-migration, two batches re-encoded

    open_session(Path(sys.argv[1]), sys.argv[2], sys.argv[3], progress=progress)
    """
)


def test_a_kill_during_the_upgrade_leaves_the_v7_vault_and_the_next_unlock_finishes(data_dir):
    _v7_vault(data_dir)
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_MID_MIGRATION, str(data_dir), OFFICER_BADGE,
         OFFICER_PASSWORD],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert killed.returncode == -9, killed.stderr
    assert killed.stdout.split() == ["0", str(RECORDS), "20", str(RECORDS), "40", str(RECORDS)]

    heard: list[tuple[int, int]] = []
    session = open_session(
        data_dir, OFFICER_BADGE, OFFICER_PASSWORD,
        progress=lambda done, total: heard.append((done, total)),
    )  # fmt: skip
    try:
        # One transaction: none of the killed run's batches stayed, so all 60 were still text.
        assert heard[0] == (0, RECORDS) and heard[-1] == (RECORDS, RECORDS)
        assert session.vault.conn.execute(
            "SELECT count(*) FROM records WHERE typeof(doc) = 'blob'"
        ).fetchone() == (RECORDS,)
        assert (
            len(
                session.repo.get_many(
                    [r for (r,) in session.vault.conn.execute("SELECT id FROM records")]
                )
            )
            == RECORDS
        )
    finally:
        session.close()


def test_the_cli_shows_a_progress_bar_while_it_upgrades_a_v7_vault(data_dir, monkeypatch, capsys):
    _v7_vault(data_dir)
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", OFFICER_PASSWORD)
    args = ["--data-dir", str(data_dir), "--officer", OFFICER_BADGE, "list", "fir"]
    assert main(args) == 0
    _, err = capsys.readouterr()
    assert "Upgrading the vault" in err and f"{RECORDS}/{RECORDS}" in err
    assert main(args) == 0  # upgraded: no bar the second time
    assert "Upgrading" not in capsys.readouterr().err


def test_the_upgrade_bar_draws_nothing_for_nothing_to_do():
    stream = io.StringIO()
    bar = UpgradeBar(stream)
    bar(0, 0)
    assert stream.getvalue() == "" and bar.bar is None
    for done in (0, 500, 1000):
        bar(done, 1000)
    assert "1000/1000" in stream.getvalue()


def test_pages_an_acknowledged_push_frees_go_back_to_the_file_system(session, records):
    conn = session.vault.conn
    assert conn.execute("PRAGMA auto_vacuum").fetchone() == (2,)  # incremental, from creation
    for n in range(60):
        records.create("fir", fir_payload(f"Informant {n}"))
    (pages_before,) = conn.execute("PRAGMA page_count").fetchone()
    acknowledge_outbox(session)
    (pages_after,) = conn.execute("PRAGMA page_count").fetchone()
    assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    assert pages_after < pages_before
