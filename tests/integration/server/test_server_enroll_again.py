"""Issue 12.5 on the server: the same device, key and code get the same enrollment answer again
(its first answer was lost); another key with that code does not; a released device id enrolls
again with a new code of its station; migration 0004 from a database at 0003 (SQLite and
PostgreSQL)."""

from __future__ import annotations

import secrets

import pytest
import requests
from alembic import command
from sqlalchemy import text

from sync.protocol import signing
from sync.protocol.messages import EnrollRequest
from sync.server.db.engine import make_engine
from sync.server.db.migrate import alembic_config
from sync.server.services.enrollment import AdminError, enroll, new_enroll_code, release_device
from tests.helpers.server import BACKENDS, SignedDevice, database


def _enroll(server, code: str, device_id: str, private_key) -> requests.Response:  # type: ignore[no-untyped-def]
    return requests.post(
        server.url + "/v1/enroll",
        json={
            "protocol_version": 1,
            "code": code,
            "device_id": device_id,
            "public_key": signing.public_key_text(private_key),
        },
        headers={signing.HEADER_PROTOCOL: "1"},
        timeout=30,
    )


def test_the_same_device_key_and_code_get_the_same_answer_again(server, admin, station):
    code, device_id, key = (
        admin.enroll_code(station),
        secrets.token_hex(16),
        signing.generate_private_key(),
    )

    first = _enroll(server, code, device_id, key)
    again = _enroll(server, code, device_id, key)
    other_key = _enroll(server, code, device_id, signing.generate_private_key())
    other_device = _enroll(server, code, secrets.token_hex(16), key)

    assert first.status_code == again.status_code == 200, again.text
    assert again.json()["station"] == first.json()["station"]
    assert again.json()["device_id"] == device_id
    assert other_key.status_code == 403 and other_device.status_code == 403
    assert other_key.json()["code"] == "invalid_enroll_code"
    device = SignedDevice(server.url, device_id, key, station)
    assert device.send("GET", "/v1/status").status_code == 200


def test_a_revoked_device_does_not_get_its_answer_again(server, admin, station):
    code, device_id, key = (
        admin.enroll_code(station),
        secrets.token_hex(16),
        signing.generate_private_key(),
    )
    assert _enroll(server, code, device_id, key).status_code == 200
    admin.revoke(device_id)

    assert _enroll(server, code, device_id, key).status_code == 403


def test_a_released_device_id_enrolls_again_with_a_new_code_and_key(server, admin, station):
    device = admin.device(station)
    release_device(admin.engine, device.device_id, server.now_ms())
    assert device.send("GET", "/v1/status").status_code == 403  # released: revoked until then
    with pytest.raises(AdminError, match="already released"):
        release_device(admin.engine, device.device_id, server.now_ms())
    other_station = admin.add_station()
    new_key = signing.generate_private_key()

    elsewhere = _enroll(server, admin.enroll_code(other_station), device.device_id, new_key)
    again = _enroll(server, admin.enroll_code(station), device.device_id, new_key)

    assert elsewhere.status_code == 409
    assert again.status_code == 200, again.text
    renewed = SignedDevice(server.url, device.device_id, new_key, station)
    assert renewed.send("GET", "/v1/status").status_code == 200
    assert device.send("GET", "/v1/status").status_code == 401  # the old key signs nothing


def test_an_enrolled_device_id_is_not_enrolled_again_without_a_release(server, admin, station):
    device = admin.device(station)

    answer = _enroll(server, admin.enroll_code(station), device.device_id, device.private_key)

    assert answer.status_code == 409 and answer.json()["code"] == "device_exists"


@pytest.mark.parametrize("backend", BACKENDS)
def test_migration_0004_keeps_devices_and_a_released_one_enrolls_again(backend, tmp_path):
    with database(backend, tmp_path) as url:
        engine = make_engine(url)
        config = alembic_config(engine)
        command.upgrade(config, "0003")
        key = signing.generate_private_key()
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO stations (code, name, district, change_seq, next_challan,"
                    " created_at) VALUES ('PSM', 'M', 'Peshawar', 0, 1, 0)"
                )
            )
            connection.execute(
                text(
                    "INSERT INTO devices (id, station, public_key, name, enrolled_at, last_seq)"
                    " VALUES (:id, 'PSM', :key, 'pc', 0, 7)"
                ),
                {"id": "d" * 32, "key": signing.public_key_text(key)},
            )
        command.upgrade(config, "head")
        try:
            release_device(engine, "d" * 32, 1)
            code = new_enroll_code(engine, "PSM", 2, 1)
            new_key = signing.public_key_text(signing.generate_private_key())
            request = EnrollRequest(code=code, device_id="d" * 32, public_key=new_key)
            assert enroll(engine, request, 3).code == "PSM"
            with engine.connect() as connection:
                row = connection.execute(
                    text("SELECT public_key, last_seq, revoked_at, released_at FROM devices")
                ).one()
            assert tuple(row) == (new_key, 7, None, None)
        finally:
            engine.dispose()
