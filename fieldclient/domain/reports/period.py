"""The station's choice of period for a report: a day, a month or any range of days, in Pakistan
time (a FIR registered at 23:30 belongs to that day whatever the UTC date)."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime

from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.formats import parse_aware_time
from fieldclient.domain.pakistan_time import in_pakistan
from fieldclient.domain.schema import BadValue


@dataclass(frozen=True)
class Period:
    start: date
    end: date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValidationFailed(
                [FieldError("to", "must be on or after the first day (from)", "range_reversed")]
            )

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))

    def holds_day(self, day: date) -> bool:
        return self.start <= day <= self.end

    def holds(self, moment: datetime | str | None) -> bool:
        """Whether a time (an aware datetime or ISO text) falls on one of the period's days in
        Pakistan time; no time or text that is not one is outside."""
        if not moment:
            return False
        if isinstance(moment, str):
            try:
                moment = parse_aware_time(moment)
            except BadValue:
                return False
        return self.holds_day(in_pakistan(moment).date())

    def holds_day_text(self, text: str) -> bool:
        """Whether a date written ``2026-12-01`` is one of the period's days."""
        try:
            return self.holds_day(date.fromisoformat(text))
        except ValueError:
            return False

    def label(self) -> str:
        if self.start == self.end:
            return self.start.isoformat()
        return f"{self.start.isoformat()} – {self.end.isoformat()}"
