"""The declared settings without Qt: settings.ini as QSettings lays it out, the vault's own, and
the server address kept in one place."""

from __future__ import annotations

from fieldclient.settings import (
    ALL_SETTINGS,
    CERTIFICATE_FILE,
    FIR_DELAY_REASON_AFTER_HOURS,
    FONT_SIZE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    SERVER_URL,
    SETTINGS_FILE,
    SYNC_INTERVAL_MINUTES,
    TENANT_REPORT_WITHIN_HOURS,
    Home,
    IniSettings,
    VaultSettings,
)
from sync.client import credentials

# What QSettings (IniFormat) wrote for these values in earlier versions of the app.
QSETTINGS_FILE = r"""[display]
font_size=12
language=ur

[security]
idle_lock_minutes=0.016666666666666666

[sync]
certificate_file="C:\\Users\\x, y\\cert.pem"
interval_minutes=5
server_url=https://old.example:8443
"""


def test_a_settings_file_written_by_qsettings_reads_back_typed(tmp_path):
    (tmp_path / SETTINGS_FILE).write_text(QSETTINGS_FILE, encoding="utf-8")
    ini = IniSettings(tmp_path)
    assert ini.get(FONT_SIZE) == 12 and ini.get(LANGUAGE) == "ur"
    assert ini.get(IDLE_LOCK_MINUTES) == 1 / 60
    assert ini.get(SYNC_INTERVAL_MINUTES) == 5.0
    assert ini.get(CERTIFICATE_FILE) == r"C:\Users\x, y\cert.pem"


def test_values_round_trip_and_defaults_cover_the_missing_and_the_unreadable(tmp_path):
    ini = IniSettings(tmp_path)
    assert [ini.get(s) for s in (FONT_SIZE, LANGUAGE)] == [FONT_SIZE.default, LANGUAGE.default]
    awkward = ' "quoted" ; # = [x], back\\slash\tand اردو '
    ini.set(CERTIFICATE_FILE, awkward)
    ini.set(SYNC_INTERVAL_MINUTES, 0.5)
    ini.set(FONT_SIZE, 14)
    assert IniSettings(tmp_path).get(CERTIFICATE_FILE) == awkward
    assert IniSettings(tmp_path).get(SYNC_INTERVAL_MINUTES) == 0.5
    (tmp_path / SETTINGS_FILE).write_text("[display]\nfont_size=huge\n", encoding="utf-8")
    assert IniSettings(tmp_path).get(FONT_SIZE) == FONT_SIZE.default


def test_the_server_address_has_one_home_the_enrollment_in_the_vault(data_dir, session):
    assert [s.name for s in ALL_SETTINGS if s.home is Home.VAULT] == [credentials.SERVER_URL]
    stored = VaultSettings(session.vault)
    assert stored.get(SERVER_URL) == ""
    stored.set(SERVER_URL, "https://sync.example.gov.pk")
    assert session.vault.get_meta(credentials.SERVER_URL) == "https://sync.example.gov.pk"
    assert stored.values() == {SERVER_URL.name: "https://sync.example.gov.pk"}
    assert not (data_dir / SETTINGS_FILE).exists()
    actions = [row[0] for row in session.vault.conn.execute("SELECT action FROM audit")]
    assert actions[-1] == "settings.change"


def test_the_fir_delay_allowed_before_a_reason_is_kept_in_settings_ini(data_dir):
    stored = IniSettings(data_dir)
    assert stored.get(FIR_DELAY_REASON_AFTER_HOURS) == 24.0
    stored.set(FIR_DELAY_REASON_AFTER_HOURS, "12")
    assert IniSettings(data_dir).get(FIR_DELAY_REASON_AFTER_HOURS) == 12.0
    assert "delay_reason_after_hours=12" in (data_dir / SETTINGS_FILE).read_text()


def test_the_tenant_reporting_deadline_is_unset_until_the_station_sets_it(data_dir):
    stored = IniSettings(data_dir)
    assert stored.get(TENANT_REPORT_WITHIN_HOURS) == 0.0
    stored.set(TENANT_REPORT_WITHIN_HOURS, "48")
    assert IniSettings(data_dir).get(TENANT_REPORT_WITHIN_HOURS) == 48.0
    assert "report_within_hours=48.0" in (data_dir / SETTINGS_FILE).read_text()
