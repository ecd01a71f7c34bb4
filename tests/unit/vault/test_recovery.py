"""The station recovery key and password resets: a forgotten password is not a lost vault, and
neither path gives the data key to anyone who did not already hold it."""

import json
import shutil

import pytest

from fieldclient.vault import keywrap
from fieldclient.vault.errors import KeyringTampered, VaultError, WrongPassword, WrongRecoveryKey
from fieldclient.vault.recovery_key import key_text
from fieldclient.vault.vault import KEYRING_NAME, Vault
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD

OTHER = "KP-2002"
OTHER_PASSWORD = "second secret"
NEW_PASSWORD = "a new long password"


def _ring(data_dir) -> dict:
    return json.loads((data_dir / KEYRING_NAME).read_text())


def _marked(vault: Vault, value: str) -> None:
    with vault.transaction():
        vault.set_meta("marker", value)


def test_a_forgotten_password_is_replaced_with_the_recovery_key(vault, data_dir):
    key = vault.make_recovery_key()
    _marked(vault, "kept")
    vault.close()
    assert len(key.split("-")) == 13
    assert key.replace("-", "") not in (data_dir / KEYRING_NAME).read_text()

    typed = key.lower().replace("-", " ")  # as an officer may type it from the printout
    recovered = Vault.recover(data_dir, OFFICER_BADGE, typed, NEW_PASSWORD)
    assert recovered.get_meta("marker") == "kept"
    recovered.close()

    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    reopened = Vault.unlock(data_dir, OFFICER_BADGE, NEW_PASSWORD)
    actions = [row[0] for row in reopened.conn.execute("SELECT action FROM audit ORDER BY seq")]
    assert actions[-2:] == ["recovery.new", "officer.recover"]
    reopened.close()


def test_a_wrong_or_mistyped_recovery_key_changes_nothing(vault, data_dir):
    vault.make_recovery_key()
    vault.close()
    before = (data_dir / KEYRING_NAME).read_bytes()
    another = key_text(keywrap.new_officer_keypair()[0])
    with pytest.raises(WrongRecoveryKey, match="not the key of this station"):
        Vault.recover(data_dir, OFFICER_BADGE, another, NEW_PASSWORD)
    with pytest.raises(WrongRecoveryKey, match=r"^Recovery key: it has 52"):
        Vault.recover(data_dir, OFFICER_BADGE, "ABCD-EFGH", NEW_PASSWORD)
    with pytest.raises(WrongRecoveryKey, match=r"^Recovery key: only the letters"):
        Vault.recover(data_dir, OFFICER_BADGE, "1" * 52, NEW_PASSWORD)
    assert (data_dir / KEYRING_NAME).read_bytes() == before
    Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD).close()


def test_a_vault_without_a_recovery_key_says_so(vault, data_dir):
    vault.close()
    with pytest.raises(WrongRecoveryKey, match="has none yet"):
        Vault.recover(data_dir, OFFICER_BADGE, key_text(bytes(32)), NEW_PASSWORD)


def test_a_planted_recovery_entry_is_refused(vault, data_dir):
    """Whoever can write the folder swaps in a recovery key of their own: the seal catches it."""
    vault.make_recovery_key()
    vault.close()
    private_key, public_key = keywrap.new_officer_keypair()
    ring = _ring(data_dir)
    ring["recovery"] = {"public_key": public_key.hex(), "sealed_data_keys": [bytes(92).hex()]}
    (data_dir / KEYRING_NAME).write_text(json.dumps(ring))
    with pytest.raises(VaultError):
        Vault.recover(data_dir, OFFICER_BADGE, key_text(private_key), NEW_PASSWORD)
    with pytest.raises(KeyringTampered):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)


def test_a_new_recovery_key_replaces_the_old_one(vault, data_dir):
    old = vault.make_recovery_key()
    new = vault.make_recovery_key()
    vault.close()
    assert old != new
    with pytest.raises(WrongRecoveryKey):
        Vault.recover(data_dir, OFFICER_BADGE, old, NEW_PASSWORD)
    Vault.recover(data_dir, OFFICER_BADGE, new, NEW_PASSWORD).close()


def test_the_recovery_key_still_opens_after_an_officer_is_removed(vault, data_dir):
    """Removing an officer rekeys the database; the recovery key gets the new data key."""
    key = vault.make_recovery_key()
    vault.add_officer(OTHER, "Second Officer", OTHER_PASSWORD)
    vault.remove_officer(OTHER)
    _marked(vault, "after rekey")
    vault.close()
    assert len(_ring(data_dir)["recovery"]["sealed_data_keys"]) == 1
    recovered = Vault.recover(data_dir, OFFICER_BADGE, key, NEW_PASSWORD)
    assert recovered.get_meta("marker") == "after rekey"
    recovered.close()


def test_an_officer_resets_another_officers_password(vault, data_dir):
    vault.add_officer(OTHER, "Second Officer", OTHER_PASSWORD)
    vault.reset_password(OTHER, NEW_PASSWORD)
    with pytest.raises(VaultError, match="Change my password"):
        vault.reset_password(OFFICER_BADGE, NEW_PASSWORD)
    vault.close()
    with pytest.raises(WrongPassword):
        Vault.unlock(data_dir, OTHER, OTHER_PASSWORD)
    Vault.unlock(data_dir, OTHER, NEW_PASSWORD).close()
    Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD).close()


def test_a_keyring_stripped_of_its_seal_opens_neither_way(vault, data_dir, tmp_path):
    """An unsealed keyring cannot prove its recovery entry genuine: no recovery through it."""
    key = vault.make_recovery_key()
    vault.close()
    ring = _ring(data_dir)
    ring["format"] = 1
    del ring["seals"]
    copy = tmp_path / "copy"
    shutil.copytree(data_dir, copy)
    (copy / KEYRING_NAME).write_text(json.dumps(ring))
    with pytest.raises(KeyringTampered):  # the vault knows its keyring was sealed
        Vault.unlock(copy, OFFICER_BADGE, OFFICER_PASSWORD)
    with pytest.raises(KeyringTampered):
        Vault.recover(copy, OFFICER_BADGE, key, NEW_PASSWORD)
