import json

from hypothesis import given, settings
from hypothesis import strategies as st

from fieldclient.domain.compact_clocks import compact_clocks, expand_clocks, implied_paths
from fieldclient.domain.field_paths import leaf_paths


def hlc(ms: int, device: str = "dev-a") -> str:
    return f"{ms:015d}:00000:{device}"


def test_a_record_written_in_one_go_keeps_only_its_record_clock():
    data = {"place": "Saddar", "informant": {"name": "Asad", "cnic": "35202"}}
    clocks = {path: hlc(5) for path in ("place", "informant.name", "informant.cnic", "status")}
    assert compact_clocks(clocks, data) == {"c": hlc(5)}
    assert expand_clocks({"c": hlc(5)}, data) == clocks


def test_a_later_edit_a_deleted_field_and_an_unclocked_field_are_explicit():
    data = {"place": "Gulberg", "informant": {"name": "Asad"}, "remarks": "late"}
    clocks = {
        "place": hlc(9),  # edited later
        "informant.name": hlc(5),
        "status": hlc(5),
        "informant.cnic": hlc(7),  # cleared: a clock but no value
        "informant": hlc(5),  # an ancestor written whole, same clock as the record
    }
    compact = compact_clocks(clocks, data)
    assert compact == {
        "c": hlc(5),
        "o": {"place": hlc(9), "informant.cnic": hlc(7), "informant": hlc(5)},
        "m": ["remarks"],
    }
    assert expand_clocks(compact, data) == clocks


def test_no_clocks_compact_to_nothing():
    assert compact_clocks({}, {"a": 1}) == {}
    assert expand_clocks({}, {"a": 1}) == {}


def test_the_most_common_clock_is_the_record_clock_and_ties_go_to_the_newest():
    data = {"a": 1, "b": 2, "c": 3}
    clocks = {"a": hlc(1), "b": hlc(2), "c": hlc(2), "status": hlc(1)}
    assert compact_clocks(clocks, data)["c"] == hlc(2)


def test_status_is_implied_even_when_data_has_no_fields():
    assert implied_paths({}) == ["status"]
    assert compact_clocks({"status": hlc(3)}, {}) == {"c": hlc(3)}


_keys = st.sampled_from(["a", "b", "c", "status", "x.y", "informant", "cnic", "نام"])
_leaves = st.one_of(
    st.none(), st.integers(), st.text(max_size=4), st.lists(st.integers(), max_size=2)
)
_data = st.recursive(
    st.dictionaries(_keys, _leaves, max_size=4),
    lambda children: st.dictionaries(_keys, st.one_of(_leaves, children), max_size=4),
    max_leaves=12,
)
_clock = st.builds(hlc, st.integers(0, 4), st.sampled_from(["dev-a", "dev-b"]))


@st.composite
def _data_and_clocks(draw: st.DrawFn) -> tuple[dict, dict[str, str]]:
    data = draw(_data)
    paths = [*leaf_paths(data), "status", "gone", "a.gone", "informant", "x"]
    chosen = draw(st.lists(st.sampled_from(paths), unique=True))
    return data, {path: draw(_clock) for path in chosen}


@settings(max_examples=400, deadline=None)
@given(_data_and_clocks())
def test_expanding_the_compact_form_gives_back_exactly_the_clocks(case):
    data, clocks = case
    compact = compact_clocks(clocks, data)
    assert json.loads(json.dumps(compact)) == compact
    assert expand_clocks(compact, data) == clocks


@settings(max_examples=200, deadline=None)
@given(_data_and_clocks())
def test_the_compact_form_never_holds_more_entries_than_the_clocks(case):
    data, clocks = case
    compact = compact_clocks(clocks, data)
    assert len(compact.get("o", {})) <= len(clocks)
