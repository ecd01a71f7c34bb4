"""The data folder is owner-only (0700) and every vault file 0600, whatever the umask."""

import os
import stat
from pathlib import Path

import pytest

from fieldclient.vault.vault import DB_NAME, KEYRING_NAME, Vault
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD, STATION

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")

VAULT_FILES = (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYRING_NAME)


@pytest.fixture
def lenient_umask():
    previous = os.umask(0o022)  # the usual default: files 0644, folders 0755
    yield
    os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_vault_is_readable_by_its_owner_only(data_dir, lenient_umask):
    vault = Vault.create(
        data_dir, badge=OFFICER_BADGE, name="A", password=OFFICER_PASSWORD, station=STATION
    )
    try:
        with vault.transaction():
            vault.set_meta("marker", "x")  # the WAL and shared-memory files exist now
        assert _mode(data_dir) == 0o700
        assert {name: _mode(data_dir / name) for name in VAULT_FILES} == dict.fromkeys(
            VAULT_FILES, 0o600
        )
        vault.add_officer("KP-2", "B", "second secret")  # the keyring rewritten
        assert _mode(data_dir / KEYRING_NAME) == 0o600
    finally:
        vault.close()


def test_an_older_world_readable_vault_is_tightened_at_unlock(vault, data_dir, lenient_umask):
    vault.close()
    data_dir.chmod(0o755)
    for name in (DB_NAME, KEYRING_NAME):
        (data_dir / name).chmod(0o644)

    reopened = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    reopened.close()

    assert _mode(data_dir) == 0o700
    assert _mode(data_dir / DB_NAME) == 0o600
    assert _mode(data_dir / KEYRING_NAME) == 0o600
