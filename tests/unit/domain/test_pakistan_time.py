"""The one Pakistan-time helper: +05:00 whatever the PC's zone, naive times taken as Pakistan's."""

from datetime import UTC, date, datetime, timedelta

from fieldclient.domain.pakistan_time import (
    PAKISTAN_TIME,
    day_start,
    in_pakistan,
    pakistan_now,
    shown,
)


def test_now_is_pakistan_time_to_the_second():
    now = pakistan_now()
    assert now.utcoffset() == timedelta(hours=5) and now.microsecond == 0
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)


def test_a_corrected_clock_reading_is_that_instant_in_pakistan():
    at_ms = int(datetime(2026, 1, 1, 19, 30, 15, tzinfo=UTC).timestamp() * 1000) + 999
    assert pakistan_now(at_ms).isoformat() == "2026-01-02T00:30:15+05:00"


def test_aware_times_convert_and_naive_ones_are_taken_as_pakistan_time():
    assert in_pakistan(datetime(2026, 3, 1, 22, 0, tzinfo=UTC)).isoformat() == (
        "2026-03-02T03:00:00+05:00"
    )
    assert in_pakistan(datetime(2026, 3, 1, 9, 0)).utcoffset() == timedelta(hours=5)
    assert day_start(date(2026, 3, 2)).astimezone(UTC) == datetime(2026, 3, 1, 19, 0, tzinfo=UTC)
    assert day_start(date(2026, 3, 2)).tzinfo is PAKISTAN_TIME


def test_every_screen_time_is_shown_in_pakistan_time_in_one_format():
    # A UTC stamp (drafts, conflicts, sync) and a Pakistan one read the same way.
    assert shown("2025-03-01T09:05:30+00:00") == "2025-03-01 14:05"
    assert shown("2025-03-01T14:05:00+05:00") == "2025-03-01 14:05"
    assert shown(datetime(2025, 3, 1, 23, 30, tzinfo=UTC)) == "2025-03-02 04:30"
    assert shown("2025-03-01") == "2025-03-01"  # a date stays a date
    assert shown("not a time") == "not a time"
    assert shown(None) == ""
