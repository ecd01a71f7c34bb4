"""The review queue across two devices through the real server (issue 17.4): a Moharrir refuses
to register an FIR, the SHO's device finds it in the inbox at its next sync and returns it with a
reason, and the reason reaches the Moharrir's device at its next sync."""

from __future__ import annotations

import pytest

from fieldclient.domain import review
from fieldclient.domain.roles import RoleRefused
from fieldclient.services.review import ReviewService
from tests.helpers.payloads import fir_payload


def test_a_return_with_its_reason_reaches_the_authors_device(new_device):
    moharrir = new_device(badge="MO-1", role="moharrir")
    sho = new_device(badge="SHO-1")
    fir = moharrir.records.create("fir", fir_payload())
    moharrir.records.transition(fir.id, "refused", "the matter is a civil dispute")
    assert ReviewService(moharrir.records).inbox()[0].id == fir.id  # waits, here too
    with pytest.raises(RoleRefused, match="SHO"):
        ReviewService(moharrir.records).decide(fir.id, review.APPROVED)
    assert moharrir.sync_ok().rejected == 0

    sho.sync_ok()
    inbox = ReviewService(sho.records).inbox()
    assert [record.id for record in inbox] == [fir.id]
    assert review.author(inbox[0]) == "MO-1"
    ReviewService(sho.records).decide(fir.id, review.RETURNED, "record the informant's CNIC")
    assert ReviewService(sho.records).inbox() == []
    assert sho.sync_ok().rejected == 0

    assert ReviewService(moharrir.records).returned_to("MO-1") == []  # not synced yet
    moharrir.sync_ok()
    (returned,) = ReviewService(moharrir.records).returned_to("MO-1")
    decision = review.returned(returned)
    assert decision is not None
    assert (decision["by"], decision["reason"]) == ("SHO-1", "record the informant's CNIC")
    assert ReviewService(moharrir.records).inbox() == []


def test_the_servers_roles_reach_the_device_and_its_refusals_are_worded(new_device, admin, station):
    """A closed roster: the administrator made KP-1 a traffic warden, while the device's keyring
    says SHO. The server refuses the registration, and the device learns the server's role."""
    from sync.client.officers import server_roles
    from sync.server.services.officers import add_officer, set_roster

    set_roster(admin.engine, station, "closed")
    add_officer(
        admin.engine, station, "KP-1", "Officer KP-1", admin.server.now_ms(), "traffic_warden"
    )
    device = new_device(badge="KP-1")
    fir = device.records.create("fir", fir_payload())
    device.records.transition(fir.id, "registered", "entered in the daily diary")
    report = device.sync.sync_once()
    assert report.rejected == 1
    assert "role_not_allowed" in device.records.refusals(fir.id)[0]
    assert server_roles(device.session.vault) == {"KP-1": "traffic_warden"}
    assert device.session.vault.role == "sho"  # the keyring keeps its own: the SHO changes it
