"""The FIR form's "Print informant's copy (PDF)…" button (Section 154 CrPC: a free copy).

Shown once the FIR is registered. The PDF is laid out off the GUI thread (on the network pool:
it never touches the vault, the record is already loaded), so a long narrative does not freeze
the window. The Urdu font is looked up on the GUI thread first, where font registration belongs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QPushButton, QWidget

from fieldclient.domain.record import Record
from fieldclient.ui.errors import report_error
from fieldclient.ui.fir_copy_pdf import render_fir_pdf, urdu_font_family
from fieldclient.ui.tasks import Tasks


class InformantCopyButton(QPushButton):
    """`written(path)` once the PDF is in place; `failed(sentence)` when it could not be."""

    written = Signal(str)
    failed = Signal(str)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setText(self.tr("Print informant's copy (PDF)…"))
        self.setObjectName("informantCopyButton")
        self.tasks = tasks
        self.record: Record | None = None
        self.clicked.connect(self.choose_file)
        self.hide()

    def show_for(self, record: Record) -> None:
        self.record = record
        self.setVisible(record.status != "draft")

    def choose_file(self) -> None:
        if self.record is None:
            return
        number = (self.record.number or self.record.provisional_number or "fir").replace("/", "-")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the informant's copy"),
            str(Path.home() / f"FIR-{number}.pdf"),
            self.tr("PDF files (*.pdf)"),
        )
        if chosen:
            self.print_to(Path(chosen))

    def print_to(self, path: Path) -> None:
        """Write the copy of the shown FIR to `path` on a worker thread."""
        record = self.record
        if record is None:
            return
        urdu_font_family()
        self.setEnabled(False)
        self.tasks.run_network(
            lambda: render_fir_pdf(record, path), lambda _none: self._written(path), self._failed
        )

    def _written(self, path: Path) -> None:
        self.setEnabled(True)
        self.written.emit(str(path))

    def _failed(self, problem: Exception) -> None:
        self.setEnabled(True)
        if isinstance(problem, OSError):
            reason = problem.strerror or problem.__class__.__name__
            self.failed.emit(
                self.tr("The copy was not written ({reason}): choose another folder.").format(
                    reason=reason
                )
            )
        else:
            report_error(self, problem)
