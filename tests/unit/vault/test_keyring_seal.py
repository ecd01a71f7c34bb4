"""keyring.json is sealed with a key derived from the data key: whoever can write the data folder
but knows no password cannot add a "ghost" officer that the next ordinary unlock would hand the
data key to (the attack: an entry with the attacker's own public key and two sealed keys, which
an unlock took for an interrupted rekey and finished by sealing the data key to every entry)."""

import json
import os
from pathlib import Path

import pytest

from fieldclient.vault import keywrap
from fieldclient.vault.errors import KeyringTampered, VaultError
from fieldclient.vault.kdf_profile import new_kdf_params
from fieldclient.vault.vault import KEYRING_NAME, KEYRING_SEALED_META, Vault
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD

GHOST = "GHOST-1"
GHOST_PASSWORD = "the attacker knows this one"
OTHER = "KP-2002"
OTHER_PASSWORD = "second secret"


def _ring(data_dir: Path) -> dict:
    return json.loads((data_dir / KEYRING_NAME).read_text())


def _write_ring(data_dir: Path, ring: dict) -> None:
    (data_dir / KEYRING_NAME).write_text(json.dumps(ring))


def _ghost_entry(vault_id: str) -> dict:
    """What the attacker writes: a key pair and a password of their own, and two sealed "data
    keys" that are random bytes (they know no data key), so the entry looks mid-rekey."""
    private_key, public_key = keywrap.new_officer_keypair()
    kdf = new_kdf_params()
    sealed_private = keywrap.aead_seal(
        keywrap.derive_password_key(GHOST_PASSWORD, kdf),
        private_key,
        b"fieldclient officer key v1:" + vault_id.encode(),
    )
    return {
        "badge": GHOST,
        "name": "Nobody",
        "kdf": kdf.to_dict(),
        "sealed_private_key": sealed_private.hex(),
        "public_key": public_key.hex(),
        "sealed_data_keys": [os.urandom(92).hex(), os.urandom(92).hex()],
        "failed_attempts": 0,
        "last_failure_at": 0.0,
    }


def _plant_ghost(data_dir: Path, **changes: object) -> bytes:
    ring = _ring(data_dir) | changes
    ring["officers"].append(_ghost_entry(ring["vault_id"]))
    _write_ring(data_dir, ring)
    return (data_dir / KEYRING_NAME).read_bytes()


def _as_older_version(vault: Vault) -> None:
    """The vault as the version before the seal left it: no seal, no meta flag."""
    with vault.transaction():
        vault.conn.execute("DELETE FROM meta WHERE key = ?", (KEYRING_SEALED_META,))
    vault.close()
    ring = _ring(vault.data_dir)
    ring["format"] = 1
    del ring["seals"]
    for entry in ring["officers"]:
        del entry["confirmed"]
    _write_ring(vault.data_dir, ring)


def _ghost_cannot_open(data_dir: Path) -> None:
    with pytest.raises(VaultError):
        Vault.unlock(data_dir, GHOST, GHOST_PASSWORD)


def test_a_ghost_officer_is_refused_and_never_gets_the_data_key(vault, data_dir):
    vault.close()
    planted = _plant_ghost(data_dir)

    with pytest.raises(KeyringTampered, match="does not match its seal"):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)

    assert (data_dir / KEYRING_NAME).read_bytes() == planted  # nothing "repaired"
    _ghost_cannot_open(data_dir)


def test_a_ghost_in_a_keyring_stripped_of_its_seal_is_refused(vault, data_dir):
    vault.close()
    ring = _ring(data_dir)
    del ring["seals"]
    _write_ring(data_dir, ring | {"format": 1})
    planted = _plant_ghost(data_dir)

    with pytest.raises(KeyringTampered, match="seal was removed"):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)

    assert (data_dir / KEYRING_NAME).read_bytes() == planted
    _ghost_cannot_open(data_dir)


@pytest.mark.parametrize("field", ["name", "public_key"])
def test_a_changed_officer_name_or_public_key_is_refused(vault, data_dir, field):
    vault.add_officer(OTHER, "Second Officer", OTHER_PASSWORD)
    vault.close()
    ring = _ring(data_dir)
    other = next(e for e in ring["officers"] if e["badge"] == OTHER)
    other[field] = "Somebody Else" if field == "name" else keywrap.new_officer_keypair()[1].hex()
    _write_ring(data_dir, ring)

    with pytest.raises(KeyringTampered):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)


def test_wrong_passwords_counted_in_the_file_do_not_break_the_seal(vault, data_dir):
    vault.close()
    with pytest.raises(VaultError):
        Vault.unlock(data_dir, OFFICER_BADGE, "not the password")
    assert _ring(data_dir)["officers"][0]["failed_attempts"] == 1
    Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD).close()
    assert _ring(data_dir)["officers"][0]["failed_attempts"] == 0


def test_a_keyring_from_before_the_seal_opens_and_is_sealed_at_its_first_unlock(vault, data_dir):
    vault.add_officer(OTHER, "Second Officer", OTHER_PASSWORD)
    vault.add_officer("KP-3003", "Third Officer", "third secret")
    _as_older_version(vault)

    first = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    audit = first.conn.execute("SELECT detail FROM audit WHERE action = 'keyring.seal'").fetchall()
    with pytest.raises(VaultError, match=r"KP-3003.*unlock once"):
        first.remove_officer(OTHER)  # KP-3003 is not proved genuine yet: no new key for them
    first.close()

    ring = _ring(data_dir)
    assert ring["format"] == 2 and ring["seals"]
    confirmed = {e["badge"]: e["confirmed"] for e in ring["officers"]}
    assert confirmed == {OFFICER_BADGE: True, OTHER: False, "KP-3003": False}
    assert json.loads(audit[0][0]) == {"unconfirmed": [OTHER, "KP-3003"]}

    Vault.unlock(data_dir, "KP-3003", "third secret").close()  # proves their own entry
    assert {e["badge"]: e["confirmed"] for e in _ring(data_dir)["officers"]}["KP-3003"]
    again = Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    again.remove_officer(OTHER)  # the one unconfirmed entry is the one removed
    again.close()
    Vault.unlock(data_dir, "KP-3003", "third secret").close()


def test_a_ghost_planted_before_the_seal_is_left_out_and_gets_no_key(vault, data_dir):
    vault.add_officer(OTHER, "Second Officer", OTHER_PASSWORD)
    _as_older_version(vault)
    _plant_ghost(data_dir)  # looks like an interrupted rekey: the old version resealed to it
    ghost_boxes = _ring(data_dir)["officers"][-1]["sealed_data_keys"]

    Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD).close()

    ghost = next(e for e in _ring(data_dir)["officers"] if e["badge"] == GHOST)
    assert ghost["confirmed"] is False and ghost["sealed_data_keys"] == ghost_boxes
    _ghost_cannot_open(data_dir)
    Vault.unlock(data_dir, OTHER, OTHER_PASSWORD).close()  # the genuine officer still opens


def test_an_officer_entry_whose_public_key_is_not_its_own_is_refused(vault, data_dir):
    """In an unsealed keyring, the unlocking officer's public key swapped for the attacker's:
    the box still opens (it is bound to the private key), so the key itself is compared."""
    _as_older_version(vault)
    ring = _ring(data_dir)
    ring["officers"][0]["public_key"] = keywrap.new_officer_keypair()[1].hex()
    _write_ring(data_dir, ring)

    with pytest.raises(KeyringTampered, match="public key"):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
