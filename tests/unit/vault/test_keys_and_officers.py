"""Unlocking, officers, password changes, removal with rekey, throttling."""

import json
import shutil
import sqlite3

import pytest

from fieldclient.vault import keywrap
from fieldclient.vault.database import check_build
from fieldclient.vault.errors import (
    NotAVault,
    OfficerExists,
    Throttled,
    UnknownOfficer,
    UnsafeSqlcipherBuild,
    VaultCorrupt,
    VaultExists,
    VaultMissing,
    WrongPassword,
)
from fieldclient.vault.kdf_profile import new_kdf_params
from fieldclient.vault.keyring import Keyring
from fieldclient.vault.vault import DB_NAME, KEYRING_NAME, Vault, list_officers
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD, STATION
from tests.helpers.small_disk import remount_read_only, small_disk


def _store_marker(vault: Vault, value: str) -> None:
    with vault.transaction():
        vault.set_meta("marker", value)


def test_unlock_with_the_right_password_reads_what_was_stored(vault, data_dir):
    _store_marker(vault, "kept")
    vault.close()
    reopened = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    assert reopened.get_meta("marker") == "kept"
    assert reopened.station == STATION
    reopened.close()


def test_wrong_password_is_refused_and_counted(vault, data_dir):
    vault.close()
    with pytest.raises(WrongPassword, match=OFFICER_BADGE):
        Vault.unlock(data_dir, OFFICER_BADGE, "not it")
    ring = json.loads((data_dir / KEYRING_NAME).read_text())
    assert ring["officers"][0]["failed_attempts"] == 1


def test_repeated_wrong_passwords_wait_longer_each_time(vault, data_dir):
    vault.close()
    now = [1_000_000.0]
    for _ in range(3):
        with pytest.raises(WrongPassword):
            Vault.unlock(data_dir, OFFICER_BADGE, "bad", clock=lambda: now[0])
    # The fourth try waits, even with the right password, and says how long.
    with pytest.raises(Throttled) as first_wait:
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD, clock=lambda: now[0])
    now[0] += first_wait.value.wait_seconds + 0.01
    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, OFFICER_BADGE, "bad", clock=lambda: now[0])
    with pytest.raises(Throttled) as second_wait:
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD, clock=lambda: now[0])
    assert second_wait.value.wait_seconds > first_wait.value.wait_seconds
    now[0] += second_wait.value.wait_seconds + 0.01
    Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD, clock=lambda: now[0]).close()
    ring = json.loads((data_dir / KEYRING_NAME).read_text())
    assert ring["officers"][0]["failed_attempts"] == 0


def test_two_officers_share_one_vault(vault, data_dir):
    vault.add_officer("KP-2002", "Second Officer", "second secret", role="sho")
    _store_marker(vault, "shared")
    vault.close()
    assert {o.badge for o in list_officers(data_dir)} == {OFFICER_BADGE, "KP-2002"}
    second = Vault.unlock(data_dir, "KP-2002", "second secret")
    assert second.get_meta("marker") == "shared"
    with pytest.raises(OfficerExists):
        second.add_officer(OFFICER_BADGE, "Duplicate", "x")
    second.close()


def test_unknown_officer_is_named(vault, data_dir):
    vault.close()
    with pytest.raises(UnknownOfficer, match="KP-9999"):
        Vault.unlock(data_dir, "KP-9999", OFFICER_PASSWORD)


def test_password_change_rewraps_the_key_without_touching_the_data(vault, data_dir):
    _store_marker(vault, "before")
    vault.close()
    database_before = (data_dir / DB_NAME).read_bytes()
    opened = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    # Checkpoint so that reading the database file shows only what the password change does.
    opened.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with pytest.raises(WrongPassword):
        opened.change_password("wrong old password", "new secret")
    opened.change_password(OFFICER_PASSWORD, "new secret")
    pages_before = _pages(database_before)
    pages_after = _pages((data_dir / DB_NAME).read_bytes())
    # Only the audit entry was written: most pages are byte-identical, so nothing was re-encrypted.
    unchanged = sum(1 for a, b in zip(pages_before, pages_after, strict=False) if a == b)
    assert unchanged >= len(pages_before) - 4
    opened.close()
    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    reopened = Vault.unlock(data_dir, OFFICER_BADGE, "new secret")
    assert reopened.get_meta("marker") == "before"
    reopened.close()


def _pages(content: bytes, size: int = 4096) -> list[bytes]:
    return [content[i : i + size] for i in range(0, len(content), size)]


def test_removed_officer_cannot_open_the_vault_even_with_an_old_keyring(vault, data_dir, tmp_path):
    vault.add_officer("KP-2002", "Leaving Officer", "leaver secret")
    _store_marker(vault, "sensitive")
    old_keyring = tmp_path / "stolen-keyring.json"
    shutil.copy(data_dir / KEYRING_NAME, old_keyring)
    vault.remove_officer("KP-2002")
    assert {o.badge for o in vault.officers()} == {OFFICER_BADGE}
    vault.close()

    with pytest.raises(UnknownOfficer):
        Vault.unlock(data_dir, "KP-2002", "leaver secret")
    # The leaver kept a copy of the keyring from before: their old data key no longer fits.
    current_keyring = (data_dir / KEYRING_NAME).read_bytes()
    shutil.copy(old_keyring, data_dir / KEYRING_NAME)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(data_dir, "KP-2002", "leaver secret")
    (data_dir / KEYRING_NAME).write_bytes(current_keyring)
    stayer = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    assert stayer.get_meta("marker") == "sensitive"
    stayer.close()


