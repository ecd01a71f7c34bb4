"""A signed-in officer's session: the unlocked vault, its repository and the device clock."""

from dataclasses import dataclass, field
from pathlib import Path

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.services.device_clock import SessionNotice, restore_clock
from fieldclient.vault.repository import RecordRepository
from fieldclient.vault.vault import Vault

HLC_META_KEY = "hlc_last"


@dataclass
class Session:
    vault: Vault
    repo: RecordRepository
    clock: HybridLogicalClock
    notices: list[SessionNotice] = field(default_factory=list)  # shown once after unlock

    @property
    def officer_badge(self) -> str:
        return self.vault.officer.badge

    @property
    def officer_name(self) -> str:
        return self.vault.officer.name

    @property
    def station(self) -> str:
        return self.vault.station

    @property
    def device_id(self) -> str:
        return self.vault.device_id

    def tick(self) -> str:
        """A new clock value, remembered in the caller's transaction so it never goes back."""
        value = self.clock.now()
        self.vault.set_meta(HLC_META_KEY, value)
        return value

    def close(self) -> None:
        self.vault.close()


def _session_for(vault: Vault) -> Session:
    clock, notices = restore_clock(vault, HLC_META_KEY)
    return Session(vault=vault, repo=RecordRepository(vault), clock=clock, notices=notices)


def create_vault(data_dir: Path, *, badge: str, name: str, password: str, station: str) -> Session:
    return _session_for(
        Vault.create(data_dir, badge=badge, name=name, password=password, station=station)
    )


def open_session(data_dir: Path, badge: str, password: str) -> Session:
    return _session_for(Vault.unlock(data_dir, badge, password))
