"""A running sync says how far it got: changes sent of the outbox's count, records and pages
received so far (the real server on loopback)."""

from __future__ import annotations

from sync.client import engine
from sync.client.progress import SyncPhase, SyncProgress
from tests.helpers.payloads import tenant_payload


def test_a_sync_reports_sent_of_total_then_received_and_pages(new_device, monkeypatch):
    writer, reader = new_device(), new_device(badge="KP-2")
    for number in range(5):
        writer.records.create("tenant", tenant_payload(f"Tenant {number}"))
    monkeypatch.setattr(engine, "BATCH_MUTATIONS", 2)
    monkeypatch.setattr(engine, "PULL_PAGE", 2)
    heard: list[SyncProgress] = []

    report = writer.sync.sync_once(heard.append)

    assert report.error is None and report.pushed == 5
    sending = [p for p in heard if p.phase is SyncPhase.SENDING]
    assert [p.sent for p in sending] == [0, 2, 4, 5]
    assert {p.to_send for p in sending} == {5}
    assert heard.index(sending[-1]) < len(heard) - 1  # then the pull reported too

    heard.clear()
    pulled = reader.sync.sync_once(heard.append)

    assert pulled.error is None and pulled.pulled == 5
    assert [p.phase for p in heard] == [SyncPhase.RECEIVING] * 3  # nothing to send
    assert [(p.received, p.pages) for p in heard] == [(2, 1), (4, 2), (5, 3)]
