"""How a record kind is numbered: on the device at creation, or by the server.

Four schemes (``NumberingScheme``):

* ``NONE`` — no number (attendance events).
* ``LOCAL_RECEIPT`` — the device makes the official number when the record is created, unique
  because the record id is (the tenant receipt).
* ``LEASED_BLOCK`` — the device takes the next number of a block the server leased to it; without
  a block the record goes up with a provisional number and the server numbers it from the same
  station counter the blocks come from (challans).
* ``SERVER`` — the server numbers it from a per-station counter, when the record reaches a status
  (``due_at``: FIRs at ``registered``) or, with ``due_at=None``, as soon as it arrives. Until then
  the device shows the provisional number.

Provisional numbers: a device the server gave a number code at enrollment (``A3``: unique among
the station's devices) numbers its records ``P-A3-0042`` from its own sequence (one per device,
every kind), so they are short and still unique across the station; a device without a code (not
enrolled yet, or enrolled before codes existed) writes each kind's long form made from the record
id. A record keeps the number it was made with; the server accepts either form.

The server calls ONE hook for a ``SERVER`` kind, ``Numbering.due_on_server(station, doc, now)``,
after it stored a new record or a status change. It answers ``None`` (no number due) or a
``DueNumber``: the name of the station counter to draw from (``"fir/2026"``, a daily diary
``"diary/2026-11-22"``) and how a serial drawn from it is written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from fieldclient.domain.record import Record


class NumberingScheme(StrEnum):
    NONE = "none"
    LOCAL_RECEIPT = "local_receipt"
    LEASED_BLOCK = "leased_block"
    SERVER = "server"


@dataclass(frozen=True)
class DueNumber:
    """A number the server must assign now: draw the next serial of ``counter`` (the station's
    counter of that name, starting at 1) and store ``number(serial)``."""

    counter: str
    number: Callable[[int], str]


# (station code, the time the number fell due as the device wrote it or None, the server's now)
CounterChoice = Callable[[str, str | None, datetime], DueNumber]
# (station code, the stored record in Record.to_dict() form, the server's now): a counter chosen
# by the record's own content (a diary entry's diary day)
DocCounterChoice = Callable[[str, Mapping[str, Any], datetime], DueNumber]


@dataclass(frozen=True)
class Numbering:
    """A kind's numbering policy; build it with the functions below rather than by hand."""

    scheme: NumberingScheme = NumberingScheme.NONE
    # The number a device shows until the official one exists: (station, record id, local now)
    # -> text, and the pattern the server holds it to: (station, record id) -> regex.
    provisional: Callable[[str, str, datetime], str] | None = None
    provisional_shape: Callable[[str, str], str] | None = None
    # LOCAL_RECEIPT: the official number the device makes: (station, created_at, record id).
    receipt: Callable[[str, str, str], str] | None = None
    # SERVER: the status whose reaching numbers the record (None: numbered on arrival) and the
    # counter it is drawn from.
    due_at: str | None = None
    counter: CounterChoice | None = None
    counter_of_doc: DocCounterChoice | None = None  # when set, chooses instead of ``counter``

    @property
    def device_sets_number(self) -> bool:
        """Whether a record may reach the server already carrying an official number."""
        return self.scheme in (NumberingScheme.LOCAL_RECEIPT, NumberingScheme.LEASED_BLOCK)

    def number_on_device(
        self,
        record: Record,
        now: datetime,
        take_block_number: Callable[[], str | None],
        take_short_number: Callable[[], str | None] = lambda: None,
    ) -> None:
        """Give a record being created its number (official or provisional), in place.

        ``take_block_number`` draws the next number of this device's leased blocks (None when
        it holds none); it is called only for a ``LEASED_BLOCK`` kind. ``take_short_number``
        draws the device's next short provisional number (``P-A3-0042``; None when the device
        has no number code); it is called only when a provisional number is needed. A record
        that already carries a provisional number keeps it.
        """
        if self.scheme is NumberingScheme.LOCAL_RECEIPT and self.receipt is not None:
            record.number = self.receipt(record.station, record.created_at, record.id)
        elif self.scheme is NumberingScheme.LEASED_BLOCK:
            record.number = take_block_number()
        if record.number is None and record.provisional_number is None and self.provisional:
            record.provisional_number = take_short_number() or self.provisional(
                record.station, record.id, now
            )

    def device_numbers_problem(
        self, station: str, record: Mapping[str, Any], device_code: str | None = None
    ) -> str | None:
        """Why the numbers on a new record (``Record.to_dict()`` form) are not the ones a device
        of ``station`` (with number code ``device_code``, if it has one) makes for it, or None.
        The server asks this before it stores the record; an official number the device may not
        set at all is refused separately."""
        record_id = str(record.get("id", ""))
        provisional = record.get("provisional_number")
        if provisional is not None and (
            self.provisional_shape is None
            or not isinstance(provisional, str)
            or not (
                re.fullmatch(self.provisional_shape(station, record_id), provisional)
                or (device_code and re.fullmatch(short_number_shape(device_code), provisional))
            )
        ):
            return "provisional_number is not the one this device makes for this record and station"
        if self.scheme is NumberingScheme.LOCAL_RECEIPT and self.receipt is not None:
            created_at = str(record.get("created_at"))
            if record.get("number") != self.receipt(station, created_at, record_id):
                return f"number must be the receipt number of station {station} for this record"
        return None

    def due_on_server(
        self, station: str, doc: Mapping[str, Any], now: datetime
    ) -> DueNumber | None:
        """The server's hook: the number a stored record (``Record.to_dict()`` form) must get
        now, or None when it has one, is not numbered by the server, or is not due yet."""
        if self.scheme is not NumberingScheme.SERVER or self.counter is None or doc.get("number"):
            return None
        if self.counter_of_doc is not None:
            due = self.due_at is None or any(
                isinstance(entry, Mapping) and entry.get("to") == self.due_at
                for entry in doc.get("history") or ()
            )
            return self.counter_of_doc(station, doc, now) if due else None
        if self.due_at is None:
            return self.counter(station, doc.get("created_at"), now)
        reached = [
            entry.get("at")
            for entry in doc.get("history") or ()
            if isinstance(entry, Mapping) and entry.get("to") == self.due_at
        ]
        if not reached:
            return None
        moment = reached[0]
        return self.counter(station, moment if isinstance(moment, str) else None, now)


