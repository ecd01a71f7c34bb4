"""Pakistani identifiers and times: parse what a clerk types, return one normal form.

The rules follow ``resources/reference/vehicle_registration_formats.md``; where that file says a
format is unverified, the check here is deliberately loose.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain import pakistan_time
from fieldclient.domain.schema import BadValue, Context, quoted

CLOCK_SKEW = timedelta(minutes=5)
TIME_EXAMPLE = "2026-11-22T14:30:00+05:00"

_CNIC_DASHED = re.compile(r"\d{5}-\d{7}-\d")
_CNIC_BARE = re.compile(r"\d{13}")
_CNIC_PROVINCE_DIGITS = "1234567"  # 1 KP, 2 ex-FATA, 3 Punjab, 4 Sindh, 5 Balochistan, 6 ICT, 7 GB
_MOBILE = re.compile(r"(?:\+92|0092|0)(3\d{9})")
_MOBILE_SEPARATORS = re.compile(r"[\s\-()]")
_VEHICLE_REG = re.compile(r"([A-Z]{1,4})-?(\d{1,4})")
_VEHICLE_SEPARATORS = re.compile(r"[\s\-]+")
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9/._-]{0,39}")
_RECORD_ID = re.compile(r"[0-9a-f]{32}")


def _as_text(value: Any, what: str) -> str:
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() <= 64:
        return str(value)
    if not isinstance(value, str):
        raise BadValue("not_text", f"must be {what} typed as text")
    return value.strip()


def cnic(value: Any, path: str, ctx: Context) -> str:
    """``12345-1234567-1`` or 13 bare digits -> ``12345-1234567-1``."""
    typed = _as_text(value, "a CNIC")
    if _CNIC_DASHED.fullmatch(typed):
        digits = typed.replace("-", "")
    elif _CNIC_BARE.fullmatch(typed):
        digits = typed
    else:
        raise BadValue(
            "cnic_format",
            f"CNIC must be 13 digits written 12345-1234567-1 (you typed {quoted(typed)})",
        )
    if digits[0] not in _CNIC_PROVINCE_DIGITS:
        raise BadValue(
            "cnic_province",
            f"CNIC must start with a province digit from 1 to 7 (you typed {quoted(typed)})",
        )
    return f"{digits[:5]}-{digits[5:12]}-{digits[12]}"


def mobile(value: Any, path: str, ctx: Context) -> str:
    """``03001234567``, ``+923001234567``, ``00923001234567`` -> ``0300-1234567``."""
    typed = _as_text(value, "a mobile number")
    match = _MOBILE.fullmatch(_MOBILE_SEPARATORS.sub("", typed))
    if not match:
        raise BadValue(
            "mobile_format",
            "mobile number must be 11 digits starting 03, written 0300-1234567 "
            f"(or +923001234567) (you typed {quoted(typed)})",
        )
    national = "0" + match.group(1)
    return f"{national[:4]}-{national[4:]}"


def vehicle_registration(value: Any, path: str, ctx: Context) -> str:
    """1–4 letters then 1–4 digits, any spaces or hyphens -> ``ABC-123``.

    Loose on purpose: provincial serial layouts are unverified (see the reference notes).
    """
    typed = _as_text(value, "a registration number")
    compact = _VEHICLE_SEPARATORS.sub("-", typed.upper())
    match = _VEHICLE_REG.fullmatch(compact)
    if not match:
        raise BadValue(
            "vehicle_reg_format",
            "registration number must be 1 to 4 letters then 1 to 4 digits, e.g. ABC-123 "
            f"(you typed {quoted(typed)})",
        )
    return f"{match.group(1)}-{match.group(2)}"


def token(what: str) -> Any:
    """A short identifier typed by hand (badge, licence, diary, payment reference)."""

    def parse(value: Any, path: str, ctx: Context) -> str:
        typed = _as_text(value, what)
        if not _TOKEN.fullmatch(typed):
            raise BadValue(
                "token_format",
                f"{what} must be up to 40 letters, digits, / . - or _ without spaces "
                f"(you typed {quoted(typed)})",
            )
        return typed

    return parse


def record_id(value: Any, path: str, ctx: Context) -> str:
    """The id of another record (a complaint's FIR, an FIR's complaint or diary entry)."""
    if not isinstance(value, str) or not _RECORD_ID.fullmatch(value):
        raise BadValue("record_id", f"must be the id of a stored record (got {quoted(value)})")
    return value


def parse_aware_time(typed: str) -> datetime:
    """An ISO 8601 time with its offset; raises BadValue for a naive or malformed one."""
    try:
        moment = datetime.fromisoformat(typed)
    except ValueError:
        raise BadValue(
            "time_format",
            f"must be a date and time like {TIME_EXAMPLE} (you typed {quoted(typed)})",
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise BadValue(
            "time_without_offset",
            f"add the time zone: write it like {TIME_EXAMPLE}, including +05:00 "
            f"(you typed {quoted(typed)})",
        )
    return moment


def past_time(value: Any, path: str, ctx: Context) -> str:
    """A time that has happened (a few minutes of clock skew allowed), kept in its own offset."""
    typed = _as_text(value, "a date and time")
    moment = parse_aware_time(typed)
    if moment > ctx.now + CLOCK_SKEW:
        raise BadValue(
            "time_in_future",
            f"cannot be in the future (you typed {pakistan_time.shown(moment)}; it is now "
            f"{pakistan_time.shown(ctx.now)}, Pakistan time)",
        )
    return moment.isoformat(timespec="seconds")


def calendar_date(value: Any, path: str, ctx: Context) -> str:
    typed = _as_text(value, "a date")
    try:
        return date.fromisoformat(typed).isoformat()
    except ValueError:
        raise BadValue(
            "date_format",
            f"must be a date written year-month-day, like 2026-11-22 (you typed {quoted(typed)})",
        ) from None
