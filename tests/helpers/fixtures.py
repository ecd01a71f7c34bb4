"""Shared fixtures: a temporary vault with a signed-in officer."""

from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldclient.vault.vault import Vault

OFFICER_BADGE = "KP-1001"
OFFICER_NAME = "Inspector Test"
OFFICER_PASSWORD = "correct horse battery staple"
STATION = "PSH-GULBAHAR"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def vault(data_dir: Path) -> Iterator[Vault]:
    opened = Vault.create(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    yield opened
    opened.close()


@pytest.fixture
def session(data_dir: Path):
    from fieldclient.services.session import create_vault

    opened = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD, station=STATION
    )
    yield opened
    opened.close()


@pytest.fixture
def records(session):
    from fieldclient.services.records import RecordService

    return RecordService(session)


def acknowledge_outbox(session) -> None:  # type: ignore[no-untyped-def]
    """Drop every queued mutation, as the server's acknowledgement of a push does."""
    acknowledged = [entry.mutation_id for entry in session.repo.outbox_entries()]
    with session.writer.transaction():
        session.writer.settle_push(acknowledged, {})
