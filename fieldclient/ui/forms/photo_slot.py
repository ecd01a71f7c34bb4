"""One photo of a tenant record (the tenant, the CNIC's front or back): a preview and its vault id.

The picture is stored encrypted in the vault as soon as it is chosen, so a draft can refer to it by
id; the record links it when saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PREVIEW_WIDTH = 160
PREVIEW_HEIGHT = 120


class PhotoSlot(QWidget):
    """`attachment_id` is the stored photo's id (None: no photo); `changed` when it changes."""

    changed = Signal()
    choose_requested = Signal(str)  # the photo kind
    failed = Signal(object)  # the exception that kept the picture out of the vault

    def __init__(self, kind: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.attachment_id: str | None = None
        self.preview = QLabel(self.tr("No photo"), self)
        self.preview.setFixedSize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("border: 1px solid #999;")
        self.choose_button = QPushButton(self.tr("Choose file…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.choose_button.clicked.connect(lambda: self.choose_requested.emit(self.kind))
        self.remove_button.clicked.connect(self.clear)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.preview)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.setFocusProxy(self.choose_button)

    def show_picture(self, content: bytes) -> bool:
        """Put `content` in the preview; False if it is not a picture Qt can read."""
        pixmap = QPixmap()
        if not pixmap.loadFromData(content):
            return False
        self.preview.setPixmap(
            pixmap.scaled(
                PREVIEW_WIDTH,
                PREVIEW_HEIGHT,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
        return True

    def stored(self, attachment_id: str) -> None:
        """The DB thread stored the chosen picture under `attachment_id`."""
        self.attachment_id = attachment_id
        self.choose_button.setEnabled(True)
        self.changed.emit()

    def store_failed(self, failure: Exception) -> None:
        self.choose_button.setEnabled(True)
        self._blank()
        self.failed.emit(failure)

    def refer_to(self, attachment_id: str | None) -> None:
        """Show a photo already in the vault (its bytes arrive later through `show_loaded`)."""
        self.attachment_id = attachment_id
        if attachment_id is None:
            self._blank()

    def show_loaded(self, photo: tuple[str, bytes]) -> None:
        self.show_picture(photo[1])

    def clear(self) -> None:
        self.attachment_id = None
        self._blank()
        self.changed.emit()

    def _blank(self) -> None:
        self.preview.clear()
        self.preview.setText(self.tr("No photo"))

    @property
    def has_preview(self) -> bool:
        return not self.preview.pixmap().isNull()
