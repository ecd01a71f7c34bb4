"""Issue 12.5: an enrollment whose answer was lost is sent again with the key the vault kept
before sending, and the server answers it the same; an administrator can release a device id
so the station enrolls it again (real server on loopback, SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from fieldclient.services.session import open_session
from fieldclient.services.sync import SyncService
from sync.client import credentials
from sync.client.errors import EnrollRefused, SyncError
from tests.helpers.payloads import fir_payload
from tests.helpers.server import run_cli
from tests.helpers.sync_server_fixtures import server_on_every_backend
from tests.integration.client.conftest import FAST_RETRY, PASSWORD, open_device
from tests.integration.client.loopback import LossyProxy, serving

server = server_on_every_backend()


def test_a_lost_enrollment_answer_is_sent_again_after_a_restart_and_enrolls(
    tmp_path, server, admin, station
):
    folder = tmp_path / "device"
    device = open_device(folder, station)
    code = admin.enroll_code(station)
    proxy = LossyProxy(server.url)
    with serving(proxy.respond) as loopback:
        proxy.lose("/v1/enroll", times=FAST_RETRY.attempts)  # every try acted on, none heard
        with pytest.raises(SyncError):
            device.sync.enroll(loopback.url, code)
        assert not credentials.is_enrolled(device.session.vault)
        kept = device.session.vault.get_meta(credentials.ENROLL_KEY)
        assert kept
        device.session.close()

        session = open_session(folder, "KP-1", PASSWORD)  # the app restarted
        try:
            sync = SyncService(session, retry=FAST_RETRY)
            enrollment = sync.enroll(loopback.url, code)
            assert enrollment.station_code == station
            assert credentials.private_key_text(enrollment.private_key) == kept
            assert session.vault.get_meta(credentials.ENROLL_KEY) is None
            report = sync.sync_once()
            assert report.error is None, report.error
        finally:
            session.close()


def test_a_device_whose_key_is_lost_enrolls_again_after_the_administrator_releases_it(
    tmp_path, server, admin, station
):
    device = open_device(tmp_path / "device", station)
    device.sync.enroll(server.url, admin.enroll_code(station))
    made = device.records.create("fir", fir_payload()).id
    device.sync_ok()
    with device.session.vault.transaction():  # the key is gone (as before issue 12.5's fix)
        device.session.vault.conn.execute("DELETE FROM meta WHERE key LIKE 'sync.%'")

    with pytest.raises(EnrollRefused, match=f"device id {device.device_id}"):
        device.sync.enroll(server.url, admin.enroll_code(station))
    released = run_cli(server.database_url, "release-device", device.device_id)
    assert released.returncode == 0, released.stderr
    assert f"device {device.device_id} released" in released.stdout
    device.sync.enroll(server.url, admin.enroll_code(station))

    report = device.sync_ok()
    assert report.pulled >= 1 and made in device.record_ids()
    device.session.close()


def test_a_released_device_is_refused_until_it_enrolls_again(tmp_path, server, admin, station):
    device = open_device(tmp_path / "device", station)
    device.sync.enroll(server.url, admin.enroll_code(station))
    device.sync_ok()

    released = run_cli(server.database_url, "release-device", device.device_id)
    again = run_cli(server.database_url, "release-device", device.device_id)
    unknown = run_cli(server.database_url, "release-device", "f" * 32)

    assert released.returncode == 0
    report = device.sync.sync_once()
    assert report.error is not None and "revoked" in report.error
    assert again.returncode == 1 and "already released" in again.stderr
    assert unknown.returncode == 1 and "no device" in unknown.stderr
    assert "Traceback" not in again.stderr + unknown.stderr
    device.session.close()
