"""Pakistan Standard Time (+05:00, no daylight saving): the zone times are written and shown in.

The one definition for the client, the server and the tools; whatever zone the PC is set to,
a time an officer reads or a record carries is Pakistan time.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from fieldclient.domain import hlc

PAKISTAN_TIME = timezone(timedelta(hours=5), "PKT")


def pakistan_now(at_ms: int | None = None) -> datetime:
    """Pakistan time to the second: now by the PC's clock (`hlc.system_ms`), or at ``at_ms``
    (Unix milliseconds, e.g. the device clock corrected by the server's)."""
    return datetime.fromtimestamp(
        (hlc.system_ms() if at_ms is None else at_ms) // 1000, PAKISTAN_TIME
    )


def in_pakistan(moment: datetime) -> datetime:
    """The same instant in Pakistan time; a naive time is taken to be Pakistan time already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=PAKISTAN_TIME)
    return moment.astimezone(PAKISTAN_TIME)


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` in Pakistan."""
    return datetime.combine(day, time(), PAKISTAN_TIME)


SHOWN_FORMAT = "%Y-%m-%d %H:%M"  # how every screen writes a time: 2025-03-01 14:05


def shown(moment: datetime | str | None) -> str:
    """A time as screens show it, in Pakistan time and one format (`SHOWN_FORMAT`).

    Takes a datetime or an ISO 8601 text (a stored UTC stamp becomes Pakistan time); a plain date
    stays a date, and text that is not a time is given back as it is.
    """
    if moment is None or moment == "":
        return ""
    if isinstance(moment, str):
        if "T" not in moment and " " not in moment.strip():
            return moment  # a date, or not a time at all
        text = moment
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return text
    return in_pakistan(moment).strftime(SHOWN_FORMAT)
