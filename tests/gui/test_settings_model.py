"""settings.ini is the same file for Qt and for the Qt-free settings, and the GUI's model keeps
vault settings for the vault."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from fieldclient.settings import SETTINGS_FILE, IniSettings
from fieldclient.ui.settings_model import (
    CERTIFICATE_FILE,
    FONT_SIZE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    SERVER_URL,
    Settings,
)

AWKWARD = r' C:\Users\x, y\cert "pem"; # = [a] اردو '


def test_what_qsettings_wrote_reads_here_and_what_is_written_here_reads_in_qsettings(tmp_path):
    qt = QSettings(str(tmp_path / SETTINGS_FILE), QSettings.Format.IniFormat)
    qt.setValue(CERTIFICATE_FILE.name, AWKWARD)
    qt.setValue(IDLE_LOCK_MINUTES.name, 1 / 60)
    qt.setValue(FONT_SIZE.name, 13)
    qt.sync()
    ini = IniSettings(tmp_path)
    assert ini.get(CERTIFICATE_FILE) == AWKWARD
    assert (ini.get(IDLE_LOCK_MINUTES), ini.get(FONT_SIZE)) == (1 / 60, 13)

    ini.set(LANGUAGE, "ur")
    ini.set(CERTIFICATE_FILE, AWKWARD.strip())
    again = QSettings(str(tmp_path / SETTINGS_FILE), QSettings.Format.IniFormat)
    assert again.value(LANGUAGE.name) == "ur"
    assert again.value(CERTIFICATE_FILE.name) == AWKWARD.strip()
    assert float(again.value(IDLE_LOCK_MINUTES.name)) == 1 / 60


def test_a_vault_setting_set_before_unlock_finished_is_stored_once_attached(qtbot, tmp_path):
    settings = Settings(tmp_path)
    changes: list[tuple[str, object]] = []
    settings.changed.connect(lambda name, value: changes.append((name, value)))
    stored: list[tuple[str, object]] = []

    settings.set(SERVER_URL, "https://new.example")
    settings.attach_vault(
        {SERVER_URL.name: "https://old.example"},
        lambda setting, value: stored.append((setting.name, value)),
    )

    assert settings.get(SERVER_URL) == "https://new.example"
    assert stored == [(SERVER_URL.name, "https://new.example")]
    assert changes == [(SERVER_URL.name, "https://new.example")]
    assert not (tmp_path / SETTINGS_FILE).exists()  # never in settings.ini
    settings.detach_vault()
    assert settings.get(SERVER_URL) == ""