NO_NUMBER = Numbering()

_CODE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ"  # no I or O: not read as 1 or 0
SHORT_SERIAL_DIGITS = 4


def device_number_code(serial: int) -> str:
    """The station's ``serial``-th device's code: A1…A9, B1…B9, …, Z9, then AA1, …"""
    if serial < 1:
        raise ValueError("device serials start at 1")
    group, digit = divmod(serial - 1, 9)
    letters = ""
    group += 1
    while group:
        group, letter = divmod(group - 1, len(_CODE_LETTERS))
        letters = _CODE_LETTERS[letter] + letters
    return f"{letters}{digit + 1}"


def short_number(device_code: str, sequence: int) -> str:
    """A device's ``sequence``-th provisional number: ``P-A3-0042`` (more digits past 9999)."""
    return f"P-{device_code}-{sequence:0{SHORT_SERIAL_DIGITS}d}"


def short_number_shape(device_code: str) -> str:
    return rf"P-{re.escape(device_code)}-\d{{{SHORT_SERIAL_DIGITS},}}"


Provisional = Callable[[str, str, datetime], str]  # (station, record id, local now) -> number
ProvisionalShape = Callable[[str, str], str]  # (station, record id) -> regex it matches


def local_receipt(receipt: Callable[[str, str, str], str]) -> Numbering:
    """The device writes the official number at creation, ``receipt(station, created_at,
    record_id)``, unique as the record id is; the server checks it is exactly that."""
    return Numbering(NumberingScheme.LOCAL_RECEIPT, receipt=receipt)


def leased_block(provisional: Provisional, shape: ProvisionalShape) -> Numbering:
    """From the device's leased blocks; ``provisional`` is shown while it holds none."""
    return Numbering(NumberingScheme.LEASED_BLOCK, provisional=provisional, provisional_shape=shape)


def by_server(
    counter: CounterChoice,
    *,
    due_at: str | None,
    provisional: tuple[Provisional, ProvisionalShape] | None = None,
    counter_of_doc: DocCounterChoice | None = None,
) -> Numbering:
    """From the server's per-station counter chosen by ``counter``, once the record reaches
    ``due_at`` (None: as soon as the server receives it). ``provisional`` is the number shown
    until then and the pattern the server holds it to. ``counter_of_doc``, when given, chooses
    the counter from the stored record itself (a diary entry's day) instead of ``counter``."""
    made, shape = provisional or (None, None)
    return Numbering(
        NumberingScheme.SERVER,
        provisional=made,
        provisional_shape=shape,
        due_at=due_at,
        counter=counter,
        counter_of_doc=counter_of_doc,
    )
