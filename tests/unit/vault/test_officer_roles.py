"""Officers' roles in the keyring's sealed officer list (issue 17.4): set by the SHO, refused when
changed in the file, read with a documented default from a keyring written before roles."""

import json

import pytest

from fieldclient.domain import roles
from fieldclient.domain.roles import RoleRefused
from fieldclient.vault.errors import KeyringTampered, VaultError
from fieldclient.vault.vault import KEYRING_NAME, SERVER_ROLES_META, Vault, list_officers
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD

WARDEN, WARDEN_PASSWORD = "TW-3003", "warden's own secret"


def _entries(data_dir):
    ring = json.loads((data_dir / KEYRING_NAME).read_text())
    return ring, {entry["badge"]: entry for entry in ring["officers"]}


def test_the_first_officer_is_the_sho_and_added_officers_carry_their_role(vault, data_dir):
    vault.add_officer(WARDEN, "Warden", WARDEN_PASSWORD, roles.TRAFFIC_WARDEN)
    assert vault.role == roles.SHO
    assert vault.role_of(WARDEN) == roles.TRAFFIC_WARDEN
    vault.set_role(WARDEN, roles.CLERK)
    vault.close()
    assert {o.badge: o.role for o in list_officers(data_dir)} == {
        OFFICER_BADGE: roles.SHO,
        WARDEN: roles.CLERK,
    }
    again = Vault.unlock(data_dir, WARDEN, WARDEN_PASSWORD)
    assert again.role == roles.CLERK
    again.close()


def test_a_role_changed_in_the_file_is_refused_like_any_tampered_entry(vault, data_dir):
    vault.add_officer(WARDEN, "Warden", WARDEN_PASSWORD, roles.TRAFFIC_WARDEN)
    vault.close()
    ring, entries = _entries(data_dir)
    entries[WARDEN]["role"] = roles.SHO
    (data_dir / KEYRING_NAME).write_text(json.dumps(ring))
    with pytest.raises(KeyringTampered):
        Vault.unlock(data_dir, WARDEN, WARDEN_PASSWORD)
    del entries[WARDEN]["role"]  # stripped to "no role" (the default) is a change too
    (data_dir / KEYRING_NAME).write_text(json.dumps(ring))
    with pytest.raises(KeyringTampered):
        Vault.unlock(data_dir, WARDEN, WARDEN_PASSWORD)


def test_an_unknown_role_in_the_file_is_a_damaged_keyring(vault, data_dir):
    vault.close()
    ring, entries = _entries(data_dir)
    entries[OFFICER_BADGE]["role"] = "commissioner"
    (data_dir / KEYRING_NAME).write_text(json.dumps(ring))
    with pytest.raises(VaultError, match="unreadable or damaged"):
        Vault.unlock(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)


def _as_before_roles(vault: Vault) -> None:
    """What an earlier version wrote: entries without a role, sealed over a view without one."""
    ring = vault._ring
    for entry in ring.officers.values():
        entry.role = None
    ring.reseal([vault._data_key])
    ring.save()


def test_a_keyring_from_before_roles_opens_with_the_default_and_names_its_sho(vault, data_dir):
    vault.add_officer(WARDEN, "Second", WARDEN_PASSWORD)
    _as_before_roles(vault)
    vault.close()
    assert "role" not in _entries(data_dir)[1][OFFICER_BADGE]
    opened = Vault.unlock(data_dir, WARDEN, WARDEN_PASSWORD)  # the seal still holds
    assert opened.role == roles.DEFAULT_ROLE == roles.MOHARRIR
    # no SHO in the keyring yet: any officer may name one (so the station can), then only the SHO
    opened.set_role(OFFICER_BADGE, roles.SHO)
    with pytest.raises(RoleRefused, match="SHO"):
        opened.set_role(WARDEN, roles.SHO)
    opened.close()
    assert {o.badge: o.role for o in list_officers(data_dir)} == {
        OFFICER_BADGE: roles.SHO,
        WARDEN: roles.MOHARRIR,
    }


def test_only_the_sho_manages_officers_and_the_last_sho_stays(vault, data_dir):
    vault.add_officer(WARDEN, "Warden", WARDEN_PASSWORD, roles.TRAFFIC_WARDEN)
    with pytest.raises(VaultError, match="only SHO"):
        vault.set_role(OFFICER_BADGE, roles.MOHARRIR)
    with pytest.raises(VaultError, match="Role"):
        vault.set_role(WARDEN, "commissioner")
    vault.close()
    warden = Vault.unlock(data_dir, WARDEN, WARDEN_PASSWORD)
    for attempt in (
        lambda: warden.set_role(WARDEN, roles.SHO),
        lambda: warden.add_officer("X-1", "Someone", "a password here", roles.SHO),
        lambda: warden.reset_password(OFFICER_BADGE, "a new password here"),
        lambda: warden.remove_officer(OFFICER_BADGE),
    ):
        with pytest.raises(RoleRefused, match="traffic warden"):
            attempt()
    assert warden.role_of(WARDEN) == roles.TRAFFIC_WARDEN
    assert {o.badge for o in warden.officers()} == {OFFICER_BADGE, WARDEN}
    warden.close()


def test_the_records_follow_the_role_the_server_holds_and_the_keyring_its_own(vault):
    """Sync state ``sync.server_roles`` (what the last sync brought) decides ``role``/``role_of``;
    managing the keyring still follows the keyring's own roles."""
    vault.add_officer(WARDEN, "Warden", WARDEN_PASSWORD, roles.TRAFFIC_WARDEN)
    with vault.transaction():
        vault.set_meta(SERVER_ROLES_META, json.dumps({OFFICER_BADGE: roles.MOHARRIR}))
    assert (vault.role, vault.role_of(WARDEN)) == (roles.MOHARRIR, roles.TRAFFIC_WARDEN)
    assert not roles.may(vault.role, roles.Action.REVIEW)
    vault.set_role(WARDEN, roles.CLERK)  # still the keyring's SHO
    assert [o.role for o in vault.officers()] == [roles.SHO, roles.CLERK]
    with vault.transaction():
        vault.set_meta(SERVER_ROLES_META, "not json")
    assert vault.role == roles.SHO
