"""The sync status bar: online or offline, last successful sync, changes waiting, Sync now.

The sync controller drives it (`set_online`, `set_not_enrolled`, `set_last_sync`, `set_pending`,
`set_refused`, `set_syncing`, `set_progress`, `set_message`) and listens to `sync_requested`; the
window opens the refused changes on `refusals_requested`. Until the device is enrolled the Sync now
button stays hidden. Messages are the window's own sentences, never tracebacks.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar, QWidget

from fieldclient.ui.bidi import shown_time
from sync.client.progress import SyncPhase, SyncProgress

ERROR_STYLE = "color: #b00020"
ONLINE_STYLE = "color: #1b5e20; font-weight: bold"
OFFLINE_STYLE = "color: #8a5a00; font-weight: bold"


class SyncStatusBar(QStatusBar):
    sync_requested = Signal()
    refusals_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatusBar")
        self.online_label = QLabel(self)
        self.online_label.setObjectName("onlineLabel")
        self.last_sync_label = QLabel(self)
        self.pending_label = QLabel(self)
        self.message_label = QLabel(self)
        self.message_label.setObjectName("syncMessage")
        self.message_label.setWordWrap(False)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.sync_button = QPushButton(self.tr("Sync now"), self)
        self.sync_button.setObjectName("syncNowButton")
        self.sync_button.hide()
        self.sync_button.clicked.connect(self.sync_requested)
        self.refused_button = QPushButton(self)
        self.refused_button.setObjectName("refusedButton")
        self.refused_button.setStyleSheet(ERROR_STYLE)
        self.refused_button.hide()
        self.refused_button.clicked.connect(self.refusals_requested)
        for widget in (self.online_label, self.last_sync_label, self.pending_label):
            self.addWidget(widget)
        self.addWidget(self.message_label, stretch=1)
        self.addPermanentWidget(self.refused_button)
        self.addPermanentWidget(self.progress)
        self.addPermanentWidget(self.sync_button)
        self.set_online(False)
        self.set_last_sync(None)
        self.set_pending(0)

    def set_online(self, online: bool) -> None:
        self.online_label.setText(self.tr("Online") if online else self.tr("Offline"))
        self.online_label.setStyleSheet(ONLINE_STYLE if online else OFFLINE_STYLE)
        self.sync_button.show()

    def set_not_enrolled(self) -> None:
        self.online_label.setText(self.tr("Not enrolled"))
        self.online_label.setStyleSheet(OFFLINE_STYLE)
        self.sync_button.hide()

    def set_last_sync(self, when: datetime | None) -> None:
        shown = shown_time(when, empty=self.tr("never"))
        self.last_sync_label.setText(self.tr("Last sync: {when}").format(when=shown))

    def set_pending(self, count: int) -> None:
        self.pending_label.setText(self.tr("{count} changes waiting").format(count=count))

    def set_refused(self, count: int) -> None:
        """Changes the server refused and this computer keeps: a button that lists them."""
        self.refused_button.setText(self.tr("{count} refused").format(count=count))
        self.refused_button.setToolTip(self.tr("Changes the sync server refused: see why"))
        self.refused_button.setVisible(count > 0)

    def set_syncing(self, syncing: bool) -> None:
        """A busy bar until the engine reports its first step; the window stays usable."""
        self.progress.setRange(0, 0)
        self.progress.setVisible(syncing)
        self.sync_button.setEnabled(not syncing)
        if syncing:
            self.set_message(self.tr("Syncing…"))

    def set_progress(self, progress: SyncProgress) -> None:
        """Sending: a bar of x of y changes. Receiving: the records and pages so far (the
        server does not say how many will come, so the bar stays busy)."""
        if progress.phase is SyncPhase.SENDING:
            self.progress.setRange(0, progress.to_send)
            self.progress.setValue(progress.sent)
            text = self.tr("Syncing: sent {sent} of {total} changes…").format(
                sent=progress.sent, total=progress.to_send
            )
        else:
            self.progress.setRange(0, 0)
            text = self.tr("Syncing: received {count} records ({pages} pages so far)…").format(
                count=progress.received, pages=progress.pages
            )
        self.progress.setToolTip(text)
        self.set_message(text)

    def set_message(self, text: str, *, error: bool = False, detail: str | None = None) -> None:
        """One sentence for the officer; the tooltip holds the full text (it may be long) or
        the engine's detail."""
        self.message_label.setText(text)
        self.message_label.setToolTip(detail or text)
        self.message_label.setStyleSheet(ERROR_STYLE if error else "")
