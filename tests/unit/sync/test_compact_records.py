"""Records with compact clocks on the wire: the server's compact text expands to the record it
holds, and a malformed compact form refuses the page."""

import json
import uuid

import pytest

from fieldclient.domain.compact_clocks import compact_clocks
from fieldclient.domain.fingerprint import canonical_json
from fieldclient.domain.hlc import HybridLogicalClock
from sync.client.errors import BadServerResponse
from sync.client.page_check import check_page
from sync.protocol.compact import NotCompact, compact_record_json, expand_record
from sync.protocol.messages import PullResponse

STATION = "PSH-1"


def record() -> dict:
    device = uuid.uuid4().hex
    clock = HybridLogicalClock(device)
    created, edited = clock.now(), clock.now()
    data = {"tenant": {"name": "Zahid Khan", "cnic": "15602-1112223-5"}, "family_count": 4}
    return {
        "id": uuid.uuid4().hex,
        "type": "tenant",
        "status": "submitted",
        "data": data,
        "station": STATION,
        "created_by": "KP-9",
        "created_at": "2026-01-02T10:00:00+05:00",
        "updated_at": "2026-01-02T10:00:00+05:00",
        "device_id": device,
        "number": None,
        "provisional_number": None,
        "history": [],
        "statements": [],
        "clocks": {
            "tenant.name": created,
            "tenant.cnic": edited,
            "family_count": created,
            "status": created,
            "tenant.phone": created,  # a field written and later removed
        },
    }


def page(records: list) -> PullResponse:
    return PullResponse(
        server_time=1_800_000_000_000,
        records=records,
        conflicts=[],
        challan_blocks=[],
        next_cursor=2,
        has_more=False,
    )


def test_the_compact_text_expands_to_the_record_the_server_holds():
    held = record()
    sent = json.loads(compact_record_json(canonical_json(held)))
    assert sent["clocks"]["c"] == held["clocks"]["status"]
    assert len(json.dumps(sent)) < len(json.dumps(held))
    assert expand_record(sent) == held
    checked = check_page(page([sent]), STATION, 1, compact_clocks=True)
    assert checked.records[0].to_dict() == held


def test_a_record_without_clocks_travels_without_them():
    held = record() | {"clocks": {}}
    sent = json.loads(compact_record_json(canonical_json(held)))
    assert sent["clocks"] == {} and expand_record(sent) == held


@pytest.mark.parametrize(
    "clocks",
    [
        "001700000000000:00000:abc",
        {"c": 5},
        {"c": "x", "when": "now"},
        {"o": ["tenant.name"]},
        {"o": {"tenant.name": 5}},
        {"m": "tenant.name"},
        {"m": [5]},
    ],
)
def test_malformed_compact_clocks_are_refused(clocks):
    sent = record() | {"clocks": clocks}
    with pytest.raises(NotCompact):
        expand_record(sent)
    with pytest.raises(BadServerResponse, match="record 0 has malformed compact clocks"):
        check_page(page([sent]), STATION, 1, compact_clocks=True)


@pytest.mark.parametrize("sent", [[1], {"clocks": {}}, {"data": [], "clocks": {}}])
def test_a_record_that_is_no_record_is_refused(sent):
    with pytest.raises(NotCompact):
        expand_record(sent)


def test_a_compact_clock_that_is_no_clock_is_refused_as_any_bad_clock():
    sent = json.loads(compact_record_json(canonical_json(record())))
    sent["clocks"]["c"] = "noon"
    with pytest.raises(BadServerResponse, match="not a clock"):
        check_page(page([sent]), STATION, 1, compact_clocks=True)


def _written_in_one_go() -> dict:
    held = record()
    clock = held["clocks"]["status"]
    return held | {
        "clocks": {path: clock for path in ("tenant.name", "tenant.cnic", "family_count", "status")}
    }


@pytest.mark.parametrize(
    "held",
    [
        _written_in_one_go(),
        record(),  # an edited field and a removed one
        _written_in_one_go() | {"data": {"tenant": {"name": "Zahid Khan"}, "family_count": 4}},
        _written_in_one_go() | {"data": {"tenant.name": "x", "tenant": {"name": "y"}}},
    ],
    ids=["one clock", "edited", "a clock without its field", "two fields with one path"],
)
def test_the_server_compacts_as_the_domain_does(held):
    sent = json.loads(compact_record_json(canonical_json(held)))
    assert sent["clocks"] == compact_clocks(held["clocks"], held["data"])
    assert expand_record(sent) == held
