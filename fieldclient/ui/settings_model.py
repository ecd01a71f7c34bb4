"""Every setting of the desktop app, declared once: name, type, default, description.

Stored with QSettings in an INI file inside the data dir (plain values, never pickled; nothing in
it is record content). `Settings.changed` fires for every change, so a change takes effect at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal

SETTINGS_FILE = "settings.ini"


@dataclass(frozen=True)
class Setting:
    name: str
    type: type
    default: Any
    description: str


SERVER_URL = Setting("sync/server_url", str, "", "Address of the central sync server (https://…)")
CERTIFICATE_FILE = Setting(
    "sync/certificate_file", str, "", "CA certificate file that signs the server's certificate"
)
SYNC_INTERVAL_MINUTES = Setting(
    "sync/interval_minutes", float, 5.0, "Sync in the background this often (minutes)"
)
IDLE_LOCK_MINUTES = Setting(
    "security/idle_lock_minutes", float, 5.0, "Lock the vault after this long without input"
)
LANGUAGE = Setting("display/language", str, "en", "Language of the screens: en or ur")
FONT_SIZE = Setting("display/font_size", int, 10, "Font size in points")

ALL_SETTINGS = (
    SERVER_URL,
    CERTIFICATE_FILE,
    SYNC_INTERVAL_MINUTES,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    FONT_SIZE,
)
LANGUAGES = {"en": "English", "ur": "اردو"}
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ur"})


class Settings(QObject):
    """Typed access to the declared settings; emits `changed(name, value)`."""

    changed = Signal(str, object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._store = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    def get(self, setting: Setting) -> Any:
        raw = self._store.value(setting.name, setting.default)
        try:
            return setting.type(raw)
        except (TypeError, ValueError):  # a hand-edited file: fall back, do not crash
            return setting.default

    def set(self, setting: Setting, value: Any) -> None:
        typed = setting.type(value)
        if typed == self.get(setting):
            return
        self._store.setValue(setting.name, typed)
        self._store.sync()
        self.changed.emit(setting.name, typed)
