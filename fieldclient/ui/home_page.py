"""The home screen for the day: what is waiting, one click from each.

Drafts (forms left unsaved, and draft FIRs), changes not yet sent, open conflicts, overdue
challans, records a kind's `overdue` rule names (complaints), flagged tenants, tenant records
returned for correction (back to the clerk) and today's
attendance, counted on the DB thread in one job. Each line
is a button: it opens the form, or the list filtered to what it counts.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from fieldclient.domain import records as kinds
from fieldclient.domain import review, roles
from fieldclient.domain.record import Record
from fieldclient.domain.records import KINDS
from fieldclient.services.drafts import Draft
from fieldclient.services.station import StationServices
from fieldclient.settings import OVERDUE_DAYS
from fieldclient.ui.bidi import left_to_right, shown_iso
from fieldclient.ui.kind_words import kind_label, kind_plural
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.repository import RecordQuery

OVERDUE_SCAN = 5_000  # records of a kind read to apply its overdue rule (newest first)
# (kind, status) pairs that wait for someone: counted only for kinds that are registered.
WAITING = (
    ("fir", "draft"),
    ("tenant", "flagged"),
    ("tenant", "returned_for_correction"),
)  # overdue challans are counted by the kind's overdue rule (derived from the due date), below


@dataclass(frozen=True)
class Day:
    """What the home screen counts."""

    drafts: tuple[Draft, ...]
    waiting: tuple[tuple[str, str, int], ...]  # kind, status, count
    overdue: tuple[tuple[str, int], ...]  # kind, count of records its `overdue` rule names
    unsent: int
    conflicts: int
    attendance_today: int
    returned: tuple[tuple[str, str, str, str, str], ...] = ()  # kind, id, number, by, reason
    to_review: int = 0  # records waiting for this officer's review (an SHO's)


def count_the_day(services: StationServices, overdue_days: int) -> Day:
    records, repo = services.records, services.session.repo
    waiting = tuple(
        (kind, status, records.count(RecordQuery(record_type=kind, status=status)))
        for kind, status in WAITING
        if kind in KINDS and status in KINDS[kind].statuses
    )
    now = services.session.now()
    overdue = tuple(
        (
            name,
            sum(
                kind.overdue(record, now, overdue_days)
                for record in records.find(RecordQuery(record_type=name), limit=OVERDUE_SCAN)
            ),
        )
        for name, kind in KINDS.items()
        if kind.overdue is not None
    )
    today = now.date()
    attendance = (
        records.count(RecordQuery(record_type="attendance", date_from=today, date_to=today))
        if "attendance" in KINDS
        else 0
    )
    returned = tuple(
        (record.type, record.id, kinds.summary(record)["number"], *_decision(record))
        for record in services.review.returned_to(services.session.vault.officer.badge)
    )
    role = services.session.vault.role
    may_review = any(roles.may(role, kind.review_action) for kind in KINDS.values())
    return Day(
        to_review=len(services.review.inbox(role)) if may_review else 0,
        returned=returned,
        drafts=tuple(services.drafts.mine()),
        waiting=waiting,
        overdue=overdue,
        unsent=repo.pending_count(),
        conflicts=repo.open_conflict_count(),
        attendance_today=attendance,
    )


def _decision(record: Record) -> tuple[str, str]:
    decision = review.returned(record) or {}
    return str(decision.get("by", "")), str(decision.get("reason", ""))


class HomePage(QWidget):
    """Emits what the officer clicked; the main window opens it."""

    form_requested = Signal(str, str)  # kind, record id ("" for a new record's draft)
    list_requested = Signal(str, str)  # kind, status
    page_requested = Signal(str)  # "conflicts" | "attendance" | "review"
    sync_requested = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("homePage")
        self.tasks = tasks
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 16pt; font-weight: bold")
        self.items = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.items)
        layout.addStretch(1)
        self.buttons: list[QPushButton] = []
        self.overdue_days = OVERDUE_DAYS.default  # the main window keeps it to the setting

    def refresh(self) -> None:
        days = self.overdue_days
        self.tasks.run_db(lambda services: count_the_day(services, days), self.show_day)

    def show_day(self, day: Day) -> None:
        for button in self.buttons:
            button.deleteLater()
        self.buttons = []
        self.title.setText(
            self.tr("Today, {date}").format(date=left_to_right(self.tasks.now().date().isoformat()))
        )
        for draft in day.drafts:
            kind, _, record_id = draft.form_key.partition(":")
            record_id = "" if record_id == "new" else record_id
            label = self.tr("Unsaved {kind} form, last typed {when}").format(
                kind=kind_label(kind) if kind in KINDS else kind, when=shown_iso(draft.updated_at)
            )
            self._add(label, lambda k=kind, r=record_id: self.form_requested.emit(k, r))
        if day.to_review:
            self._add(
                self.tr("{count} record(s) waiting for your review").format(count=day.to_review),
                lambda: self.page_requested.emit("review"),
            )
        for kind, record_id, number, by, reason in day.returned:
            self._add(
                self.tr("Returned to you by {officer}: {kind} {number} — {reason}").format(
                    officer=by, kind=kind_label(kind), number=number, reason=reason
                ),
                lambda k=kind, r=record_id: self.form_requested.emit(k, r),
            )
        for kind, status, count in day.waiting:
            if count:
                self._add(
                    self._waiting_words(kind, status, count),
                    lambda k=kind, s=status: self.list_requested.emit(k, s),
                )
        for kind, count in day.overdue:
            if count:
                self._add(
                    self.tr("{count} overdue: {kinds}").format(
                        count=count, kinds=kind_plural(kind)
                    ),
                    lambda k=kind: self.list_requested.emit(k, ""),
                )
        if day.unsent:
            self._add(
                self.tr("{count} change(s) not yet sent to the server: sync now").format(
                    count=day.unsent
                ),
                self.sync_requested.emit,
            )
        if day.conflicts:
            self._add(
                self.tr("{count} conflict(s) to settle").format(count=day.conflicts),
                lambda: self.page_requested.emit("conflicts"),
            )
        self._add(
            self.tr("Attendance today: {count} check-in(s) and check-out(s)").format(
                count=day.attendance_today
            ),
            lambda: self.page_requested.emit("attendance"),
        )
        if len(self.buttons) == 1:
            self.items.insertWidget(0, self._quiet_line())

    def _waiting_words(self, kind: str, status: str, count: int) -> str:
        words = {
            ("fir", "draft"): self.tr("{count} draft FIR(s) not yet registered"),
            ("tenant", "flagged"): self.tr("{count} tenant record(s) flagged by the record check"),
            ("tenant", "returned_for_correction"): self.tr(
                "{count} tenant record(s) returned for correction"
            ),
        }
        return words[(kind, status)].format(count=count)

    def _quiet_line(self) -> QPushButton:
        button = QPushButton(self.tr("Nothing is waiting: no drafts, conflicts or flags."), self)
        button.setFlat(True)
        button.setEnabled(False)
        self.buttons.append(button)
        return button

    def _add(self, text: str, on_click) -> QPushButton:  # type: ignore[no-untyped-def]
        button = QPushButton(text, self)
        button.setObjectName("homeItem")
        button.setStyleSheet("text-align: left; padding: 6px")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.clicked.connect(lambda _checked=False: on_click())  # not `checked` as an argument
        self.items.addWidget(button)
        self.buttons.append(button)
        return button
