"""The sync status bar: online or offline, last successful sync, changes waiting, Sync now.

The sync engine drives it through `set_online`, `set_last_sync`, `set_pending`, `show_progress`
and listens to `sync_requested`; until sync is set up the button and progress bar stay hidden.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget


class SyncStatusBar(QStatusBar):
    sync_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.online_label = QLabel(self)
        self.last_sync_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.hide()
        self.sync_button.clicked.connect(self.sync_requested)
        for widget in (self.online_label, self.last_sync_label, self.pending_label):
            self.addWidget(widget)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.sync_button)
        self.set_online(False)
        self.set_last_sync(None)
        self.set_pending(0)

    def set_online(self, online: bool) -> None:
        self.online_label.setText(self.tr("Online") if online else self.tr("Offline"))

    def set_last_sync(self, when: datetime | None) -> None:
        shown = when.astimezone().strftime("%Y-%m-%d %H:%M") if when else self.tr("never")
        self.last_sync_label.setText(self.tr("Last sync: {when}").format(when=shown))

    def set_pending(self, count: int) -> None:
        self.pending_label.setText(self.tr("{count} changes waiting").format(count=count))

    def show_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(done)
        self.progress.show()

    def hide_progress(self) -> None:
        self.progress.hide()
