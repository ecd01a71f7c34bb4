"""The sync engine declares the vault's officers to the server before it pushes (issue 12.10):
a second officer added to a shared vault can sync their records, and the server knows who they
are; an unchanged list is not declared again."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from fieldclient.domain import roles
from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from sync.client.officers import DECLARED_OFFICERS, role_requests, server_roles
from sync.server.db.tables import device_officers, officers
from sync.server.services.officers import set_role
from tests.helpers.payloads import fir_payload
from tests.integration.client.conftest import PASSWORD


def known_to_server(admin, device_id: str, station: str) -> tuple[set[str], dict[str, str]]:
    with admin.engine.connect() as connection:
        declared = set(
            connection.execute(
                select(device_officers.c.badge).where(device_officers.c.device_id == device_id)
            ).scalars()
        )
        roster = {
            row.badge: row.name
            for row in connection.execute(select(officers).where(officers.c.station == station))
        }
    return declared, roster


def test_a_second_officer_of_a_shared_vault_syncs_their_records(new_device, admin, station):
    first = new_device(badge="KP-1")
    first.records.create("fir", fir_payload())
    assert first.sync_ok().pushed == 1
    assert known_to_server(admin, first.device_id, station) == ({"KP-1"}, {"KP-1": "Officer KP-1"})
    declared_once = first.session.vault.get_meta(DECLARED_OFFICERS)

    first.sync_ok()  # nothing new: the same list is not declared again
    assert first.session.vault.get_meta(DECLARED_OFFICERS) == declared_once

    first.session.vault.add_officer("KP-2", "ASI Khan", PASSWORD)
    folder = first.session.vault.data_dir
    second = open_session(folder, "KP-2", PASSWORD)
    try:
        made = RecordService(second).create("fir", fir_payload("Second Informant"))
    finally:
        second.close()
    report = first.sync_ok()
    assert (report.pushed, report.rejected) == (1, 0)
    assert known_to_server(admin, first.device_id, station) == (
        {"KP-1", "KP-2"},
        {"KP-1": "Officer KP-1", "KP-2": "ASI Khan"},
    )
    pulled = first.repo.get(made.id)
    assert pulled is not None and pulled.created_by == "KP-2"


def test_a_role_changed_on_the_server_reaches_the_device_at_its_next_sync(
    new_device, admin, station
):
    device = new_device(badge="KP-1")  # the administrator confirmed the keyring's SHO
    vault = device.session.vault
    fir = device.records.create("fir", fir_payload())
    device.sync_ok()
    assert (vault.role, server_roles(vault)) == ("sho", {"KP-1": "sho"})

    set_role(admin.engine, station, "KP-1", "traffic_warden")  # demoted on the server
    device.sync_ok()
    assert (vault.role, server_roles(vault)) == ("traffic_warden", {"KP-1": "traffic_warden"})
    assert not roles.may(vault.role, roles.Action.REVIEW)  # the inbox is no longer offered
    with pytest.raises(roles.RoleRefused):
        device.records.transition(fir.id, "registered", "verified")
    assert [o.role for o in vault.officers()] == ["sho"]  # the keyring still says what it said

    set_role(admin.engine, station, "KP-1", "sho")
    device.sync_ok()
    assert vault.role == "sho"


def test_a_role_the_keyring_raises_waits_for_the_server_administrator(new_device, admin, station):
    device = new_device(badge="KP-1", confirm_role=False)  # the station's first device: SHO
    vault = device.session.vault
    device.sync_ok()  # its first declaration is taken whole
    assert server_roles(vault) == {"KP-1": "sho"}
    vault.add_officer("KP-2", "SI Raza", PASSWORD, "investigating_officer")
    device.sync_ok()
    assert server_roles(vault) == {"KP-1": "sho", "KP-2": "moharrir"}
    assert role_requests(vault) == {"KP-2": "investigating_officer"}
    assert vault.role_of("KP-2") == "moharrir"  # what the server checks KP-2's changes against

    set_role(admin.engine, station, "KP-2", "investigating_officer")
    device.sync_ok()
    assert (role_requests(vault), vault.role_of("KP-2")) == ({}, "investigating_officer")
