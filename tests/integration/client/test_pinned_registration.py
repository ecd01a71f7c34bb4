"""A registered FIR's content is pinned (issue 13): the registration entry carries the hash of
the FIR as registered, and the real server refuses a registration whose hash differs from the
draft it holds, keeping it as a conflict for review. Two devices, one station, offline edits."""

from __future__ import annotations

from fieldclient.domain.records.pinning import PIN_KEY, content_pin
from sync.protocol.errors import RejectCode
from tests.helpers.payloads import fir_payload


def test_a_concurrent_offline_draft_edit_cannot_change_a_registered_fir(new_device):
    first, second = new_device(), new_device(badge="KP-2")
    draft = first.records.create("fir", fir_payload() | {"narrative": "Two men took the bike."})
    first.sync_ok()
    second.sync_ok()

    # Offline on both: the second officer edits the draft; the first registers (and prints) it.
    second.records.edit(draft.id, {"narrative": "Three men took the bike and a phone."})
    registered = first.records.transition(draft.id, "registered", "Diary 14")
    entry = registered.history[-1]
    assert entry[PIN_KEY] == content_pin(registered.data)

    second.sync_ok()  # the draft edit reaches the server first
    report = first.sync_ok()  # then the registration of the content the first device printed

    [refused] = report.rejections
    assert (refused.record_id, refused.op, refused.code) == (
        draft.id,
        "transition",
        RejectCode.CONTENT_CHANGED,
    )
    second.sync_ok()
    for device in (first, second):
        [conflict] = device.conflicts.list_conflicts()
        assert (conflict.record_id, conflict.field) == (draft.id, "status")
        assert {conflict.mine, conflict.theirs} == {"registered", "draft"}
    on_second = second.repo.get(draft.id)
    assert on_second.status == "draft"  # nobody's copy says "registered" for other content
    assert on_second.number is None
    assert on_second.data["narrative"] == "Three men took the bike and a phone."

    # Reviewed: the officer registers the FIR as it now stands; that registration goes through.
    second.records.transition(draft.id, "registered", "Diary 15, content checked")
    second.sync_ok()
    first.sync_ok()
    final = first.repo.get(draft.id)
    assert final.status == "registered" and final.number is not None
    assert final.data["narrative"] == "Three men took the bike and a phone."


def test_a_registration_of_the_content_the_server_holds_goes_through(new_device):
    first, second = new_device(), new_device(badge="KP-2")
    draft = first.records.create("fir", fir_payload())
    first.sync_ok()
    second.sync_ok()
    first.records.edit(draft.id, {"place": "Chowk Yadgar"})
    first.records.transition(draft.id, "registered", "Diary 14")

    report = first.sync_ok()
    second.sync_ok()

    assert report.rejections == []
    registered = second.repo.get(draft.id)
    assert registered.status == "registered" and registered.data["place"] == "Chowk Yadgar"
    assert registered.history[-1][PIN_KEY] == content_pin(registered.data)
