"""The sync engine declares the vault's officers to the server before it pushes (issue 12.10):
a second officer added to a shared vault can sync their records, and the server knows who they
are; an unchanged list is not declared again."""

from __future__ import annotations

from sqlalchemy import select

from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from sync.client.officers import DECLARED_OFFICERS
from sync.server.db.tables import device_officers, officers
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
