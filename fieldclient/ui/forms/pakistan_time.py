"""Date-time editors that show and return Pakistan time (+05:00), whatever the PC's zone is."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, Qt, QTimeZone, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QDateTimeEdit, QHBoxLayout, QWidget

from fieldclient.domain.pakistan_time import PAKISTAN_TIME

PAKISTAN_ZONE = QTimeZone(5 * 3600)


def numbers_left_to_right(editor: QWidget) -> None:
    """A date or time editor reads left to right in Urdu too: laid out right to left, the bidi
    algorithm draws "2026-12-02 07:40" as "40:07 02-12-2026"."""
    editor.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


class PakistanDateTimeEdit(QDateTimeEdit):
    """Minute precision, calendar popup; `iso()` is the ISO 8601 text with the +05:00 offset.
    Starts at ``now`` (the device's corrected clock, `Tasks.now`)."""

    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTimeZone(PAKISTAN_ZONE)
        self.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.setCalendarPopup(True)
        numbers_left_to_right(self)
        self.set_moment(now.replace(second=0))

    def set_moment(self, moment: datetime) -> None:
        seconds = int(moment.timestamp())
        self.setDateTime(QDateTime.fromSecsSinceEpoch(seconds, PAKISTAN_ZONE))

    def set_iso(self, text: str) -> None:
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return
        if moment.tzinfo is not None:
            self.set_moment(moment)

    def moment(self) -> datetime:
        return datetime.fromtimestamp(self.dateTime().toSecsSinceEpoch(), PAKISTAN_TIME)

    def iso(self) -> str:
        return self.moment().isoformat(timespec="seconds")


class CalendarDateEdit(QDateEdit):
    """A plain calendar date, `iso()` as `2026-11-22`; starts at ``today``."""

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setCalendarPopup(True)
        numbers_left_to_right(self)
        self.set_iso(today.isoformat())

    def set_iso(self, text: str) -> None:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            return
        self.setDate(QDate(day.year, day.month, day.day))

    def iso(self) -> str:
        return self.date().toString(Qt.DateFormat.ISODate)


class OptionalTime(QWidget):
    """A date or time the clerk may leave out: ticked, `iso()` is what `editor` shows (one of the
    editors above); unticked, None."""

    changed = Signal()

    def __init__(
        self, label: str, editor: PakistanDateTimeEdit | CalendarDateEdit, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.given = QCheckBox(label, self)
        self.editor = editor
        self.editor.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.given)
        layout.addWidget(self.editor, 1)
        self.given.toggled.connect(self.editor.setEnabled)
        self.given.toggled.connect(self.changed)
        self.editor.dateTimeChanged.connect(self.changed)
        self.setFocusProxy(self.given)

    def iso(self) -> str | None:
        return self.editor.iso() if self.given.isChecked() else None

    def set_iso(self, text: str | None) -> None:
        self.given.setChecked(bool(text))
        if text:
            self.editor.set_iso(text)
