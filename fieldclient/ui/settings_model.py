"""The declared settings (`fieldclient.settings`) for the GUI, with a signal for every change.

`Settings.changed(name, value)` fires for every change, so a change takes effect at once. The
ones kept in ``settings.ini`` are read and written here; the ones kept in the vault are read on
the DB thread after unlock (`attach_vault`) and written back there through the function given
with them, so the GUI thread never touches the vault.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from fieldclient.settings import (
    ALL_SETTINGS,
    CERTIFICATE_FILE,
    FONT_SIZE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    MAIN_WINDOW_GEOMETRY,
    SERVER_URL,
    SYNC_INTERVAL_MINUTES,
    Home,
    IniSettings,
    Setting,
)

__all__ = [
    "ALL_SETTINGS",
    "CERTIFICATE_FILE",
    "FONT_SIZE",
    "IDLE_LOCK_MINUTES",
    "LANGUAGE",
    "LANGUAGES",
    "MAIN_WINDOW_GEOMETRY",
    "RIGHT_TO_LEFT_LANGUAGES",
    "SERVER_URL",
    "SYNC_INTERVAL_MINUTES",
    "Setting",
    "Settings",
]

LANGUAGES = {"en": "English", "ur": "اردو"}
RIGHT_TO_LEFT_LANGUAGES = frozenset({"ur"})
VaultStore = Callable[[Setting, Any], None]


class Settings(QObject):
    """Typed access to the declared settings; emits `changed`."""

    changed = Signal(str, object)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        data_dir.mkdir(parents=True, exist_ok=True)
        self._ini = IniSettings(data_dir)
        self._vault_values: dict[str, Any] = {}
        self._vault_store: VaultStore | None = None
        self._unsaved: set[str] = set()  # vault settings set before the vault was attached

    def get(self, setting: Setting) -> Any:
        if setting.home is Home.VAULT:
            return self._vault_values.get(setting.name, setting.default)
        return self._ini.get(setting)

    def set(self, setting: Setting, value: Any) -> None:
        typed = setting.type(value)
        if typed == self.get(setting):
            return
        if setting.home is Home.VAULT:
            self._vault_values[setting.name] = typed
            if self._vault_store is not None:
                self._vault_store(setting, typed)
            else:
                self._unsaved.add(setting.name)
        else:
            self._ini.set(setting, typed)
        self.changed.emit(setting.name, typed)

    def attach_vault(self, values: dict[str, Any], store: VaultStore) -> None:
        """The unlocked vault's settings (read on the DB thread) and how to write them; a value
        set since that read was asked for is newer: it is kept, and written now."""
        self._vault_values = values | self._vault_values
        self._vault_store = store
        for setting in ALL_SETTINGS:
            if setting.name in self._unsaved:
                store(setting, self._vault_values[setting.name])
        self._unsaved.clear()

    def detach_vault(self) -> None:
        """Locked: the vault's settings are not known until the next unlock."""
        self._vault_values, self._vault_store, self._unsaved = {}, None, set()
