"""Locks the app after a quiet spell: any key, click, scroll or mouse move restarts the clock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleLock(QObject):
    timed_out = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._expire)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Takes effect at once: a running clock restarts with the new length."""
        self._timer.setInterval(max(1, round(minutes * 60_000)))
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        _application().installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        _application().removeEventFilter(self)
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _expire(self) -> None:
        self.stop()
        self.timed_out.emit()


def _application() -> QCoreApplication:
    """The running application (the lock exists only inside one)."""
    application = QApplication.instance()
    assert application is not None
    return application
