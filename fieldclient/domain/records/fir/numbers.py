"""FIR numbers: the server's annual serial per police station, and the device's provisional one.

The server numbers an FIR when it is registered (r.24.5: "annual serial number in each police
station for each calendar year"); until then the device shows a provisional number.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.records.numbering import DueNumber

NEW_YEAR_GRACE = timedelta(hours=72)
"""How long into a new year an FIR the device registered on 31 December keeps that year."""


def official_number(station: str, year: int, serial: int) -> str:
    """The server's number: annual serial per police station per calendar year."""
    return f"{station}-{year}-{serial:04d}"


def provisional_number(station: str, year: int, record_id: str) -> str:
    """Shown until the server numbers the FIR; unique because the record id is."""
    return f"P-{station}-{year}-{record_id[:8].upper()}"


def provisional_shape(station: str, record_id: str) -> str:
    """What the server accepts as this record's provisional number: any year, this station."""
    return rf"P-{re.escape(station)}-\d{{4}}-{re.escape(record_id[:8].upper())}"


def registration_year(registered_at: str | None, now: datetime) -> int:
    """The year of an FIR's official number: the server's own year (Pakistan time) when it first
    stores the FIR as registered. What the device says moves it in one case only: an FIR
    registered offline on 31 December (the device's registration time, in Pakistan time)
    that reaches the server within ``NEW_YEAR_GRACE`` of midnight keeps the old year, as the
    paper register would have. Nothing else a device sends can put a number into another year.
    """
    local_now = now.astimezone(PAKISTAN_TIME)
    year = local_now.year
    if local_now - datetime(year, 1, 1, tzinfo=PAKISTAN_TIME) >= NEW_YEAR_GRACE:
        return year
    try:
        stated = datetime.fromisoformat(registered_at or "")
    except ValueError:
        return year
    if stated.tzinfo is None:
        return year
    if stated.astimezone(PAKISTAN_TIME).date() == date(year - 1, 12, 31):
        return year - 1
    return year


def number_due(station: str, registered_at: str | None, now: datetime) -> DueNumber:
    year = registration_year(registered_at, now)
    return DueNumber(f"fir/{year}", lambda serial: official_number(station, year, serial))
