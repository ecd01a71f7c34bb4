"""The daily diary window: write an entry by hand, close today's diary, print a day's register.

Entries made by other registers (arrivals and departures from attendance, an FIR's registration)
are written there; here the Moharrir writes the rest (general, s.155 non-cognizable report,
property received). A saved entry is never changed: a mistake is corrected by a new entry.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from fieldclient.domain.record import Record
from fieldclient.domain.records.diary import ENTRY_TYPE_LABELS, HAND_WRITTEN
from fieldclient.domain.translatable import KIND_CONTEXT
from fieldclient.services.station import StationServices
from fieldclient.ui.documents.diary_register import register_html, write_register_pdf
from fieldclient.ui.forms import register_form
from fieldclient.ui.forms.pakistan_time import CalendarDateEdit, PakistanDateTimeEdit
from fieldclient.ui.forms.payloads import compact, typed
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.tasks import Tasks


@register_form
class DiaryForm(RecordForm):
    record_type = "diary"
    managed_fields = ("entry_type", "text", "received_at", "reporter")

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(tasks, record_id, parent)
        self.day_box = self._build_day_box()
        self.panels.addWidget(self.day_box)

    def form_title(self) -> str:
        return self.tr("Daily diary")

    def restore_question(self) -> str:
        return self.tr("Restore the unsaved diary entry you were typing?")

    # ---- the entry -----------------------------------------------------------------------

    def build_form(self, layout: QFormLayout) -> None:
        self.entry_type = QComboBox()
        for kind in HAND_WRITTEN:
            self.entry_type.addItem(
                QCoreApplication.translate(KIND_CONTEXT, ENTRY_TYPE_LABELS[kind]), kind
            )
        self.add_row(self.tr("Kind of entry"), self.entry_type, "entry_type")
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText(self.tr("The entry (Urdu or English)"))
        self.add_row(self.tr("Entry"), self.text, "text")
        self.received_later = QCheckBox(self.tr("The information reached the station earlier"))
        self.watch(self.received_later.toggled)
        layout.addRow("", self.received_later)
        self.received_at = PakistanDateTimeEdit(self.tasks.now())
        self.received_at.setEnabled(False)
        self.received_later.toggled.connect(self.received_at.setEnabled)
        self.add_row(self.tr("Information received at (PKT)"), self.received_at, "received_at")
        self.reporter = QLineEdit()
        self.reporter.setPlaceholderText(self.tr("Optional: the officer whose report this is"))
        self.add_row(self.tr("Reported by"), self.reporter, "reporter.name")

    def payload(self) -> dict[str, Any]:
        reporter = typed(self.reporter)
        return compact(
            {
                "entry_type": self.entry_type.currentData(),
                "text": typed(self.text),
                "received_at": self.received_at.iso() if self.received_later.isChecked() else None,
                "reporter": {"name": reporter} if reporter else None,
            }
        )

    def fill(self, data: dict[str, Any]) -> None:
        index = self.entry_type.findData(data.get("entry_type"))
        if index < 0:  # an entry another register wrote: shown, never edited here
            self.entry_type.addItem(
                QCoreApplication.translate(
                    KIND_CONTEXT, ENTRY_TYPE_LABELS.get(data.get("entry_type", ""), "")
                ),
                data.get("entry_type"),
            )
            index = self.entry_type.count() - 1
        self.entry_type.setCurrentIndex(index)
        self.text.setPlainText(str(data.get("text", "")))
        self.received_later.setChecked(bool(data.get("received_at")))
        if data.get("received_at"):
            self.received_at.set_iso(data["received_at"])
        self.reporter.setText(str((data.get("reporter") or {}).get("name", "")))

    def creator(self) -> Callable[[StationServices, dict[str, Any]], Record]:
        return lambda services, payload: services.diary.add(payload)

    # ---- the day -------------------------------------------------------------------------

    def _build_day_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("The day's diary"), self)
        self.day = CalendarDateEdit(self.tasks.now().date(), box)
        self.print_day_button = QPushButton(self.tr("Save the day's register as PDF…"), box)
        self.print_day_button.clicked.connect(self._ask_where_to_save)
        self.close_day_button = QPushButton(self.tr("Close today's diary…"), box)
        self.close_day_button.clicked.connect(self.close_today)
        row = QHBoxLayout()
        row.addWidget(self.day)
        row.addWidget(self.print_day_button)
        layout = QFormLayout(box)
        layout.addRow(self.tr("Day"), row)
        layout.addRow("", self.close_day_button)
        return box

    def _ask_where_to_save(self) -> None:
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the day's register"),
            f"diary-{day:%Y-%m-%d}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_register(day, Path(path))

    def save_register(self, day: date, path: Path) -> None:
        """Read the day's entries on the DB thread, then lay them out and write the PDF."""

        def read(services: StationServices) -> tuple[str, list[Record]]:
            return services.session.station, services.diary.entries(day)

        def write(found: tuple[str, list[Record]]) -> None:
            station, entries = found
            try:
                write_register_pdf(register_html(station, day, entries), path)
            except OSError as failure:
                self.notice.setText(
                    self.tr("The register was not written: {reason}").format(
                        reason=failure.strerror or type(failure).__name__
                    )
                )
                return
            self.notice.setText(self.tr("Register saved: {path}").format(path=path))

        self.tasks.run_db(read, write, self.show_failure)

    def close_today(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Close today's diary"),
            self.tr(
                "Close today's diary now? Entries made afterwards go to tomorrow's diary, and "
                "nothing can be added to today's."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        text = self.tr("Diary closed for the day.")
        self.tasks.run_db(
            lambda services: services.diary.close_day(text), self._closed, self.show_failure
        )

    def _closed(self, entry: Record) -> None:
        self.notice.setText(
            self.tr("Today's diary is closed (entry {number}).").format(
                number=entry.number or entry.provisional_number or ""
            )
        )
        self.saved.emit(entry.id)
