import itertools
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldclient.domain.merge import (
    get_path,
    guarding_clock,
    merge_records,
    merge_writes,
    set_path,
    union_entries,
)


def hlc(ms: int, device: str) -> str:
    return f"{ms:015d}:00000:{device}"


def test_newer_write_wins_and_an_older_one_is_kept_as_a_conflict():
    data = {"place": "Saddar"}
    clocks = {"place": hlc(10, "a")}
    newer = merge_writes("r1", data, clocks, {"place": "Gulberg"}, hlc(20, "b"), officer="B-2")
    assert newer.data["place"] == "Gulberg"
    assert newer.clocks["place"] == hlc(20, "b")
    assert newer.conflicts == []

    older = merge_writes(
        "r1", newer.data, newer.clocks, {"place": "Cantt"}, hlc(15, "c"), officer="C-3"
    )
    assert older.data["place"] == "Gulberg"
    assert older.won_paths == []
    (conflict,) = older.conflicts
    assert conflict.field == "place"
    assert conflict.winner.value == "Gulberg" and conflict.winner.hlc == hlc(20, "b")
    assert conflict.loser.value == "Cantt" and conflict.loser.officer == "C-3"


def test_base_clocks_reveal_a_concurrent_write_that_wins():
    data, clocks = {"place": "Saddar"}, {"place": hlc(10, "a")}
    officers = {"place": "A-1"}
    merged = merge_writes(
        "r1",
        data,
        clocks,
        {"place": "Gulberg"},
        hlc(20, "b"),
        officer="B-2",
        officers=officers,
        base_clocks={"place": hlc(5, "z")},
    )
    assert merged.data["place"] == "Gulberg"
    (conflict,) = merged.conflicts
    assert conflict.loser.value == "Saddar"
    assert conflict.loser.officer == "A-1"
    assert conflict.winner.officer == "B-2"


def test_sequential_edit_over_the_seen_value_is_not_a_conflict():
    clocks = {"place": hlc(10, "a")}
    merged = merge_writes(
        "r1",
        {"place": "Saddar"},
        clocks,
        {"place": "Gulberg"},
        hlc(20, "b"),
        officer="B-2",
        base_clocks={"place": hlc(10, "a")},
    )
    assert merged.conflicts == []
    assert merged.data["place"] == "Gulberg"


def test_replaying_the_same_write_changes_nothing():
    clocks = {"place": hlc(10, "a")}
    merged = merge_writes("r1", {"place": "X"}, clocks, {"place": "X"}, hlc(10, "a"), officer="A")
    assert merged.won_paths == [] and merged.conflicts == []


def test_ancestor_write_guards_descendants_and_replaces_their_clocks():
    data = {"informant": {"name": "Ali", "cnic": "35202-1234567-1"}}
    clocks = {"informant.cnic": hlc(10, "a")}
    assert guarding_clock(clocks, "informant") == hlc(10, "a")
    whole = merge_writes(
        "r1", data, clocks, {"informant": {"name": "Bilal"}}, hlc(30, "b"), officer="B"
    )
    assert whole.data["informant"] == {"name": "Bilal"}
    assert whole.clocks == {"informant": hlc(30, "b")}
    stale_leaf = merge_writes(
        "r1", whole.data, whole.clocks, {"informant.cnic": "1"}, hlc(20, "c"), officer="C"
    )
    assert get_path(stale_leaf.data, "informant.cnic") is None
    assert len(stale_leaf.conflicts) == 1


def test_set_path_creates_intermediate_objects():
    data: dict = {}
    set_path(data, "driver.licence_no", "LHR-1")
    assert data == {"driver": {"licence_no": "LHR-1"}}


def test_union_entries_orders_by_clock_then_device_and_drops_duplicates():
    a = {"id": "1", "hlc": hlc(20, "a"), "device": "a", "text": "second"}
    b = {"id": "2", "hlc": hlc(10, "b"), "device": "b", "text": "first"}
    merged = union_entries([a], [b, a])
    assert [entry["text"] for entry in merged] == ["first", "second"]


def record(data, clocks, *, status="draft", number=None, statements=()):
    return {
        "id": "r1",
        "status": status,
        "data": data,
        "clocks": clocks,
        "number": number,
        "provisional_number": None,
        "history": [],
        "statements": list(statements),
        "updated_at": "2024-01-01T00:00:00+05:00",
    }


def test_merge_records_keeps_newer_fields_from_each_side_and_server_number():
    local = record(
        {"place": "L", "narrative": "old"}, {"place": hlc(30, "a"), "narrative": hlc(1, "a")}
    )
    remote = record(
        {"place": "R", "narrative": "new"},
        {"place": hlc(20, "b"), "narrative": hlc(25, "b")},
        number="12/2024",
    )
    merged = merge_records(local, remote)
    assert merged.record["data"] == {"place": "L", "narrative": "new"}
    assert merged.record["number"] == "12/2024"
    assert merged.conflicts == []


def test_merge_records_reports_a_pending_local_edit_overtaken_remotely():
    local = record({"place": "L"}, {"place": hlc(15, "a")})
    remote = record({"place": "R"}, {"place": hlc(20, "b")})
    merged = merge_records(local, remote, pending_base_clocks={"place": hlc(5, "a")})
    assert merged.record["data"]["place"] == "R"
    (conflict,) = merged.conflicts
    assert conflict.loser.value == "L" and conflict.winner.value == "R"


def test_merge_records_unions_statements():
    s1 = {"id": "s1", "hlc": hlc(1, "a"), "device": "a", "text": "one"}
    s2 = {"id": "s2", "hlc": hlc(2, "b"), "device": "b", "text": "two"}
    merged = merge_records(record({}, {}, statements=[s2]), record({}, {}, statements=[s1]))
    assert [s["id"] for s in merged.record["statements"]] == ["s1", "s2"]


writes = st.lists(
    st.tuples(
        st.sampled_from(["place", "informant", "informant.name", "informant.cnic"]),
        st.integers(min_value=0, max_value=5),
        st.integers(min_value=1, max_value=40),
        st.sampled_from(["a", "b", "c"]),
    ),
    min_size=1,
    max_size=5,
    unique_by=lambda w: (w[2], w[3]),
)


@settings(deadline=None, max_examples=60)
@given(writes)
def test_every_order_of_the_same_writes_converges(write_list):
    outcomes = set()
    for order in itertools.permutations(write_list):
        data: dict = {}
        clocks: dict = {}
        for path, value, ms, device in order:
            merged = merge_writes("r", data, clocks, {path: value}, hlc(ms, device), officer=device)
            data, clocks = merged.data, merged.clocks
        outcomes.add(json.dumps([data, clocks], sort_keys=True))
    assert len(outcomes) == 1
