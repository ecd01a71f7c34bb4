"""Two devices of one station, each offline for a while, converge through the real server
(SQLite and PostgreSQL): records, official FIR numbers, server verdicts and concurrent edits."""

from __future__ import annotations

from fieldclient.domain.records import fir
from sync.server.core.clock import now_ms
from sync.server.services.admin import set_status_by_server
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.sync_server_fixtures import server_on_every_backend

server = server_on_every_backend()


def test_records_made_offline_on_each_device_reach_the_other(new_device):
    first, second = new_device(), new_device(badge="KP-2")
    made_on_first = {
        first.records.create("fir", fir_payload(f"Informant {i}")).id for i in range(3)
    }
    made_on_second = {second.records.create("tenant", tenant_payload()).id}
    edited = first.records.edit(next(iter(made_on_first)), {"place": "Qissa Khwani Bazaar"})

    first.sync_ok()
    second.sync_ok()
    first.sync_ok()

    everything = made_on_first | made_on_second
    assert first.record_ids() == everything == second.record_ids()
    assert second.repo.get(edited.id).data["place"] == "Qissa Khwani Bazaar"
    assert first.repo.pending_count() == 0 == second.repo.pending_count()
    assert first.repo.get(edited.id).to_dict() == second.repo.get(edited.id).to_dict()
    assert len(second.records.find_ids(_search("Informant"))) == 3  # the search index was fed


def test_official_fir_numbers_and_tenant_verdicts_arrive_by_pull(new_device, admin, station):
    first, second = new_device(), new_device(badge="KP-2")
    draft = first.records.create("fir", fir_payload())
    tenant = second.records.create("tenant", tenant_payload())
    first.records.transition(draft.id, "registered", "Diary 14")
    assert first.repo.get(draft.id).number is None
    first.sync_ok()
    second.sync_ok()
    set_status_by_server(admin.engine, tenant.id, "verified", None, now_ms())
    first.sync_ok()
    second.sync_ok()

    year = int(draft.created_at[:4])
    for device in (first, second):
        registered = device.repo.get(draft.id)
        assert registered.number == fir.official_number(station, year, 1)
        assert registered.provisional_number == draft.provisional_number
        assert device.repo.get(tenant.id).status == "verified"


def test_a_concurrent_edit_is_kept_as_a_conflict_and_its_resolution_syncs(new_device):
    first, second = new_device(), new_device(badge="KP-2")
    draft = first.records.create("fir", fir_payload())
    first.sync_ok()
    second.sync_ok()
    first.records.edit(draft.id, {"place": "Chowk Yadgar"})
    second.records.edit(draft.id, {"place": "Firdous Cinema"})
    first.sync_ok()
    report = second.sync_ok()

    assert report.conflicts == 1
    [conflict] = second.conflicts.list_conflicts()
    assert (conflict.field, conflict.mine, conflict.theirs) == (
        "place",
        "Firdous Cinema",
        "Chowk Yadgar",
    )
    assert second.repo.get(draft.id).data["place"] == "Firdous Cinema"  # the later write won

    first.sync_ok()
    [seen_by_first] = first.conflicts.list_conflicts()
    assert (seen_by_first.mine, seen_by_first.winner) == ("Chowk Yadgar", "theirs")
    second.conflicts.resolve(conflict.id, "theirs")
    assert second.conflicts.list_conflicts() == []
    second.sync_ok()
    first.sync_ok()
    assert first.repo.get(draft.id).data["place"] == "Chowk Yadgar"
    assert first.conflicts.list_conflicts() == []  # settled by the resolution made on second
    assert second.repo.get(draft.id).to_dict() == first.repo.get(draft.id).to_dict()


def test_a_conflict_and_its_resolution_pulled_together_leave_nothing_open(new_device):
    first, second = new_device(), new_device(badge="KP-2")
    draft = first.records.create("fir", fir_payload())
    first.sync_ok()
    second.sync_ok()
    first.records.edit(draft.id, {"place": "Chowk Yadgar"})
    second.records.edit(draft.id, {"place": "Firdous Cinema"})
    first.sync_ok()
    second.sync_ok()
    [conflict] = second.conflicts.list_conflicts()
    second.conflicts.resolve(conflict.id, "theirs")
    second.sync_ok()
    # First was away the whole time: the conflict and its resolution arrive in one pull.
    first.sync_ok()
    assert first.repo.get(draft.id).data["place"] == "Chowk Yadgar"
    assert first.conflicts.list_conflicts() == []


def _search(text: str):  # type: ignore[no-untyped-def]
    from fieldclient.vault.repository import RecordQuery

    return RecordQuery(record_type="fir", search=text)
