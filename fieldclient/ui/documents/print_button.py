"""The "Print" button of a record's form: to a printer (Qt's dialog, with preview) or to a PDF.

The printout is prepared on the DB thread (it reads the vault and signs the payload), drawn on the
GUI thread for a printer or on the network pool for a PDF (it never touches the vault), and the
print is then counted and audited on the DB thread. A PDF is only counted once it is in place; a
print only when the officer confirmed it in the dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QToolButton, QWidget

from fieldclient.domain.documents import DOCUMENTS, NotPrintable
from fieldclient.domain.record import Record
from fieldclient.services.documents import Printout
from fieldclient.services.station import StationServices
from fieldclient.ui.documents import LAYOUTS
from fieldclient.ui.documents.compose import urdu_font_family
from fieldclient.ui.documents.registry import layout_for
from fieldclient.ui.documents.render import paint, write_pdf
from fieldclient.ui.errors import report_error, user_message
from fieldclient.ui.tasks import Tasks


class PrintDocumentButton(QToolButton):
    """`written(path)` after a PDF, `printed()` after a print; `failed(sentence)` otherwise."""

    written = Signal(str)
    printed = Signal()
    failed = Signal(str)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printDocumentButton")
        self.setText(self.tr("&Print…"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.tasks = tasks
        self.record: Record | None = None
        self.setMenu(QMenu(self))
        self.hide()

    def show_for(self, record: Record) -> None:
        """Shown once the record has a document (an FIR from registration on)."""
        self.record = record
        document = DOCUMENTS.get(record.type)
        printable = (
            document is not None
            and record.type in LAYOUTS
            and document.not_printable_reason(record) is None
        )
        self.setVisible(printable)
        if printable:
            self._fill_menu(layout_for(record.type).layouts)

    def _fill_menu(self, layouts: tuple[str, ...]) -> None:
        menu = self.menu()
        menu.clear()
        names = {"a4": self.tr("A4"), "receipt": self.tr("80 mm receipt")}
        for layout in layouts:
            menu.addAction(
                self.tr("Print ({layout})…").format(layout=names[layout]),
                partial(self.print_with_preview, layout),
            )
            menu.addAction(
                self.tr("Save as PDF ({layout})…").format(layout=names[layout]),
                partial(self.choose_pdf, layout),
            )

    # ---- PDF -----------------------------------------------------------------------------

    def choose_pdf(self, layout: str) -> None:
        if self.record is None:
            return
        number = self.record.number or self.record.provisional_number or self.record.type
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the document as PDF"),
            str(Path.home() / f"{number.replace('/', '-')}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            self.save_pdf(Path(chosen), layout)

    def save_pdf(self, path: Path, layout: str = "a4") -> None:
        """Prepare, write `path` on a worker thread, then count the print."""

        def write(printout: Printout) -> None:
            urdu_font_family()
            self.tasks.run_network(
                lambda: write_pdf(printout, path),
                lambda _pages: self._count(printout, "pdf", lambda: self.written.emit(str(path))),
                self._failed,
            )

        self._prepare(layout, write)

    # ---- printer -------------------------------------------------------------------------

    def print_with_preview(self, layout: str) -> None:
        self._prepare(layout, self._preview)

    def _preview(self, printout: Printout) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.paintRequested.connect(lambda target: paint(printout, target))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._count(printout, "printer", self.printed.emit)
        else:
            self.setEnabled(True)

    def print_to(self, printer: QPrinter, layout: str = "a4") -> None:
        """Print straight to `printer` (no dialog), then count the print."""

        def send(printout: Printout) -> None:
            paint(printout, printer)
            self._count(printout, "printer", self.printed.emit)

        self._prepare(layout, send)

    # ---- shared --------------------------------------------------------------------------

    def _prepare(self, layout: str, then: Callable[[Printout], None]) -> None:
        record = self.record
        if record is None:
            return
        self.setEnabled(False)
        self.tasks.run_db(
            lambda services: services.documents.prepare(record.id, layout),
            then,
            self._failed,
        )

    def _count(self, printout: Printout, destination: str, then: Callable[[], None]) -> None:
        def counted(_none: None) -> None:
            self.setEnabled(True)
            then()

        self.tasks.run_db(
            lambda services: _record(services, printout, destination), counted, self._failed
        )

    def _failed(self, problem: Exception) -> None:
        self.setEnabled(True)
        if isinstance(problem, NotPrintable):
            self.failed.emit(user_message(problem))
        elif isinstance(problem, OSError):
            reason = problem.strerror or problem.__class__.__name__
            self.failed.emit(
                self.tr("The document was not written ({reason}): choose another folder.").format(
                    reason=reason
                )
            )
        else:
            report_error(self, problem)


def _record(services: StationServices, printout: Printout, destination: str) -> None:
    services.documents.record_print(printout, destination)
