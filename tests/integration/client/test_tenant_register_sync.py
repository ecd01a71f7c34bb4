"""A tenant record of the shape before issue 13 still loads, lists and syncs; the new fields and
the returned-for-correction and vacated states travel through the real server to another device."""

from __future__ import annotations

from fieldclient.domain.records import kind_of
from fieldclient.vault.repository import RecordQuery
from tests.helpers.payloads import tenant_payload


def old_shape() -> dict:
    """What the tenant form saved before issue 13: no new field, the dealer without CNIC, the
    references without address, the family as a count."""
    return {
        **tenant_payload("Old Shape"),
        "family_count": 3,
        "property_dealer": {"name": "Khyber Estate", "phone": "0312-9998887"},
        "references": [
            {"name": "Amjad Ali", "phone": "0301-2223334"},
            {"name": "Naveed Iqbal", "phone": "0321-4445556", "cnic": "17301-5556667-1"},
        ],
    }


def test_an_old_shape_record_lists_and_syncs_then_takes_the_new_fields(new_device):
    clerk, sho = new_device(), new_device(badge="KP-2")
    made = clerk.records.create("tenant", old_shape())
    clerk.sync_ok()
    sho.sync_ok()

    pulled = sho.records.find(RecordQuery(record_type="tenant"))
    assert [record.id for record in pulled] == [made.id]
    assert kind_of("tenant").summary(pulled[0])["title"] == "Old Shape"
    assert pulled[0].data == made.data

    sho.records.transition(made.id, "returned_for_correction", "reference 1 has no CNIC")
    sho.sync_ok()
    clerk.sync_ok()
    assert clerk.repo.get(made.id).status == "returned_for_correction"

    references = [{**made.data["references"][0], "cnic": "17301-2223334-1"}]
    references.append(made.data["references"][1])
    clerk.records.edit(
        made.id,
        {"references": references, "possession_at": "2026-11-20T10:00:00+05:00"},
    )
    clerk.records.transition(made.id, "submitted")
    clerk.sync_ok()
    sho.sync_ok()
    corrected = sho.repo.get(made.id)
    assert corrected.status == "submitted"
    assert corrected.data["references"][0]["cnic"] == "17301-2223334-1"
    assert corrected.data["possession_at"] == "2026-11-20T10:00:00+05:00"

    sho.records.edit(made.id, {"vacated_on": corrected.data["start_date"]})
    sho.records.transition(made.id, "vacated")
    sho.sync_ok()
    clerk.sync_ok()
    left = clerk.repo.get(made.id)
    assert (left.status, left.data["vacated_on"]) == ("vacated", corrected.data["start_date"])
    assert clerk.repo.pending_count() == 0 == sho.repo.pending_count()
