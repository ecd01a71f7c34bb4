"""An https server is pinned at enrollment: a different certificate later is refused before
anything is sent."""

from __future__ import annotations

import pytest

from sync.client import credentials
from sync.client.errors import CertificateMismatch
from tests.helpers.certificates import self_signed
from tests.helpers.payloads import fir_payload
from tests.helpers.server import GENEROUS_RATE, Admin, run_server, sqlite_database
from tests.integration.client.conftest import open_device
from tests.integration.client.loopback import json_answer, serving


def test_the_enrolled_certificate_is_pinned_and_another_is_refused(tmp_path):
    cert, key, fingerprint = self_signed(tmp_path / "tls")
    impostor_cert, impostor_key, impostor_fingerprint = self_signed(tmp_path / "tls", "impostor")
    with sqlite_database(tmp_path) as url, run_server(url, tls=(cert, key), env=GENEROUS_RATE) as s:
        admin = Admin(s)
        station = admin.add_station()
        device = open_device(tmp_path / "device", station)
        code = admin.enroll_code(station)
        with pytest.raises(CertificateMismatch):
            device.sync.enroll(s.url, code, fingerprint=impostor_fingerprint)
        assert not credentials.is_enrolled(device.session.vault)

        enrolled = device.sync.enroll(s.url, code)  # the refused try never spent the code
        device.records.create("fir", fir_payload())
        assert enrolled.cert_sha256 == fingerprint
        assert device.sync_ok().pushed == 1

        impostor = serving(lambda *request: json_answer(500, {}), tls=(impostor_cert, impostor_key))
        with impostor as running:
            with device.session.vault.transaction():
                device.session.vault.set_meta(credentials.SERVER_URL, running.url)  # type: ignore[attr-defined]
            report = device.sync.sync_once()
            assert running.seen == []
        assert report.error is not None and "different certificate" in report.error
        admin.engine.dispose()
        device.session.close()
