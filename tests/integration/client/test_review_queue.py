"""The review queue across two devices through the real server (issue 17.4): a Moharrir refuses
to register an FIR, the SHO's device finds it in the inbox at its next sync and returns it with a
reason, and the reason reaches the Moharrir's device at its next sync."""

from __future__ import annotations

import pytest

from fieldclient.domain import review
from fieldclient.domain.roles import RoleRefused
from fieldclient.services.review import ReviewService
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload


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
    device = new_device(badge="KP-1", confirm_role=False)
    fir = device.records.create("fir", fir_payload())
    device.records.transition(fir.id, "registered", "entered in the daily diary")
    report = device.sync.sync_once()
    assert report.rejected == 1
    assert "role_not_allowed" in device.records.refusals(fir.id)[0]
    assert server_roles(device.session.vault) == {"KP-1": "traffic_warden"}
    assert device.session.vault.role == "traffic_warden"  # the device acts on the server's
    assert [o.role for o in device.session.vault.officers()] == ["sho"]  # the keyring keeps its own


def test_a_wardens_void_proposal_returned_by_the_sho_reaches_the_warden(new_device):
    warden = new_device(badge="TW-1", role="traffic_warden")
    sho = new_device(badge="SHO-1")
    challan = warden.records.create("challan", challan_payload("LEA-4321"))
    warden.records.transition(challan.id, "void_proposed", "the plate was misread")
    assert warden.sync_ok().rejected == 0

    sho.sync_ok()
    (waiting,) = ReviewService(sho.records).inbox("sho")
    assert (waiting.id, review.author(waiting)) == (challan.id, "TW-1")
    ReviewService(sho.records).decide(challan.id, review.RETURNED, "the photo shows LEA-4321")
    assert sho.sync_ok().rejected == 0

    warden.sync_ok()
    (returned,) = ReviewService(warden.records).returned_to("TW-1")
    assert returned.status == "issued"
    decision = review.returned(returned)
    assert decision is not None
    assert (decision["by"], decision["reason"]) == ("SHO-1", "the photo shows LEA-4321")

    warden.records.transition(challan.id, "void_proposed", "the vehicle type is wrong")
    warden.sync_ok()
    sho.sync_ok()
    ReviewService(sho.records).decide(challan.id, review.APPROVED, "agreed: a car, not a van")
    assert sho.sync_ok().rejected == 0
    warden.sync_ok()
    voided = warden.repo.get(challan.id)
    assert voided.status == "voided"
    assert (voided.history[-1]["by"], voided.history[-1]["reason"]) == (
        "SHO-1",
        "agreed: a car, not a van",
    )


def test_a_tenant_returned_by_the_moharrir_is_corrected_and_waits_again(new_device):
    clerk = new_device(badge="CL-1", role="clerk")
    moharrir = new_device(badge="MO-1", role="moharrir")
    tenant = clerk.records.create("tenant", tenant_payload())
    assert clerk.sync_ok().rejected == 0
    moharrir.sync_ok()
    assert [r.id for r in ReviewService(moharrir.records).inbox("moharrir")] == [tenant.id]
    ReviewService(moharrir.records).decide(tenant.id, review.RETURNED, "no reference CNIC")
    assert moharrir.sync_ok().rejected == 0

    clerk.sync_ok()
    (returned,) = ReviewService(clerk.records).returned_to("CL-1")
    assert review.returned(returned)["reason"] == "no reference CNIC"
    clerk.records.transition(tenant.id, "submitted", "CNIC added")
    assert clerk.sync_ok().rejected == 0
    moharrir.sync_ok()
    assert [r.id for r in ReviewService(moharrir.records).inbox("moharrir")] == [tenant.id]
    ReviewService(moharrir.records).decide(tenant.id, review.APPROVED)
    assert moharrir.sync_ok().rejected == 0
    clerk.sync_ok()
    assert not review.waiting(clerk.repo.get(tenant.id))
