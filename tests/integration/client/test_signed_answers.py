"""Issue 12.3 against the real server on loopback (SQLite and PostgreSQL): the device receives
the server's key at enrollment, every real pull and status answer verifies with it, and a real
page played back to another device is refused with the vault unchanged."""

from __future__ import annotations

import base64
import logging
import stat

from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.client import credentials
from sync.client.errors import SyncErrorKind
from sync.server.core.server_key import KEY_FILE, load_or_create
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.server import data_dir_for
from tests.helpers.sync_server_fixtures import server_on_every_backend
from tests.integration.client.loopback import LossyProxy, serving

server = server_on_every_backend()


class ReplayingProxy(LossyProxy):
    """Forwards; the first pull answer is recorded and, once ``replaying``, returned (with its
    real signature) instead of the answer to every later pull."""

    def __init__(self, upstream: str) -> None:
        super().__init__(upstream)
        self.recorded = None
        self.replaying = False

    def respond(self, method, path, headers, body):  # type: ignore[no-untyped-def]
        answer = super().respond(method, path, headers, body)
        if path != "/v1/pull" or answer is None:
            return answer
        if self.recorded is None:
            self.recorded = answer
        return self.recorded if self.replaying else answer


def test_the_device_holds_the_servers_key_and_real_answers_verify(new_device, server, caplog):
    device = new_device()
    other = new_device(badge="KP-2")
    made = other.records.create("tenant", tenant_payload()).id
    other.sync_ok()
    caplog.set_level(logging.INFO)

    report = device.sync_ok()  # pull and status, each checked against the server's key

    folder = data_dir_for(server.database_url)
    expected = load_or_create(folder).public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    held = device.session.vault.get_meta(credentials.SERVER_PUBLIC_KEY)
    assert held == base64.b64encode(expected).decode()
    assert stat.S_IMODE((folder / KEY_FILE).stat().st_mode) == 0o600
    assert report.pulled == 1 and made in device.record_ids()
    assert "refused a sync server answer" not in caplog.text


def test_a_real_page_played_back_to_another_device_is_refused(new_device, server, caplog):
    first, second = new_device(), new_device(badge="KP-2")
    made = {first.records.create("fir", fir_payload()).id for _ in range(2)}
    proxy = ReplayingProxy(server.url)
    with serving(proxy.respond) as loopback:
        for device in (first, second):
            with device.session.vault.transaction():
                device.session.vault.set_meta(credentials.SERVER_URL, loopback.url)  # type: ignore[attr-defined]
        first.sync_ok()  # its pull answer (both FIRs, from cursor 0) is recorded on the path
        proxy.replaying = True

        report = second.sync.sync_once()  # asks from cursor 0 too: the same page, not for it

        assert report.error_kind == SyncErrorKind.BAD_ANSWER, report.error
        assert "/v1/pull: the server's signature does not match" in caplog.text
        assert second.record_ids() == set()
        assert credentials.int_meta(second.session.vault, credentials.CURSOR) == 0
        proxy.replaying = False
        second.sync_ok()
    assert second.record_ids() == made