def test_a_vault_cannot_be_created_twice(vault, data_dir):
    with pytest.raises(VaultExists):
        Vault.create(data_dir, badge="X", name="Y", password="z", station="S")


def test_missing_vault_says_how_to_create_one(tmp_path):
    with pytest.raises(VaultMissing, match="fieldclient init"):
        Vault.unlock(tmp_path / "nowhere", OFFICER_BADGE, OFFICER_PASSWORD)


def test_missing_database_file_is_reported(vault, data_dir):
    vault.close()
    (data_dir / DB_NAME).unlink()
    with pytest.raises(VaultMissing, match="backup"):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)


def test_a_file_that_is_not_a_vault_is_refused(vault, data_dir):
    vault.close()
    (data_dir / DB_NAME).write_bytes(b"this is a shopping list, not a database" * 200)
    with pytest.raises(VaultCorrupt):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)


def test_a_damaged_keyring_is_refused(vault, data_dir):
    vault.close()
    (data_dir / KEYRING_NAME).write_text("{not json")
    with pytest.raises(NotAVault, match="backup"):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)


def test_a_tampered_page_is_detected(vault, data_dir):
    with vault.transaction():
        vault.conn.execute("CREATE TABLE filler (text TEXT)")
        vault.conn.executemany("INSERT INTO filler VALUES (?)", [("v" * 200,)] * 200)
    vault.close()
    raw = bytearray((data_dir / DB_NAME).read_bytes())
    page = 4096
    last_page = len(raw) // page - 1
    assert last_page > 3
    raw[last_page * page + 100] ^= 0xFF  # flip a byte inside the last page (the filler)
    (data_dir / DB_NAME).write_bytes(bytes(raw))
    opened = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        with pytest.raises(VaultCorrupt, match="integrity check"):
            opened.check_integrity()
    finally:
        opened.close()


def test_an_intact_vault_passes_the_integrity_check(vault):
    _store_marker(vault, "fine")
    vault.check_integrity()


def test_plain_sqlite_is_refused_as_unsafe():
    conn = sqlite3.connect(":memory:")
    with pytest.raises(UnsafeSqlcipherBuild):
        check_build(conn)  # type: ignore[arg-type]


def test_default_key_derivation_is_strong(monkeypatch):
    monkeypatch.delenv("FIELDCLIENT_INSECURE_FAST_KDF", raising=False)
    params = new_kdf_params()
    assert params.memory_kib >= 64 * 1024
    assert params.iterations >= 3
    assert len(bytes.fromhex(params.salt_hex)) == 16


def test_sealed_keys_open_only_with_the_matching_private_key():
    private, public = keywrap.new_officer_keypair()
    other_private, _ = keywrap.new_officer_keypair()
    box = keywrap.seal_to_public_key(public, b"k" * 32, b"ctx")
    assert keywrap.open_sealed(private, box, b"ctx") == b"k" * 32
    with pytest.raises(keywrap.UnwrapFailed):
        keywrap.open_sealed(other_private, box, b"ctx")
    with pytest.raises(keywrap.UnwrapFailed):
        keywrap.open_sealed(private, box, b"other context")


@pytest.mark.parametrize("cut", ["before the database was rekeyed", "after it was rekeyed"])
def test_a_rekey_cut_by_a_power_failure_still_opens_and_is_finished(
    vault, data_dir, tmp_path, monkeypatch, cut
):
    """The keyring got both keys (step 1), then the power went: the database is under the old
    key or already under the new one, and the keyring still holds both."""
    vault.add_officer("KP-2002", "Leaving Officer", "leaver secret")
    vault.add_officer("KP-3003", "Staying Officer", "stayer secret")
    _store_marker(vault, "survives")
    vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old_database = (data_dir / DB_NAME).read_bytes()
    saved: list[bytes] = []
    save = Keyring.save
    monkeypatch.setattr(
        Keyring, "save", lambda ring: (save(ring), saved.append(ring.path.read_bytes()))
    )
    vault.remove_officer("KP-2002")
    vault.close()
    monkeypatch.undo()
    both_keys = saved[0]
    assert all(len(e["sealed_data_keys"]) == 2 for e in json.loads(both_keys)["officers"])
    (data_dir / KEYRING_NAME).write_bytes(both_keys)
    if cut == "before the database was rekeyed":
        (data_dir / DB_NAME).write_bytes(old_database)

    opened = Vault.unlock(data_dir, "KP-3003", "stayer secret")
    assert opened.get_meta("marker") == "survives"
    opened.close()

    ring = json.loads((data_dir / KEYRING_NAME).read_text())
    assert all(len(e["sealed_data_keys"]) == 1 for e in ring["officers"])
    assert {e["badge"] for e in ring["officers"]} == {OFFICER_BADGE, "KP-3003"}
    Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD).close()
    with pytest.raises(UnknownOfficer):
        Vault.unlock(data_dir, "KP-2002", "leaver secret")


def test_read_only_data_dir_still_answers_wrong_password(tmp_path):
    with small_disk(tmp_path / "small", size_kib=2048) as disk:
        Vault.create(
            disk / "data", badge=OFFICER_BADGE, name="A", password=OFFICER_PASSWORD, station=STATION
        ).close()
        remount_read_only(disk)
        # The failure cannot be counted on a read-only disk, but the officer still gets the answer.
        with pytest.raises(WrongPassword):
            Vault.unlock(disk / "data", OFFICER_BADGE, "bad")
        ring = json.loads((disk / "data" / KEYRING_NAME).read_text())
        assert ring["officers"][0]["failed_attempts"] == 0
