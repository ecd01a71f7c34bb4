"""The write-ahead log is checkpointed by the vault's own thread, never in the officer's save."""

from fieldclient.vault.vault import DB_NAME, Vault
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD
from tests.helpers.payloads import fir_payload

SQLITE_DEFAULT_AUTOCHECKPOINT = 1000  # pages


def test_saves_leave_the_log_to_the_background_thread(session, records, data_dir):
    worker = session.vault.second_connection()
    try:
        for conn in (session.vault.conn, worker.conn):
            assert conn.execute("PRAGMA wal_autocheckpoint").fetchone() == (0,)
    finally:
        worker.close()
    checkpoints = session.vault.checkpoints
    assert checkpoints is not None
    checkpoints.stop()  # hold the thread back while the officer saves
    page = int(session.vault.conn.execute("PRAGMA page_size").fetchone()[0])
    wal = data_dir / f"{DB_NAME}-wal"
    database_before = (data_dir / DB_NAME).stat().st_size

    while wal.stat().st_size < 2 * SQLITE_DEFAULT_AUTOCHECKPOINT * page:
        records.create("fir", fir_payload())  # SQLite's default would have checkpointed here

    assert (data_dir / DB_NAME).stat().st_size == database_before  # nothing copied yet
    checkpoints.start()
    assert checkpoints.wait_for_pass(checkpoints.run_soon(), timeout=60)
    assert checkpoints.frames_behind == 0
    assert (data_dir / DB_NAME).stat().st_size > database_before


def test_checkpoints_go_on_after_an_officer_is_removed_and_the_vault_rekeyed(vault, data_dir):
    vault.add_officer("KP-2002", "Leaving Officer", "leaver secret")
    vault.remove_officer("KP-2002")
    with vault.transaction():
        vault.set_meta("marker", "after the rekey")
    checkpoints = vault.checkpoints
    assert checkpoints is not None

    assert checkpoints.wait_for_pass(checkpoints.run_soon(), timeout=60)
    assert checkpoints.frames_behind == 0  # its connection has the new key
    vault.close()
    assert vault.checkpoints is None
    reopened = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert reopened.get_meta("marker") == "after the rekey"
    finally:
        reopened.close()


def test_a_second_connection_opens_while_the_officer_is_saving(vault):
    """The background checkpoints open their connection whenever their first pass comes, which
    may be in the middle of an officer's save: opening must wait for the lock, not fail (the
    thread then stayed off for the whole session and the log grew without bound)."""
    with vault.transaction():
        vault.set_meta("marker", "written while the second connection opens")
        worker = vault.second_connection()
        try:
            assert worker.conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0
            assert worker.get_meta("marker") is None  # it reads the last commit, not ours
        finally:
            worker.close()
    assert vault.get_meta("marker") == "written while the second connection opens"
