"""The parts of the conflict rule the client and the server share beyond field merges: local
edits, clocks of a created record, status changes, and a pulled version over pending writes."""

from __future__ import annotations

from fieldclient.domain.merge import (
    PendingWrites,
    apply_status_change,
    fill_missing_clocks,
    mark_written,
    merge_pulled,
)


def hlc(ms: int, device: str) -> str:
    return f"{ms:015d}:00000:{device}"


def doc(status: str, data: dict, clocks: dict, history: list | None = None) -> dict:
    return {
        "id": "r1",
        "status": status,
        "data": data,
        "clocks": clocks,
        "history": history or [],
        "statements": [],
        "number": None,
        "provisional_number": None,
        "updated_at": "",
    }


def test_a_local_edit_clocks_each_path_and_drops_the_clocks_under_it():
    clocks = {"informant.name": hlc(1, "a"), "informant.cnic": hlc(2, "a"), "place": hlc(1, "a")}
    mark_written(clocks, ["informant"], hlc(5, "a"))
    assert clocks == {"informant": hlc(5, "a"), "place": hlc(1, "a")}


def test_a_created_record_gets_the_creation_clock_where_it_has_none():
    clocks = {"informant.name": hlc(1, "a")}
    fill_missing_clocks({"informant": {}, "place": "x"}, clocks, hlc(3, "a"))
    assert clocks == {"informant.name": hlc(1, "a"), "place": hlc(3, "a"), "status": hlc(3, "a")}


def test_a_status_change_records_the_status_left_and_keeps_the_newest_clock():
    record = doc("issued", {}, {"status": hlc(9, "a")})
    entry = {"id": "e1", "to": "contested", "from": "paid", "hlc": hlc(4, "b"), "device": "b"}
    apply_status_change(record, entry)
    assert record["status"] == "contested"
    assert record["history"] == [{**entry, "from": "issued"}]
    assert record["clocks"]["status"] == hlc(9, "a")


def test_pending_writes_stay_on_top_of_a_pulled_version_and_a_concurrent_one_is_a_conflict():
    local = doc(
        "contested",
        {"place": "Saddar", "narrative": "mine"},
        {"place": hlc(5, "a"), "narrative": hlc(5, "a"), "status": hlc(5, "a")},
    )
    remote = doc(
        "paid",
        {"place": "Gulberg", "narrative": "theirs"},
        {"place": hlc(8, "b"), "narrative": hlc(8, "b"), "status": hlc(8, "b")},
    )
    pending = PendingWrites()
    pending.add_update(["place"], {"place": hlc(1, "z")}, "A-1")
    pending.add_status_change()
    merged = merge_pulled(local, remote, pending)
    record = merged.record
    assert (record["data"]["place"], record["clocks"]["place"]) == ("Saddar", hlc(5, "a"))
    assert record["status"] == "contested"
    assert record["data"]["narrative"] == "theirs"  # not pending: the newer clock wins
    assert [c.field for c in merged.conflicts] == ["place"]
    assert pending.officers == {"place": "A-1"}
