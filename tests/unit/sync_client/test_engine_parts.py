"""The sync engine's parts that need no server: backoff, pins, page checks, the server clock."""

from __future__ import annotations

import threading
import uuid

import pytest

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.hlc import system_ms as local_ms
from sync.client.backoff import RetryPolicy, with_retries
from sync.client.errors import BadServerResponse, ServerUnreachable, SyncCancelled
from sync.client.page_check import check_page
from sync.client.pinning import normalise_fingerprint
from sync.client.server_clock import ServerClock
from sync.client.sync_warnings import SyncWarning, SyncWarningKind
from sync.protocol.messages import PullResponse
from tests.helpers.payloads import tenant_payload

NOW_MS = 1_767_225_600_000  # 2026-01-01T00:00Z


def test_backoff_waits_grow_but_stay_under_the_cap():
    policy = RetryPolicy(base_seconds=1, cap_seconds=5)
    for attempt in range(8):
        assert 0 <= policy.delay(attempt) <= min(5, 2**attempt)


def test_only_an_unreachable_server_is_retried_and_only_so_often():
    calls = []

    def unreachable() -> None:
        calls.append(1)
        raise ServerUnreachable("down")

    with pytest.raises(ServerUnreachable):
        with_retries(unreachable, RetryPolicy(attempts=3, base_seconds=0))
    assert len(calls) == 3

    def refused() -> None:
        calls.append(1)
        raise BadServerResponse("garbage")

    with pytest.raises(BadServerResponse):
        with_retries(refused, RetryPolicy(attempts=3, base_seconds=0))
    assert len(calls) == 4


def test_a_stopped_policy_cancels_before_the_next_try():
    stop = threading.Event()
    calls = []

    def fails_then_stops() -> None:
        calls.append(1)
        stop.set()
        raise ServerUnreachable("down")

    with pytest.raises(SyncCancelled):
        with_retries(fails_then_stops, RetryPolicy(attempts=5, base_seconds=0, stop=stop))
    assert len(calls) == 1


def test_a_fingerprint_is_accepted_with_colons_and_refused_when_short():
    digest = "AB:" * 31 + "CD"
    assert normalise_fingerprint(digest) == ("ab" * 31 + "cd")
    with pytest.raises(ValueError, match="64 hex digits"):
        normalise_fingerprint("ab:cd")


def _record(station: str) -> dict:
    device = uuid.uuid4().hex
    clock = HybridLogicalClock(device).now()
    return {
        "id": uuid.uuid4().hex,
        "type": "tenant",
        "status": "submitted",
        "data": tenant_payload(),
        "station": station,
        "created_by": "KP-9",
        "created_at": "2026-01-02T10:00:00+05:00",
        "updated_at": "2026-01-02T10:00:00+05:00",
        "device_id": device,
        "clocks": {"tenant": clock, "status": clock},
    }


def _page(records: list[dict], next_cursor: int, has_more: bool = False) -> PullResponse:
    return PullResponse(
        server_time=local_ms(),
        records=records,
        conflicts=[],
        challan_blocks=[],
        next_cursor=next_cursor,
        has_more=has_more,
    )


def test_a_good_page_gives_records_and_the_newest_clock():
    records = [_record("PSH-1"), _record("PSH-1")]
    checked = check_page(_page(records, 7), "PSH-1", 5)
    assert [r.id for r in checked.records] == [r["id"] for r in records]
    assert checked.newest_clock == max(r["clocks"]["tenant"] for r in records)


@pytest.mark.parametrize(
    ("page", "reason"),
    [
        (_page([_record("PSH-2")], 7), "another station"),
        (_page([], 4), "cursor went back"),
        (_page([], 5, has_more=True), "did not move"),
        (_page([{**_record("PSH-1"), "id": "../etc"}], 7), "not a record id"),
        (_page([{**_record("PSH-1"), "clocks": {"tenant": "noon"}}], 7), "not a clock"),
        (_page([{**_record("PSH-1"), "secret": 1}], 7), "malformed"),
    ],
)
def test_a_bad_page_is_refused_naming_the_fault(page, reason):
    with pytest.raises(BadServerResponse, match=reason):
        check_page(page, "PSH-1", 5)


def test_the_server_clock_corrects_the_hlc_and_warns_when_far_off():
    hlc = HybridLogicalClock("dev1", wall_clock_ms=lambda: NOW_MS)
    clock = ServerClock(hlc)
    clock.observe(server_time=NOW_MS + 3_600_000, sent_ms=NOW_MS - 1000, received_ms=NOW_MS + 1000)
    assert hlc.offset_ms == 3_600_000
    assert hlc.now().startswith(f"{NOW_MS + 3_600_000:015d}:")
    assert clock.warning() == SyncWarning(SyncWarningKind.CLOCK_BEHIND, {"minutes": 60})
    assert "60 minutes behind" in str(clock.warning())
    clock.observe(server_time=NOW_MS + 50, sent_ms=NOW_MS, received_ms=NOW_MS)
    assert clock.warning() is None


@pytest.mark.parametrize("server_time", [0, 999_999_999_999_999], ids=["1970", "year 33658"])
def test_a_server_time_that_is_no_plausible_time_is_ignored(server_time):
    hlc = HybridLogicalClock("dev1", wall_clock_ms=lambda: NOW_MS)
    clock = ServerClock(hlc, offset_ms=1500)
    clock.observe(server_time=server_time, sent_ms=NOW_MS, received_ms=NOW_MS)
    assert clock.offset_ms == hlc.offset_ms == 1500


def test_a_record_clocked_far_past_the_server_time_is_counted_and_not_followed():
    sane, future = _record("PSH-1"), _record("PSH-1")
    future["clocks"]["tenant"] = "999999999999999:99999:" + uuid.uuid4().hex
    checked = check_page(_page([sane, future], 7), "PSH-1", 5)
    assert checked.far_future_records == 1
    assert checked.newest_clock == max(sane["clocks"]["tenant"], future["clocks"]["status"])


def test_a_batch_size_halves_on_failure_and_grows_back_carefully():
    from sync.client.batch_size import AdaptiveSize

    size = AdaptiveSize.start(500)
    size.shrink(500)
    size.shrink(size.value)
    assert size.value == 125
    grown = []
    for _ in range(8):
        size.grow()
        grown.append(size.value)
    assert grown[0] == 156  # the size that failed (250) is approached by quarters, not doubled
    assert grown == sorted(grown) and grown[-1] == 500
    assert AdaptiveSize.start(500, stored=40).value == 40
    assert AdaptiveSize.start(500, stored=9000).value == 500
    tiny = AdaptiveSize.start(1)
    tiny.shrink(1)
    assert tiny.value == 1
