"""The Reports page: choose a report and its period (a day, a month, or from one day to
another), see its table, save it as CSV, print it (Qt's print dialog with preview) or save it as
a PDF, all in the screen's language. The report is computed on the DB thread (`ReportService`),
never on the GUI thread."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.errors import DomainError
from fieldclient.domain.reports import REPORTS, Period, Report, cell_text
from fieldclient.services.reports import ReportService, write_csv
from fieldclient.services.station import StationServices
from fieldclient.ui.bidi import left_to_right
from fieldclient.ui.error_words import officer_message
from fieldclient.ui.forms.pakistan_time import CalendarDateEdit
from fieldclient.ui.reports.printing import print_report, write_report_pdf
from fieldclient.ui.reports.words import on_screen
from fieldclient.ui.status_bar import ERROR_STYLE
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.errors import VaultError

PERIOD_KINDS = ("day", "month", "range")


def _day(edit: CalendarDateEdit) -> date:
    return date.fromisoformat(edit.iso())


class ReportsPage(QWidget):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.report: Report | None = None
        today = tasks.now().date()
        self.kind = QComboBox(self)
        for name, kind in REPORTS.items():
            self.kind.addItem(on_screen(kind.title), name)
        self.period_kind = QComboBox(self)
        for name, words in zip(
            PERIOD_KINDS,
            (self.tr("A day"), self.tr("A month"), self.tr("From … to")),
            strict=True,
        ):
            self.period_kind.addItem(words, name)
        self.start = CalendarDateEdit(today, self)
        self.end = CalendarDateEdit(today, self)
        self.end_label = QLabel(self.tr("to"), self)
        self.show_button = QPushButton(self.tr("&Show"), self)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"), self)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.pdf_button = QPushButton(self.tr("Save as P&DF…"), self)
        self.file_buttons = (self.csv_button, self.print_button, self.pdf_button)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.table = QTableWidget(self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setVisible(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self._lay_out()
        self.period_kind.currentIndexChanged.connect(self._period_kind_changed)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.show_button.clicked.connect(self.show_report)
        self.csv_button.clicked.connect(self.choose_csv)
        self.print_button.clicked.connect(self.print_with_preview)
        self.pdf_button.clicked.connect(self.choose_pdf)
        self._period_kind_changed()

    def _lay_out(self) -> None:
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("Report"), self))
        choices.addWidget(self.kind)
        choices.addWidget(QLabel(self.tr("Period"), self))
        choices.addWidget(self.period_kind)
        choices.addWidget(self.start)
        choices.addWidget(self.end_label)
        choices.addWidget(self.end)
        choices.addWidget(self.show_button)
        choices.addStretch(1)
        actions = QHBoxLayout()
        for button in self.file_buttons:
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.notice)
        layout.addLayout(actions)
        for button in self.file_buttons:
            button.setEnabled(False)

    def _kind_changed(self) -> None:
        """The attendance return is monthly: choosing it chooses a month."""
        if REPORTS[self.kind.currentData()].reads == "attendance_return":
            self.period_kind.setCurrentIndex(self.period_kind.findData("month"))

    def _period_kind_changed(self) -> None:
        kind = self.period_kind.currentData()
        self.start.setDisplayFormat("yyyy-MM" if kind == "month" else "yyyy-MM-dd")
        self.end.setVisible(kind == "range")
        self.end_label.setVisible(kind == "range")

    def period(self) -> Period:
        """The chosen period; `ValidationFailed` naming "to" when it ends before it starts."""
        first = _day(self.start)
        kind = self.period_kind.currentData()
        if kind == "month":
            return Period.month(first.year, first.month)
        if kind == "range":
            return Period(first, _day(self.end))
        return Period.day(first)

    def choose(self, report: str, period: Period) -> None:
        """Set the choices as an officer would pick them (the tests, and a page opened from
        elsewhere)."""
        self.kind.setCurrentIndex(self.kind.findData(report))
        whole_month = period == Period.month(period.start.year, period.start.month)
        kind = "day" if period.start == period.end else "month" if whole_month else "range"
        self.period_kind.setCurrentIndex(self.period_kind.findData(kind))
        self.start.setDate(QDate(period.start.year, period.start.month, period.start.day))
        self.end.setDate(QDate(period.end.year, period.end.month, period.end.day))

    def show_report(self) -> None:
        try:
            period = self.period()
        except DomainError as refused:
            self._say(officer_message(refused), error=True)
            return
        kind = self.kind.currentData()
        self._say(self.tr("Counting…"))
        self.show_button.setEnabled(False)

        def compute(services: StationServices) -> Report:
            return ReportService(services.session).compute(kind, period)

        self.tasks.run_db(compute, self._shown, self._failed)

    def _failed(self, problem: Exception) -> None:
        self.show_button.setEnabled(True)
        if isinstance(problem, DomainError | VaultError):
            self._say(officer_message(problem), error=True)
            return
        raise problem

    def _shown(self, report: Report) -> None:
        self.show_button.setEnabled(True)
        self.report = report
        self.heading.setText(
            self.tr("{title} — {station} — {period}").format(
                title=on_screen(report.title),
                station=left_to_right(report.station),
                period=left_to_right(report.period.label()),
            )
        )
        self._fill_table(report)
        self._say(" ".join(on_screen(note) for note in report.notes))
        for button in self.file_buttons:
            button.setEnabled(True)

    def _fill_table(self, report: Report) -> None:
        width = max(len(section.columns) for section in report.sections)
        lines = sum(len(section.rows) + 3 for section in report.sections) - 1  # no blank last
        self.table.clear()
        self.table.setColumnCount(width)
        self.table.setRowCount(lines)
        bold = QFont(self.font())
        bold.setBold(True)
        row = 0
        for section in report.sections:
            title = QTableWidgetItem(on_screen(section.title))
            title.setFont(bold)
            self.table.setItem(row, 0, title)
            self.table.setSpan(row, 0, 1, width)
            for column, words in enumerate(section.columns):
                heading = QTableWidgetItem(on_screen(words))
                heading.setFont(bold)
                self.table.setItem(row + 1, column, heading)
            row += 2
            for cells in section.rows:
                for column, cell in enumerate(cells):
                    item = QTableWidgetItem(cell_text(cell, on_screen))
                    if isinstance(cell, int):
                        item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    self.table.setItem(row, column, item)
                row += 1
            row += 1

    def _say(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setStyleSheet(ERROR_STYLE if error else "")

    def choose_csv(self) -> None:
        if self.report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as CSV"),
            f"{self.report.kind}-{self.report.period.start:%Y-%m-%d}.csv",
            self.tr("CSV files (*.csv)"),
        )
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> None:
        """The shown report as CSV, headings in the screen's language."""
        if self.report is None:
            return
        try:
            write_csv(self.report, path, on_screen)
        except OSError as failure:
            self._say(
                self.tr("The report was not saved: {reason}").format(
                    reason=failure.strerror or type(failure).__name__
                ),
                error=True,
            )
            return
        self._say(self.tr("Report saved: {path}").format(path=path))

    def _right_to_left(self) -> bool:
        return self.layoutDirection() == Qt.LayoutDirection.RightToLeft

    def print_with_preview(self) -> None:
        if self.report is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(self.print_to)
        dialog.exec()

    def print_to(self, printer: QPrinter) -> None:
        """The shown report on ``printer`` (the preview's, or the one chosen there)."""
        if self.report is not None:
            print_report(self.report, printer, on_screen, right_to_left=self._right_to_left())

    def choose_pdf(self) -> None:
        if self.report is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the report as PDF"),
            f"{self.report.kind}-{self.report.period.start:%Y-%m-%d}.pdf",
            self.tr("PDF files (*.pdf)"),
        )
        if path:
            self.save_pdf(Path(path))

    def save_pdf(self, path: Path) -> None:
        if self.report is None:
            return
        try:
            write_report_pdf(self.report, path, on_screen, right_to_left=self._right_to_left())
        except OSError as failure:
            self._say(
                self.tr("The report was not saved: {reason}").format(
                    reason=failure.strerror or type(failure).__name__
                ),
                error=True,
            )
            return
        self._say(self.tr("Report saved: {path}").format(path=path))
