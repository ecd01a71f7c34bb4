"""What the officer sees when sync cannot finish, and that nothing is lost or doubled after."""

from __future__ import annotations

from sqlalchemy import func, select

from sync.client import credentials, engine
from sync.server.core.clock import now_ms
from sync.server.db.tables import records
from sync.server.services.admin import set_status_by_server
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.server import GENEROUS_RATE, Admin, run_server, sqlite_database
from tests.integration.client.conftest import open_device
from tests.integration.client.loopback import LossyProxy, serving


def test_a_revoked_device_is_told_in_words_and_keeps_everything(new_device, admin):
    device = new_device()
    synced = device.records.create("fir", fir_payload())
    device.sync_ok()
    unsynced = device.records.create("tenant", tenant_payload())
    admin.revoke(device.device_id)

    report = device.sync.sync_once()

    assert report.error is not None
    assert "revoked by the administrator" in report.error
    assert "unsynced records are kept" in report.error
    assert device.record_ids() == {synced.id, unsynced.id}
    assert [entry.record_id for entry in device.repo.outbox_entries()] == [unsynced.id]
    assert device.sync.status().pending == 1


def test_a_rejected_change_stays_in_the_outbox_with_its_reason(new_device, admin):
    device = new_device()
    tenant = device.records.create("tenant", tenant_payload())
    device.sync_ok()
    set_status_by_server(admin.engine, tenant.id, "verified", None, now_ms())
    device.records.edit(tenant.id, {"tenant": {"occupation": "Driver"}})  # not yet pulled

    report = device.sync_ok()
    again = device.sync_ok()

    assert report.rejected == 1 and again.rejected == 0
    [rejection] = report.rejections
    assert rejection.record_id == tenant.id and rejection.op == "update"
    [kept] = device.repo.outbox_entries("rejected")
    assert kept.mutation_id == rejection.mutation_id
    assert kept.reject_reason and kept.reject_reason.startswith("frozen")
    assert kept.body["fields"] == {"tenant.occupation": "Driver"}
    assert device.repo.get(tenant.id).status == "verified"
    assert device.sync.status().rejected == 1


def test_a_push_whose_answer_was_lost_converges_without_duplicates(
    new_device, server, admin, station
):
    device, other = new_device(), new_device(badge="KP-2")
    made = {device.records.create("fir", fir_payload(f"Informant {i}")).id for i in range(4)}
    proxy = LossyProxy(server.url)
    with serving(proxy.respond) as loopback:
        _point_at(device, loopback.url)
        proxy.lose("/v1/push", times=2)  # the first try and its retry
        cut = device.sync.sync_once()
        assert cut.error is not None and "reach the sync server" in cut.error
        assert device.repo.pending_count() == 4  # nothing deleted without an acknowledgement

        resumed = device.sync_ok()

    assert resumed.pushed == 4 and resumed.rejected == 0
    assert device.repo.pending_count() == 0
    other.sync_ok()
    assert other.record_ids() == made == device.record_ids()
    assert _records_on_server(admin, station) == 4


def test_a_pull_cut_between_pages_resumes_at_the_stored_cursor(new_device, server, monkeypatch):
    writer, reader = new_device(), new_device(badge="KP-2")
    made = {writer.records.create("tenant", tenant_payload(f"Tenant {i}")).id for i in range(5)}
    writer.sync_ok()
    monkeypatch.setattr(engine, "PULL_PAGE", 2)
    proxy = LossyProxy(server.url)
    with serving(proxy.respond) as loopback:
        _point_at(reader, loopback.url)
        proxy.lose("/v1/pull", times=2, after=1)
        cut = reader.sync.sync_once()
        assert cut.error is not None and cut.pulled == 2
        assert len(reader.record_ids()) == 2 and _cursor(reader) > 0
        late = writer.records.create("tenant", tenant_payload("Late tenant"))
        writer.sync_ok()

        resumed = reader.sync_ok()

    assert resumed.pulled == 4
    assert reader.record_ids() == made | {late.id}


def test_a_server_killed_between_push_and_pull_and_restarted_loses_nothing(tmp_path):
    proxy = LossyProxy("http://127.0.0.1:9")
    with sqlite_database(tmp_path) as url, serving(proxy.respond) as loopback:
        with run_server(url, env=GENEROUS_RATE) as first:
            proxy.upstream = first.url
            admin = Admin(first)
            station = admin.add_station()
            device = open_device(tmp_path / "device", station)
            other = open_device(tmp_path / "other", station, "KP-2")
            for each in (device, other):
                each.sync.enroll(loopback.url, admin.enroll_code(station))
            made = {device.records.create("fir", fir_payload()).id for _ in range(3)}
            proxy.before("/v1/pull", first.process.kill)

            cut = device.sync.sync_once()

            assert cut.pushed == 3 and cut.error is not None
            admin.engine.dispose()
        with run_server(url, init=False, env=GENEROUS_RATE) as second:
            proxy.upstream = second.url
            admin = Admin(second)
            other_made = other.records.create("tenant", tenant_payload()).id
            other.sync_ok()
            device.sync_ok()
            device.sync_ok()
            assert _records_on_server(admin, station) == 4
            admin.engine.dispose()
    assert device.record_ids() == made | {other_made}
    assert device.repo.pending_count() == 0
    for each in (device, other):
        each.session.close()


def _point_at(device, url: str) -> None:  # type: ignore[no-untyped-def]
    with device.session.vault.transaction():
        device.session.vault.set_meta(credentials.SERVER_URL, url)


def _cursor(device) -> int:  # type: ignore[no-untyped-def]
    return credentials.int_meta(device.session.vault, credentials.CURSOR)


def _records_on_server(admin: Admin, station: str) -> int:
    with admin.engine.connect() as connection:
        query = select(func.count()).select_from(records).where(records.c.station == station)
        return int(connection.execute(query).scalar_one())
