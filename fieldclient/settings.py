"""Every client setting declared once: name, type, default, description, and where it is kept.

Two homes. ``settings.ini`` in the data dir holds what is needed before anyone unlocks the vault
(language, font size, idle lock, sync interval, a CA file): plain values, nothing secret, never
record content. The vault's meta holds the sync server's address: it belongs to the device's
enrollment (the engine syncs there, the certificate pinned for it is beside it), so it is kept
in one place only and encrypted. Qt-free, so the CLI reads the same declarations as the GUI
(`fieldclient.ui.settings_model` wraps them with a change signal).

``settings.ini`` keeps the layout QSettings gives an INI file (``[group]`` then ``key=value``,
strings with special characters quoted), so files written by earlier versions still read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from fieldclient.domain.reference import canonical_province, fine_provinces
from fieldclient.vault.atomic import write_atomically
from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import SERVER_URL as SERVER_URL_KEY
from fieldclient.vault.writer import VaultWriter

SETTINGS_FILE = "settings.ini"


class Home(Enum):
    INI = "settings.ini"
    VAULT = "vault"


@dataclass(frozen=True)
class Setting:
    name: str  # "group/key" in settings.ini, the meta key in the vault
    type: Callable[[Any], Any]  # makes the typed value; ValueError for a value of the wrong form
    default: Any
    description: str
    home: Home = Home.INI

    def parse(self, raw: object) -> Any:
        """The typed value; a value of the wrong form (a hand-edited file) gives the default."""
        try:
            return self.type(raw)
        except (TypeError, ValueError):
            return self.default


SERVER_URL = Setting(
    SERVER_URL_KEY, str, "", "Address of the central sync server (https://…)", Home.VAULT
)
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
OVERDUE_DAYS = Setting(
    "registers/overdue_days",
    int,
    7,
    "Show a complaint still received or under inquiry this many days later as overdue",
)
FIR_DELAY_REASON_AFTER_HOURS = Setting(
    "fir/delay_reason_after_hours",
    float,
    24.0,
    "An FIR reported longer than this after the occurrence needs the reason for the delay "
    "before it is registered (hours; the station's rule, not a legal one: docs/REGISTERS.md)",
)
TENANT_REPORT_WITHIN_HOURS = Setting(
    "tenant/report_within_hours",
    float,
    0.0,
    "Hours after possession is handed over within which a tenancy must be reported; filed "
    "later, it is shown as late. 0: not set, because neither Act's text that was read fixes "
    "it (Punjab: 48 h in the 2015 Ordinance, other figures reported for the Act; KP: none "
    "read); set it from the Act in force (docs/REGISTERS.md section 5)",
)


def province(value: object) -> str:
    """A province with a fine table (``KP`` and other spellings accepted), or "" for none."""
    text = str(value).strip()
    if not text:
        return ""
    found = canonical_province(text)
    if found is None or found not in fine_provinces():
        raise ValueError(f"not one of {', '.join(fine_provinces())}")
    return found


STATION_PROVINCE = Setting(
    "station/province",
    province,
    "",
    "Province whose fine table this station's challans use, for a station code typed by hand "
    "at set-up (a station chosen from the list has its own and this is not used)",
)


MAIN_WINDOW_GEOMETRY = Setting(
    "display/main_window", str, "", "Where the main window was left: x,y,width,height"
)

ALL_SETTINGS = (
    SERVER_URL,
    CERTIFICATE_FILE,
    SYNC_INTERVAL_MINUTES,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    FONT_SIZE,
    OVERDUE_DAYS,
    FIR_DELAY_REASON_AFTER_HOURS,
    TENANT_REPORT_WITHIN_HOURS,
    STATION_PROVINCE,
    MAIN_WINDOW_GEOMETRY,
)
BY_NAME = {setting.name: setting for setting in ALL_SETTINGS}


class IniSettings:
    """The settings kept in ``settings.ini``."""

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / SETTINGS_FILE

    def get(self, setting: Setting) -> Any:
        raw = _read_ini(self.path).get(setting.name)
        return setting.default if raw is None else setting.parse(raw)

    def set(self, setting: Setting, value: Any) -> Any:
        """Store ``value`` (typed by the setting); returns the typed value."""
        if setting.home is not Home.INI:
            raise ValueError(f"{setting.name} is not kept in {SETTINGS_FILE}")
        typed = setting.type(value)
        values = _read_ini(self.path) | {setting.name: _ini_text(typed)}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, _render_ini(values).encode("utf-8"))
        return typed


class VaultSettings:
    """The settings kept in the vault (the caller holds it unlocked)."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get(self, setting: Setting) -> Any:
        raw = self.vault.get_meta(setting.name)
        return setting.default if raw is None else setting.parse(raw)

    def values(self) -> dict[str, Any]:
        return {s.name: self.get(s) for s in ALL_SETTINGS if s.home is Home.VAULT}

    def set(self, setting: Setting, value: Any) -> Any:
        if setting.home is not Home.VAULT:
            raise ValueError(f"{setting.name} is not kept in the vault")
        typed = setting.type(value)
        writer = VaultWriter(self.vault)
        with writer.transaction():
            writer.save_sync_state({setting.name: str(typed)})
            self.vault.audit("settings.change", None, {"setting": setting.name})
        return typed


# ---- the INI layout ------------------------------------------------------------------------

_QUOTE_IF = frozenset('",;=#[]\\')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t"}
_UNESCAPES = {"\\": "\\", '"': '"', "n": "\n", "r": "\r", "t": "\t", "0": "\0"}


def _read_ini(path: Path) -> dict[str, str]:
    """``{"group/key": text}``; keys outside a group are in QSettings' ``General``."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    values: dict[str, str] = {}
    group = ""
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1].strip()
            group = "" if group == "General" else group
            continue
        key, sep, raw = line.partition("=")
        if sep:
            name = f"{group}/{key.strip()}" if group else key.strip()
            values[name] = _unquote(raw.strip())
    return values


def _render_ini(values: dict[str, str]) -> str:
    groups: dict[str, list[str]] = {}
    for name, text in sorted(values.items()):
        group, _, key = name.rpartition("/")
        groups.setdefault(group or "General", []).append(f"{key}={_quote(text)}")
    return "\n".join(
        f"[{group}]\n" + "\n".join(lines) + "\n" for group, lines in sorted(groups.items())
    )


def _ini_text(value: Any) -> str:
    return repr(value) if isinstance(value, float) else str(value)


def _quote(text: str) -> str:
    if text != text.strip() or any(c in _QUOTE_IF or ord(c) < 32 for c in text):
        return '"' + "".join(_ESCAPES.get(c, c) for c in text) + '"'
    return text


def _unquote(raw: str) -> str:
    quoted = len(raw) >= 2 and raw.startswith('"') and raw.endswith('"')
    body = raw[1:-1] if quoted else raw
    out: list[str] = []
    chars = iter(body)
    for char in chars:
        if char == "\\":
            following = next(chars, "")
            out.append(_UNESCAPES.get(following, following))
        else:
            out.append(char)
    return "".join(out)
