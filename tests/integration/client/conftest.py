"""Client vaults syncing with the real server on loopback.

One server per test module (SQLite unless a module asks for both backends); each test makes its
own station, so tests never see each other's records. A ``Device`` is a real vault (made with
``create_vault``) with the services the GUI and the CLI use.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from fieldclient.services.conflicts import ConflictService
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session, create_vault
from fieldclient.services.sync import SyncService
from fieldclient.vault.repository import RecordRepository
from sync.client.backoff import RetryPolicy
from sync.server.services.enrollment import AdminError
from sync.server.services.officers import add_officer, set_role
from tests.helpers.server import Admin, RunningServer

PASSWORD = "station secret 1"
FAST_RETRY = RetryPolicy(attempts=2, base_seconds=0.05, cap_seconds=0.1)


@dataclass
class Device:
    session: Session
    records: RecordService
    sync: SyncService
    conflicts: ConflictService

    @property
    def repo(self) -> RecordRepository:
        return self.session.repo

    @property
    def device_id(self) -> str:
        return self.session.device_id

    def sync_ok(self):  # type: ignore[no-untyped-def]
        report = self.sync.sync_once()
        assert report.error is None, report.error
        return report

    def record_ids(self) -> set[str]:
        return {row[0] for row in self.session.vault.conn.execute("SELECT id FROM records")}


def open_device(folder: Path, station: str, badge: str = "KP-1", role: str = "sho") -> Device:
    session = create_vault(
        folder, badge=badge, name=f"Officer {badge}", password=PASSWORD, station=station, role=role
    )
    return Device(
        session=session,
        records=RecordService(session),
        sync=SyncService(session, retry=FAST_RETRY),
        conflicts=ConflictService(session),
    )


def confirm_officer_role(admin: Admin, station: str, badge: str, name: str, role: str) -> None:
    """What ``fieldsync-server add-officer --role`` / ``set-role`` does."""
    try:
        add_officer(admin.engine, station, badge, name, admin.server.now_ms(), role)
    except AdminError:  # already on the roster
        set_role(admin.engine, station, badge, role)


@pytest.fixture
def new_device(
    tmp_path: Path, admin: Admin, server: RunningServer, station: str
) -> Iterator[Callable[..., Device]]:
    """``new_device(enroll=True)``: a fresh vault of the test's station, enrolled by default.

    The station's administrator gives the vault's first officer, on the server's roster, the
    role the keyring holds (a device never raises a role itself: a second device's SHO would
    otherwise be held at Moharrir); ``confirm_role=False`` leaves the roles to the devices."""
    opened: list[Device] = []
    numbers = itertools.count(1)

    def make(
        *, enroll: bool = True, badge: str = "KP-1", role: str = "sho", confirm_role: bool = True
    ) -> Device:
        device = open_device(tmp_path / f"device{next(numbers)}", station, badge, role)
        opened.append(device)
        if enroll:
            device.sync.enroll(server.url, admin.enroll_code(station))
            if confirm_role:
                confirm_officer_role(admin, station, badge, f"Officer {badge}", role)
        return device

    yield make
    for device in opened:
        device.session.close()
