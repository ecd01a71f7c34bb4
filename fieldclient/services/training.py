"""Training mode: the practice vault, its made-up records, and starting over.

The practice vault is an ordinary vault in a folder of its own (``<data dir>-training``), marked
``practice_vault = 1`` in its encrypted meta. Everything created in it is marked ``training``
(`Record.training`), enrollment with a production server is refused (`sync.client.enrollment`),
and every print carries a TRAINING watermark. The trainees' exercise results live beside it in
``training_results.json`` (`fieldclient.services.exercises`), so starting over keeps them.
"""

from __future__ import annotations

import random
import uuid
from pathlib import Path

from fieldclient.domain import roles
from fieldclient.domain.training import practice_data
from fieldclient.services.session import Session, create_vault, open_session
from fieldclient.services.station import StationServices
from fieldclient.vault.errors import VaultError
from fieldclient.vault.migrations import MigrationProgress
from fieldclient.vault.vault import DB_NAME, KEYRING_NAME, PRACTICE_VAULT_META
from fieldclient.vault.writer import ConflictRow

PRACTICE_PIN = "2468"  # every trainee's attendance PIN in the practice vault (the exercise says so)
OTHER_TRAINEE = "PRACTICE-2"  # the made-up colleague whose edit the practice conflict holds
SEED_RECORDS = 6  # of each kind


class NotAPracticeVault(VaultError):
    """Training mode was pointed at a vault that is not a practice vault."""


def training_dir(data_dir: Path) -> Path:
    """The practice vault's folder beside the real one: ``…/fc`` → ``…/fc-training``."""
    return data_dir.with_name(f"{data_dir.name}-training")


def create_practice_vault(
    data_dir: Path,
    *,
    badge: str,
    name: str,
    password: str,
    station: str,
    seed: int | None = None,
    role: str = roles.FIRST_OFFICER_ROLE,
) -> Session:
    """A new practice vault with its first trainee and realistic made-up records (the trainee
    practises every role's work, so the first one holds the SHO's role unless told)."""
    session = create_vault(
        data_dir, badge=badge, name=name, password=password, station=station, role=role
    )
    try:
        with session.vault.transaction():
            session.vault.set_meta(PRACTICE_VAULT_META, "1")
            session.vault.audit("training.create", None, {"station": station})
        add_practice_records(StationServices.for_session(session), random.Random(seed))
    except BaseException:
        session.close()
        raise
    return session


def open_practice_session(
    data_dir: Path, badge: str, password: str, *, progress: MigrationProgress | None = None
) -> Session:
    """Unlock a practice vault; a real vault is refused (training mode never opens one)."""
    session = open_session(data_dir, badge, password, progress=progress)
    if not session.training:
        session.close()
        raise NotAPracticeVault(
            f"{data_dir} holds a real vault, not a practice one; training mode does not open it."
        )
    return session


def reset_practice_vault(
    data_dir: Path, badge: str, password: str, seed: int | None = None
) -> Session:
    """Start over: the officer's password is checked on the practice vault, which is then deleted
    and made again with the same officer, station and fresh made-up records."""
    session = open_practice_session(data_dir, badge, password)
    name, station = session.officer_name, session.station
    session.close()
    for file_name in (DB_NAME, f"{DB_NAME}-wal", f"{DB_NAME}-shm", KEYRING_NAME):
        (data_dir / file_name).unlink(missing_ok=True)
    return create_practice_vault(
        data_dir, badge=badge, name=name, password=password, station=station, seed=seed
    )


def add_practice_records(services: StationServices, rng: random.Random) -> None:
    """FIRs (some registered), challans, tenant records, the trainee's PIN and one conflict to
    resolve; all made through the ordinary use cases, so they are what a station would hold."""
    session = services.session
    now = session.now()
    stations = practice_data.practice_stations()
    station = rng.choice(stations) if stations else None
    province = station.province if station else "Punjab"
    records = services.records
    for serial in range(SEED_RECORDS):
        fir = records.create("fir", practice_data.fir_payload(rng, now, station))
        if serial % 2 == 0:
            records.transition(fir.id, "registered", "entered in the daily diary")
        records.create("challan", practice_data.challan_payload(rng, now, province))
    tenants = [
        records.create("tenant", practice_data.tenant_payload(rng, now, station))
        for _ in range(SEED_RECORDS)
    ]
    services.attendance.set_pin(session.officer_badge, PRACTICE_PIN)
    add_practice_conflict(session, tenants[0].id, practice_data.practice_mobile(rng))


def add_practice_conflict(session: Session, record_id: str, their_phone: str) -> None:
    """A colleague's concurrent change of the tenant's phone, as a sync would have kept it."""
    record = session.repo.get(record_id)
    path = "tenant.phone"
    with session.writer.transaction():
        session.writer.add_conflict(
            ConflictRow(
                id=uuid.uuid4().hex,
                record_id=record_id,
                field=path,
                mine=record.data["tenant"]["phone"],
                theirs=their_phone,
                mine_hlc=record.clocks.get(path),
                theirs_hlc=session.writer.tick(),
                mine_officer=session.officer_badge,
                theirs_officer=OTHER_TRAINEE,
                winner="mine",
            )
        )
