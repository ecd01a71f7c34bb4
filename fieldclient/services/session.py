"""A signed-in officer's session: the unlocked vault, its reader and writer, the device clock."""

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from fieldclient.domain import roles
from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.reference import province_of_station
from fieldclient.services.device_clock import SessionNotice, restore_clock
from fieldclient.services.public_keys_file import refresh_public_keys
from fieldclient.settings import STATION_PROVINCE, IniSettings
from fieldclient.vault.errors import VaultError
from fieldclient.vault.migrations import MigrationProgress
from fieldclient.vault.repository import RecordRepository
from fieldclient.vault.vault import Vault
from fieldclient.vault.writer import HLC_META_KEY, VaultWriter, stored_clock_offset

WallClock = Callable[[], int]  # Unix milliseconds
log = logging.getLogger(__name__)


@dataclass
class Session:
    vault: Vault
    repo: RecordRepository
    clock: HybridLogicalClock
    notices: list[SessionNotice] = field(default_factory=list)  # shown once after unlock
    recovery_key: str | None = None  # the station recovery key just made: shown once, not kept
    writer: VaultWriter = field(init=False)

    def __post_init__(self) -> None:
        self.writer = VaultWriter(self.vault, self.clock)

    @property
    def officer_badge(self) -> str:
        return self.vault.officer.badge

    @property
    def officer_name(self) -> str:
        return self.vault.officer.name

    @property
    def training(self) -> bool:
        """A practice vault: its records are marked and never reach a production server."""
        return self.vault.practice

    @property
    def station(self) -> str:
        return self.vault.station

    @property
    def station_province(self) -> str | None:
        """The province whose fine table the station's challans use: the station chosen at
        setup (the reference list) has its own; a station code typed by hand takes the
        ``station/province`` setting; None when neither says (the form lets them choose)."""
        try:
            listed = province_of_station(self.vault.station)
        except FileNotFoundError:  # a bundle without reference data
            listed = None
        return listed or IniSettings(self.vault.data_dir).get(STATION_PROVINCE) or None

    @property
    def device_id(self) -> str:
        return self.vault.device_id

    def now(self) -> datetime:
        """Pakistan time by the device clock corrected with the server's."""
        return self.writer.now()

    def close(self) -> None:
        self.vault.close()


def _session_for(vault: Vault, wall_clock_ms: WallClock | None) -> Session:
    """The session with the device clock as the last sync left it: corrected by the server's
    offset, so every time stamped here (GUI or CLI) is the server's idea of now."""
    clock, notices = restore_clock(vault, HLC_META_KEY, wall_clock_ms)
    clock.offset_ms = stored_clock_offset(vault)
    if _refresh_public_keys(vault):
        notices.append(SessionNotice.PUBLIC_KEYS_CHANGED)
    return Session(vault=vault, repo=RecordRepository(vault), clock=clock, notices=notices)


def _refresh_public_keys(vault: Vault) -> bool:
    """The document keys copied out for verifying without login; a folder that cannot be
    written only loses that (logged)."""
    try:
        return refresh_public_keys(vault)
    except (OSError, VaultError) as problem:
        log.warning("could not write the public document keys (%s)", type(problem).__name__)
        return False


def create_vault(
    data_dir: Path,
    *,
    badge: str,
    name: str,
    password: str,
    station: str,
    role: str = roles.FIRST_OFFICER_ROLE,
    wall_clock_ms: WallClock | None = None,
) -> Session:
    """A new vault, and its station recovery key (on the session, to be shown once)."""
    vault = Vault.create(
        data_dir, badge=badge, name=name, password=password, station=station, role=role
    )
    session = _session_for(vault, wall_clock_ms)
    session.recovery_key = vault.make_recovery_key()
    return session


def open_session(
    data_dir: Path,
    badge: str,
    password: str,
    *,
    wall_clock_ms: WallClock | None = None,
    progress: MigrationProgress | None = None,
) -> Session:
    """Unlock; ``wall_clock_ms`` replaces the PC's clock (tests of a device clock that is off);
    ``progress`` hears (done, total) while an older vault's records are upgraded."""
    return _session_for(Vault.unlock(data_dir, badge, password, progress=progress), wall_clock_ms)


def recover_session(data_dir: Path, badge: str, recovery_key: str, new_password: str) -> Session:
    """Sign in with the station recovery key, setting the officer's new password."""
    return _session_for(Vault.recover(data_dir, badge, recovery_key, new_password), None)
