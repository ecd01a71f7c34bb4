import pytest

from fieldclient.domain.hlc import (
    HybridLogicalClock,
    InvalidHlc,
    Timestamp,
    is_plausible,
    is_valid,
    wall_ms_of,
)


class FakeWall:
    """A settable wall clock, so tests can move time backwards."""

    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_string_form_is_fixed_width_and_round_trips():
    stamp = Timestamp(1_700_000_000_123, 7, "a1b2")
    assert str(stamp) == "001700000000123:00007:a1b2"
    assert Timestamp.parse(str(stamp)) == stamp
    assert wall_ms_of(str(stamp)) == 1_700_000_000_123


@pytest.mark.parametrize("bad", ["", "12:3:dev", "001700000000123:00007:", "x" * 30, None])
def test_malformed_clock_strings_are_refused(bad):
    assert not is_valid(bad)
    with pytest.raises(InvalidHlc):
        Timestamp.parse(bad)


def test_now_is_monotonic_when_the_wall_clock_goes_backwards():
    wall = FakeWall(5_000)
    clock = HybridLogicalClock("dev1", wall_clock_ms=wall)
    first = clock.now()
    wall.ms = 1_000
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert Timestamp.parse(second).wall_ms == 5_000


def test_receive_moves_past_a_remote_clock_from_the_future():
    clock = HybridLogicalClock("dev1", wall_clock_ms=FakeWall(1_000))
    remote = str(Timestamp(9_000, 3, "dev2"))
    received = clock.receive(remote)
    assert received > remote
    assert clock.now() > received


def test_string_order_is_clock_order_then_device():
    earlier = str(Timestamp(99, 99, "zzz"))
    later = str(Timestamp(100, 0, "aaa"))
    tie_a, tie_b = str(Timestamp(100, 1, "a")), str(Timestamp(100, 1, "b"))
    assert earlier < later
    assert tie_a < tie_b
    assert sorted([later, tie_b, earlier, tie_a]) == [earlier, later, tie_a, tie_b]


def test_counter_overflow_advances_the_wall_part():
    clock = HybridLogicalClock(
        "dev1", wall_clock_ms=FakeWall(10), last="000000000000010:99999:dev1"
    )
    assert clock.now() == "000000000000011:00000:dev1"


def test_offset_corrects_a_skewed_wall_clock():
    clock = HybridLogicalClock("dev1", wall_clock_ms=FakeWall(1_000))
    clock.offset_ms = 60_000
    assert wall_ms_of(clock.now()) == 61_000


def test_device_id_with_a_separator_is_refused():
    with pytest.raises(InvalidHlc):
        HybridLogicalClock("dev:1")


YEAR_33658 = "999999999999999:99999:dev2"  # the largest wall time the format holds


def test_a_received_clock_far_in_the_future_is_not_followed():
    """Following it overflowed the 15-digit wall part, and every later unlock failed."""
    wall = FakeWall(1_700_000_000_000)
    clock = HybridLogicalClock("dev1", wall_clock_ms=wall)
    received = clock.receive(YEAR_33658)
    assert is_valid(received) and wall_ms_of(received) == wall.ms
    assert wall_ms_of(clock.receive(str(Timestamp(wall.ms + 3_600_000, 0, "dev2")))) > wall.ms
    assert is_valid(clock.now())


def test_a_plausible_clock_is_well_formed_and_before_2200():
    assert is_plausible("001700000000123:00007:a1b2")
    assert not is_plausible(YEAR_33658)
    assert not is_plausible("1000000000000000:00000:dev1")  # what the overflow stored
    assert not is_plausible(None)
