"""Shows the station recovery key once, to be printed or written down and kept by the SHO."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class RecoveryKeyDialog(QDialog):
    """The key cannot be shown again: Close waits until the officer says the SHO has it."""

    def __init__(self, key: str, station: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.station = station
        self.setObjectName("recoveryKeyDialog")
        self.setWindowTitle(self.tr("Station recovery key"))
        explain = QLabel(
            self.tr(
                "Print this key or write it down now, and give it to the SHO to keep locked away. "
                "With it an officer who forgot the password can set a new one. It is shown only "
                "this once and is not kept on this computer."
            ),
            self,
        )
        explain.setWordWrap(True)
        self.key_label = QLabel(key, self)
        self.key_label.setObjectName("recoveryKey")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setWordWrap(True)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(font.pointSize() + 4)
        self.key_label.setFont(font)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.clicked.connect(self.print_key)
        self.kept = QCheckBox(self.tr("The SHO &has this key (printed or written down)"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setEnabled(False)
        self.kept.toggled.connect(self.close_button.setEnabled)
        buttons.rejected.connect(self._close_if_kept)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.key_label)
        layout.addWidget(self.print_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.kept)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def reject(self) -> None:  # Escape and the window's close button
        self._close_if_kept()

    def _close_if_kept(self) -> None:
        if self.kept.isChecked():
            super().reject()
        else:
            self.kept.setFocus()

    def print_key(self) -> None:
        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        document = QTextDocument(self)
        document.setPlainText(
            self.tr(
                "Station recovery key — {station}\n\n{key}\n\n"
                "Keep locked away. With it an officer who forgot the password sets a new one "
                "(unlock screen, Forgot password)."
            ).format(station=self.station, key=self.key)
        )
        document.print_(printer)
