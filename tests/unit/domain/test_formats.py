"""Each identifier and time rule, with passing and failing examples."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from fieldclient.domain import formats
from fieldclient.domain.schema import BadValue, Context, integer, person_name, text

NOW = datetime(2026, 11, 22, 15, 0, tzinfo=timezone(timedelta(hours=5)))


def run(parser, value):
    return parser(value, "field", Context(NOW))


def refused_code(parser, value) -> str:
    with pytest.raises(BadValue) as refused:
        run(parser, value)
    return refused.value.code


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("17101-1234567-1", "17101-1234567-1"),
        ("3520212345673", "35202-1234567-3"),
        (" 61101-1234567-2 ", "61101-1234567-2"),
    ],
)
def test_cnic_accepts_dashed_and_bare_digits(typed, normal):
    assert run(formats.cnic, typed) == normal


@pytest.mark.parametrize(
    "typed",
    ["12345-123456-1", "123451234567", "12345 1234567 1", "1234-51234567-1", "abcde-fghijkl-m"],
)
def test_cnic_refuses_wrong_shape_and_quotes_it(typed):
    with pytest.raises(BadValue) as refused:
        run(formats.cnic, typed)
    assert refused.value.code == "cnic_format"
    assert "12345-1234567-1" in refused.value.message and typed.strip() in refused.value.message


@pytest.mark.parametrize("typed", ["01234-1234567-1", "81234-1234567-1", "9123412345671"])
def test_cnic_refuses_first_digit_outside_province_codes(typed):
    assert refused_code(formats.cnic, typed) == "cnic_province"


@pytest.mark.parametrize(
    "typed",
    [
        "0300-1234567",
        "03001234567",
        "+923001234567",
        "00923001234567",
        "+92 300 1234567",
        "0355-1234567",
    ],
)
def test_mobile_accepts_national_and_international_forms(typed):
    normal = run(formats.mobile, typed)
    assert normal[:5] in ("0300-", "0355-")
    assert normal.endswith("-1234567")


def test_mobile_normalises_to_dashed_national_form():
    assert run(formats.mobile, "+923451112223") == "0345-1112223"


@pytest.mark.parametrize(
    "typed", ["0300-123456", "0421234567", "04212345678", "+9242123456789", "phone"]
)
def test_mobile_refuses_landlines_and_short_numbers(typed):
    assert refused_code(formats.mobile, typed) == "mobile_format"


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("LEA-1234", "LEA-1234"),
        ("lea 1234", "LEA-1234"),
        ("RIZ3725", "RIZ-3725"),
        ("A - 12", "A-12"),
        ("abcd-1", "ABCD-1"),
    ],
)
def test_vehicle_registration_loose_pattern_normalised(typed, normal):
    assert run(formats.vehicle_registration, typed) == normal


@pytest.mark.parametrize("typed", ["12345", "ABCDE-123", "ABC-12345", "ABC-12A", "ڈی-123"])
def test_vehicle_registration_refuses_other_shapes(typed):
    assert refused_code(formats.vehicle_registration, typed) == "vehicle_reg_format"


def test_time_with_offset_accepted_and_kept_in_its_offset():
    assert run(formats.past_time, "2026-11-22T09:15:30.250+05:00") == "2026-11-22T09:15:30+05:00"
    assert run(formats.past_time, "2026-11-22T04:00:00Z") == "2026-11-22T04:00:00+00:00"


def test_naive_time_refused_with_hint_to_add_offset():
    with pytest.raises(BadValue) as refused:
        run(formats.past_time, "2026-11-22T09:15:00")
    assert refused.value.code == "time_without_offset"
    assert "+05:00" in refused.value.message


def test_malformed_time_refused():
    assert refused_code(formats.past_time, "22/11/2026 9am") == "time_format"


def test_future_time_refused_but_small_clock_skew_allowed():
    skewed = (NOW + timedelta(minutes=3)).isoformat()
    assert run(formats.past_time, skewed)
    future = (NOW + timedelta(minutes=30)).isoformat()
    assert refused_code(formats.past_time, future) == "time_in_future"


def test_the_future_time_message_reads_in_pakistan_time():
    utc_typed = (NOW + timedelta(hours=2)).astimezone(UTC).isoformat()  # 12:00+00:00
    with pytest.raises(BadValue) as refused:
        run(formats.past_time, utc_typed)
    assert refused.value.message == (
        "cannot be in the future (you typed 2026-11-22 17:00; it is now 2026-11-22 15:00, "
        "Pakistan time)"
    )


def test_calendar_date():
    assert run(formats.calendar_date, "2026-12-01") == "2026-12-01"
    assert refused_code(formats.calendar_date, "2026-02-30") == "date_format"


def test_token_refuses_spaces():
    parser = formats.token("the badge number")
    assert run(parser, "PSH-1021") == "PSH-1021"
    assert run(parser, 1021) == "1021"
    assert refused_code(parser, "PSH 1021") == "token_format"


def test_names_accept_urdu_and_collapse_spaces():
    assert run(person_name, "  محمد   علی ") == "محمد علی"
    assert refused_code(person_name, "12345") == "no_letters"


def test_text_refuses_control_characters_and_overlong_input():
    assert refused_code(text(), "abc\x00def") == "control_character"
    assert refused_code(text(max_length=5), "abcdef") == "too_long"
    assert run(text(), "سطر ایک\nline two") == "سطر ایک\nline two"


@pytest.mark.parametrize(
    "spoof",
    [
        "\u202e",  # right-to-left override: "fdp.exe" shown as "exe.pdf"
        "\u202d",  # left-to-right override
        "\u202a",  # left-to-right embedding
        "\u2067",  # right-to-left isolate
        "\u2069",  # pop directional isolate
        "\x85",  # C1 next line
        "\x9b",  # C1 control sequence introducer (a terminal escape)
        "\x7f",  # delete
    ],
)
def test_text_refuses_direction_overrides_and_c1_controls(spoof):
    assert refused_code(text(), f"Gul{spoof}Khan") == "control_character"
    assert refused_code(person_name, f"Gul{spoof}Khan") == "control_character"


def test_text_keeps_the_direction_marks_urdu_keyboards_type():
    mixed = "FIR \u200fنمبر\u200e 12 \u061cاور\u200c"  # RLM, LRM, ALM, ZWNJ
    assert run(text(), mixed) == mixed


@pytest.mark.parametrize(
    "typed",
    ["²", "١٢", "9" * 5000, 10**5000, float("nan")],
    ids=["superscript", "arabic-indic", "5000-digit-text", "5001-digit-int", "nan"],
)
def test_whole_numbers_refuse_odd_digits_and_huge_values_with_a_message(typed):
    assert refused_code(integer(0, 50), typed) in {"not_a_number", "out_of_range"}


def test_identifiers_typed_as_huge_numbers_are_refused_not_crashing():
    assert refused_code(formats.cnic, 10**5000) == "not_text"
