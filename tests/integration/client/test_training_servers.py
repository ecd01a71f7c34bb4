"""Training data never reaches a production server: the client refuses to enroll a practice
vault with one, and the server refuses practice devices and records (real server, loopback)."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from fieldclient.services.records import RecordService
from fieldclient.services.sync import SyncService
from fieldclient.services.training import create_practice_vault
from fieldclient.settings import SERVER_URL, VaultSettings
from sync.client.errors import TrainingRefused
from sync.protocol import signing
from sync.server.db.tables import devices, enroll_codes
from tests.helpers.payloads import fir_payload
from tests.helpers.server import GENEROUS_RATE, Admin, RunningServer, run_server, sqlite_database
from tests.integration.client.conftest import FAST_RETRY, PASSWORD, open_device

TRAINING_SERVER = GENEROUS_RATE | {"FIELDSYNC_TRAINING": "1"}


def _practice(folder: Path, station: str):  # type: ignore[no-untyped-def]
    session = create_practice_vault(
        folder, badge="TR-1", name="Trainee", password=PASSWORD, station=station, seed=1
    )
    return session, SyncService(session, retry=FAST_RETRY)


def _code_spent(admin: Admin, device_id: str) -> bool:
    with admin.engine.connect() as connection:
        spent = connection.execute(
            select(enroll_codes.c.used_at).where(enroll_codes.c.device_id == device_id)
        ).first()
        known = connection.execute(select(devices.c.id).where(devices.c.id == device_id)).first()
    return spent is not None or known is not None


def _raw_enroll(server: RunningServer, code: str, *, training: bool) -> requests.Response:
    key = signing.generate_private_key()
    return requests.post(
        server.url + "/v1/enroll",
        json={
            "protocol_version": 1,
            "code": code,
            "device_id": secrets.token_hex(16),
            "public_key": signing.public_key_text(key),
            "training": training,
        },
        headers={signing.HEADER_PROTOCOL: "1"},
        timeout=30,
    )


def test_client_refuses_to_enroll_a_practice_vault_with_a_production_server(
    tmp_path, server, admin, station
):
    session, sync = _practice(tmp_path / "practice", station)
    code = admin.enroll_code(station)
    try:
        with pytest.raises(TrainingRefused, match="not a training server"):
            sync.enroll(server.url, code)
        assert not sync.status().enrolled
        assert not _code_spent(admin, session.device_id)  # nothing reached the server
    finally:
        session.close()
    # The code is still good: a real vault enrolls with it.
    real = open_device(tmp_path / "real", station)
    try:
        real.sync.enroll(server.url, code)
        assert real.sync.status().enrolled
    finally:
        real.session.close()


def test_production_server_refuses_a_practice_enrollment_and_keeps_the_code(admin, server, station):
    code = admin.enroll_code(station)
    refused = _raw_enroll(server, code, training=True)
    assert refused.status_code == 403
    assert refused.json()["code"] == "training_mismatch"
    assert "production server" in refused.json()["message"]
    assert _raw_enroll(server, code, training=False).status_code == 200  # code was not spent


def test_production_server_rejects_a_record_marked_training(admin, station):
    device = admin.device(station)
    record = device.new_record("fir", fir_payload())
    record["training"] = True
    answer = device.push([device.create(record)])
    assert answer.status_code == 200, answer.text
    (result,) = answer.json()["results"]
    assert result["outcome"] == "rejected" and result["code"] == "training_record"
    assert device.pull_all() == []


@pytest.fixture(scope="module")
def training_server(tmp_path_factory) -> Iterator[RunningServer]:  # type: ignore[no-untyped-def]
    with (
        sqlite_database(tmp_path_factory.mktemp("training-db")) as url,
        run_server(url, env=TRAINING_SERVER) as running,
    ):
        yield running


def test_training_server_takes_practice_vaults_only(tmp_path, training_server):
    admin = Admin(training_server)
    try:
        station = admin.add_station()
        real = open_device(tmp_path / "real", station)
        try:
            with pytest.raises(TrainingRefused, match="training server"):
                real.sync.enroll(training_server.url, admin.enroll_code(station))
        finally:
            real.session.close()
        session, sync = _practice(tmp_path / "practice", station)
        try:
            sync.enroll(training_server.url, admin.enroll_code(station))
            RecordService(session).create("fir", fir_payload())
            report = sync.sync_once()
            assert report.error is None and report.rejected == 0 and report.pushed > 0
            with admin.engine.connect() as connection:
                marked = connection.execute(
                    select(devices.c.training).where(devices.c.id == session.device_id)
                ).scalar_one()
            assert marked
        finally:
            session.close()
    finally:
        admin.engine.dispose()


def test_a_practice_device_is_refused_once_its_server_runs_as_production(tmp_path):
    with sqlite_database(tmp_path) as url:
        with run_server(url, env=TRAINING_SERVER) as practice_server:
            admin = Admin(practice_server)
            station = admin.add_station()
            session, sync = _practice(tmp_path / "practice", station)
            sync.enroll(practice_server.url, admin.enroll_code(station))
            admin.engine.dispose()
        try:
            with run_server(url, init=False, env=GENEROUS_RATE) as production:
                # The administrator serves the same database as production, at a new address.
                VaultSettings(session.vault).set(SERVER_URL, production.url)
                report = SyncService(session, retry=FAST_RETRY).sync_once()
                assert report.error is not None and "production server" in str(report.error)
                assert production.process.poll() is None
        finally:
            session.close()
