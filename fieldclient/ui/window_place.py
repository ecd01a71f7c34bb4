"""Windows sized for the screen they open on; the main window's size and place remembered.

Station PCs have 1366×768 screens, often at 125 % scaling (1093×614 logical pixels). A window
asks for its preferred size and gets at most the available area of its screen; a remembered
place that no longer fits (another screen, another scaling) is pulled back inside it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def available_area(window: QWidget, around: QRect | None = None) -> QRect:
    """The usable part of the screen that holds ``around`` (or the window), taskbar excluded."""
    screen = None
    if around is not None:
        screen = QGuiApplication.screenAt(around.center())
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """Resize to ``width``×``height`` or less, centred on the screen's available area."""
    area = available_area(window)
    size = QRect(0, 0, min(width, area.width()), min(height, area.height()))
    size.moveCenter(area.center())
    window.setGeometry(size)


def geometry_text(window: QWidget) -> str:
    """``x,y,width,height`` of the window as it is (its normal size when maximised)."""
    rect = window.normalGeometry() if window.isMaximized() else window.geometry()
    return f"{rect.x()},{rect.y()},{rect.width()},{rect.height()}"


def restore_geometry(window: QWidget, text: str) -> bool:
    """Put the window where ``geometry_text`` said, inside today's screen; False if unreadable."""
    try:
        x, y, width, height = (int(part) for part in text.split(","))
    except ValueError:
        return False
    if width <= 0 or height <= 0:
        return False
    wanted = QRect(x, y, width, height)
    area = available_area(window, wanted)
    wanted.setWidth(min(width, area.width()))
    wanted.setHeight(min(height, area.height()))
    wanted.moveLeft(max(area.left(), min(wanted.left(), area.right() - wanted.width() + 1)))
    wanted.moveTop(max(area.top(), min(wanted.top(), area.bottom() - wanted.height() + 1)))
    window.setGeometry(wanted)
    return True
