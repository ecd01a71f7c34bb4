"""Review decisions that move a record (issue 17.4): a warden's proposed challan void, approved
(voided, the SHO and the reason in its history) or returned (issued again, the warden sees why);
a clerk's tenant registration returned for correction, corrected, resubmitted and waiting again;
who may decide what."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from fieldclient.domain import review
from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.roles import RoleRefused
from fieldclient.services.records import RecordService
from fieldclient.services.review import ReviewService
from fieldclient.services.session import create_vault, open_session
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload

OTHERS = {"TW-1": "traffic_warden", "CL-1": "clerk", "MO-1": "moharrir"}
PASSWORD = "another officer's password"


@pytest.fixture
def station(data_dir: Path) -> Path:
    """A vault whose SHO (OFFICER_BADGE) added a warden, a clerk and a Moharrir."""
    session = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    for badge, role in OTHERS.items():
        session.vault.add_officer(badge, f"Officer {badge}", PASSWORD, role)
    session.close()
    return data_dir


@contextmanager
def signed_in(data_dir: Path, badge: str) -> Iterator[RecordService]:
    password = OFFICER_PASSWORD if badge == OFFICER_BADGE else PASSWORD
    session = open_session(data_dir, badge, password)
    try:
        yield RecordService(session)
    finally:
        session.close()


def test_a_warden_proposes_a_void_and_the_shos_approval_voids_it(station):
    with signed_in(station, "TW-1") as warden:
        challan = warden.create("challan", challan_payload())
        with pytest.raises(RoleRefused, match="SHO"):
            warden.transition(challan.id, "voided", "wrong plate")  # only the SHO voids
        warden.transition(challan.id, "void_proposed", "wrong plate written")
        with pytest.raises(RoleRefused):
            ReviewService(warden).decide(challan.id, review.APPROVED)
        assert ReviewService(warden).inbox("traffic_warden") == []
    with signed_in(station, OFFICER_BADGE) as sho:
        reviews = ReviewService(sho)
        (waiting,) = reviews.inbox("sho")
        assert waiting.id == challan.id and review.author(waiting) == "TW-1"
        reviews.decide(challan.id, review.APPROVED)
        voided = sho.get(challan.id)
        assert voided.status == "voided"
        last = voided.history[-1]
        assert (last["from"], last["by"], last["reason"]) == (
            "void_proposed",
            OFFICER_BADGE,
            "wrong plate written",  # no reason typed: the warden's stands
        )
        assert reviews.inbox() == [] and reviews.returned_to("TW-1") == []


def test_a_returned_void_leaves_the_challan_issued_and_the_warden_sees_why(station):
    with signed_in(station, "TW-1") as warden:
        challan = warden.create("challan", challan_payload())
        warden.transition(challan.id, "void_proposed", "driver says it was not him")
        with pytest.raises(RoleRefused):
            warden.transition(challan.id, "issued", "changed my mind")  # a return is the SHO's
    with signed_in(station, OFFICER_BADGE) as sho:
        with pytest.raises(ValidationFailed) as no_reason:
            ReviewService(sho).decide(challan.id, review.RETURNED, "")
        assert no_reason.value.fields == ["review.reason"]
        ReviewService(sho).decide(challan.id, review.RETURNED, "the camera shows his car")
        assert ReviewService(sho).inbox() == []
    with signed_in(station, "TW-1") as warden:
        again = warden.get(challan.id)
        assert again.status == "issued" and again.data == challan.data
        decision = review.returned(again)
        assert decision is not None
        assert (decision["by"], decision["reason"]) == (OFFICER_BADGE, "the camera shows his car")
        assert [r.id for r in ReviewService(warden).returned_to("TW-1")] == [challan.id]
        warden.transition(challan.id, "void_proposed", "a second look: wrong vehicle type")
        proposed = warden.get(challan.id)
        assert review.waiting(proposed) and review.returned(proposed) is None


def test_a_returned_tenant_is_corrected_and_waits_again(station):
    with signed_in(station, "CL-1") as clerk:
        tenant = clerk.create("tenant", tenant_payload())
        assert ReviewService(clerk).inbox("clerk") == []  # a clerk reviews nothing
        with pytest.raises(RoleRefused):
            ReviewService(clerk).decide(tenant.id, review.RETURNED, "no")
    with signed_in(station, "MO-1") as moharrir:  # a Moharrir reviews tenants, not FIRs
        fir = moharrir.create("fir", fir_payload())
        moharrir.transition(fir.id, "refused", "a civil dispute")
        assert [r.id for r in ReviewService(moharrir).inbox("moharrir")] == [tenant.id]
        ReviewService(moharrir).decide(tenant.id, review.RETURNED, "reference 2 has no CNIC")
        assert moharrir.get(tenant.id).status == "returned_for_correction"
    with signed_in(station, "CL-1") as clerk:
        (returned,) = ReviewService(clerk).returned_to("CL-1")
        assert review.returned(returned)["reason"] == "reference 2 has no CNIC"
        clerk.edit(tenant.id, {"tenant": {**tenant.data["tenant"], "phone": "0301-1112223"}})
        clerk.transition(tenant.id, "submitted", "reference's CNIC added")
        assert ReviewService(clerk).returned_to("CL-1") == []
    with signed_in(station, OFFICER_BADGE) as sho:
        reviews = ReviewService(sho)
        assert {r.id for r in reviews.inbox("sho")} == {tenant.id, fir.id}
        (corrected,) = [r for r in reviews.inbox("sho") if r.id == tenant.id]
        assert review.author(corrected) == "CL-1"
        reviews.decide(tenant.id, review.APPROVED)
        approved = sho.get(tenant.id)
        assert approved.status == "submitted" and not review.waiting(approved)
        assert approved.data["review"]["entry"] == approved.history[-1]["id"]


def test_a_decision_from_before_entries_were_named_still_counts(station):
    """FIR decisions stored before ``entry`` existed name the status only; they still decide."""
    with signed_in(station, OFFICER_BADGE) as sho:
        fir = sho.create("fir", fir_payload())
        sho.transition(fir.id, "refused", "a civil dispute")
        stored = sho.get(fir.id)
        stored.data["review"] = {"status": "refused", "decision": "approved", "by": "X", "at": "t"}
        assert not review.waiting(stored)
