"""An https server is pinned at enrollment: a different certificate later is refused before
anything is sent."""

from __future__ import annotations

import io
import sys

import pytest

from fieldclient.cli.main import main
from sync.client import credentials
from sync.client.errors import CertificateMismatch, FingerprintNotAccepted
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

        shown: list[str] = []
        with pytest.raises(FingerprintNotAccepted, match=fingerprint):
            device.sync.enroll(
                s.url, code, accept_fingerprint=lambda fp: shown.append(fp) is not None
            )
        assert shown == [fingerprint] and not credentials.is_enrolled(device.session.vault)

        # neither refused try spent the code
        enrolled = device.sync.enroll(s.url, code, accept_fingerprint=shown.__contains__)
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


def test_the_command_line_shows_the_fingerprint_and_pins_only_after_yes(
    tmp_path, monkeypatch, capsys
):
    cert, key, fingerprint = self_signed(tmp_path / "tls")
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", "station secret 1")
    with sqlite_database(tmp_path) as url, run_server(url, tls=(cert, key), env=GENEROUS_RATE) as s:
        admin = Admin(s)
        station = admin.add_station()
        code = admin.enroll_code(station)

        def run(*args: str, answer: str | None = None) -> tuple[int, str, str]:
            monkeypatch.setattr(sys, "stdin", io.StringIO(answer or ""))
            done = main([*args, "--data-dir", str(tmp_path / "vault")])
            out, err = capsys.readouterr()
            return done, out, err

        init = ("init", "--officer", "KP-1", "--name", "Officer", "--station", station)
        assert run(*init)[0] == 0
        enroll = ("enroll", "--server", s.url, "--code", code)
        refused = run(*enroll, answer="n\n")
        no_answer = run(*enroll)  # a script without a terminal: no
        accepted = run(*enroll, answer="y\n")
        admin.engine.dispose()

    assert refused[0] == 1 and fingerprint in refused[2] and "[y/N]" in refused[2]
    assert "was not accepted" in refused[2] and "Traceback" not in refused[2]
    assert no_answer[0] == 1
    assert accepted[0] == 0, accepted[2]
    assert f"Server certificate pinned, SHA-256 {fingerprint}" in accepted[1]


def test_the_command_line_pins_a_given_fingerprint_without_asking(tmp_path, monkeypatch, capsys):
    cert, key, fingerprint = self_signed(tmp_path / "tls")
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", "station secret 1")
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    with sqlite_database(tmp_path) as url, run_server(url, tls=(cert, key), env=GENEROUS_RATE) as s:
        admin = Admin(s)
        station = admin.add_station()
        folder = ("--data-dir", str(tmp_path / "vault"))
        main(["init", "--officer", "KP-1", "--name", "Officer", "--station", station, *folder])
        colons = ":".join(fingerprint[i : i + 2] for i in range(0, 64, 2)).upper()
        done = main(
            [
                "enroll",
                "--server",
                s.url,
                "--code",
                admin.enroll_code(station),
                "--accept-fingerprint",
                colons,
                *folder,
            ]
        )
        admin.engine.dispose()
    out, err = capsys.readouterr()
    assert done == 0, err
    assert "[y/N]" not in err and f"pinned, SHA-256 {fingerprint}" in out
