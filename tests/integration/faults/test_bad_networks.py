"""A link that cannot carry big requests: push batches and pull pages halve on a timeout and
grow back once requests succeed; an idle sync is one small request."""

from __future__ import annotations

import gzip
import json

from sync.client import credentials, engine, transport
from sync.client.backoff import RetryPolicy
from tests.helpers.fault_proxy import FaultProxy
from tests.helpers.payloads import tenant_payload
from tests.integration.faults.harness import assert_applied_once, port_of, sync_until_quiet

PATIENT = RetryPolicy(attempts=6, base_seconds=0.01, cap_seconds=0.05)
IDLE_BYTES = 2048  # the whole request and answer, headers included


def test_an_idle_sync_is_one_small_request(server, new_replica):
    with FaultProxy(port_of(server.url)) as proxy:
        replica = new_replica(proxy.url)
        replica.device.records.create("tenant", tenant_payload())
        sync_until_quiet([replica])
        sent, received, before = proxy.bytes_from_client, proxy.bytes_to_client, len(proxy.log)

        assert replica.sync() is None

    idle = proxy.log[before:]
    assert [(exchange.method, exchange.path) for exchange in idle] == [("POST", "/v1/pull")]
    assert proxy.bytes_from_client - sent < IDLE_BYTES
    assert proxy.bytes_to_client - received < IDLE_BYTES


def test_push_batches_halve_on_timeouts_and_grow_back(server, admin, new_replica, monkeypatch):
    monkeypatch.setattr(transport, "READ_TIMEOUT", 0.5)
    with FaultProxy(port_of(server.url)) as proxy:
        replica = new_replica(proxy.url)
        replica.device.sync.retry = PATIENT
        sync_until_quiet([replica])
        for number in range(120):
            replica.device.records.create("tenant", tenant_payload(f"Tenant {number}"))
        proxy.plan.stall_path, proxy.plan.stall_times = "/v1/push", 2

        assert replica.sync() is None

    batches = [
        (len(json.loads(gzip.decompress(exchange.body))["mutations"]), exchange.fault)
        for exchange in proxy.log
        if exchange.path == "/v1/push"
    ]
    assert batches[:3] == [(120, "stall"), (60, "stall"), (30, "pass")]
    sizes = [size for size, _ in batches[2:]]
    assert sizes[1] > sizes[0] and sum(sizes) == 120  # grew back, and everything went once
    assert replica.device.repo.pending_count() == 0
    assert_applied_once([replica], admin)
    kept = credentials.int_meta(replica.device.session.vault, credentials.PUSH_BATCH)
    assert sizes[-1] <= kept < engine.BATCH_MUTATIONS  # the next sync starts from there


def test_pull_pages_halve_on_timeouts_and_everything_arrives(server, new_replica, monkeypatch):
    monkeypatch.setattr(transport, "READ_TIMEOUT", 0.5)
    with FaultProxy(port_of(server.url)) as proxy:
        writer, reader = new_replica(proxy.url), new_replica(proxy.url)
        reader.device.sync.retry = PATIENT
        made = {
            writer.device.records.create("tenant", tenant_payload(f"Tenant {n}")).id
            for n in range(40)
        }
        sync_until_quiet([writer])
        proxy.plan.stall_path, proxy.plan.stall_times = "/v1/pull", 2

        report = reader.device.sync.sync_once()

    assert report.error is None and report.pulled == 40
    limits = [
        (json.loads(exchange.body)["limit"], exchange.fault)
        for exchange in proxy.log
        if exchange.path == "/v1/pull" and json.loads(exchange.body)["cursor"] == 0
    ]
    assert limits[-3:] == [(1000, "stall"), (500, "stall"), (250, "pass")]
    assert reader.device.record_ids() == made


def test_answers_cut_inside_their_headers_are_link_failures_retried_smaller(
    server, admin, new_replica
):
    """Cut after the status line and one header, an answer read as "200 with an empty body"
    and the sync stopped with "tell the administrator". It is the link: retry, smaller."""
    with FaultProxy(port_of(server.url)) as proxy:
        writer, reader = new_replica(proxy.url), new_replica(proxy.url)
        reader.device.sync.retry = PATIENT
        made = {
            writer.device.records.create("tenant", tenant_payload(f"Tenant {n}")).id
            for n in range(6)
        }
        sync_until_quiet([writer])
        queued = reader.device.records.create("tenant", tenant_payload("Queued here")).id
        proxy.plan.script = {"/v1/push": ["cut_headers"], "/v1/pull": ["cut_headers"]}
        reader.remember_outbox()

        report = reader.device.sync.sync_once()

    assert report.error is None, report.error
    assert report.pushed == 1 and report.pulled >= 6
    faults = [(exchange.path, exchange.fault) for exchange in proxy.log[-8:]]
    assert ("/v1/push", "cut_headers") in faults and ("/v1/pull", "cut_headers") in faults
    assert reader.device.record_ids() == made | {queued}
    assert credentials.int_meta(reader.device.session.vault, credentials.PULL_PAGE) < 1000
    assert_applied_once([reader], admin)


def test_a_pull_page_cut_inside_its_body_is_asked_again_from_the_stored_cursor(
    server, new_replica, monkeypatch
):
    """A slow link that breaks inside a page (compact records, zstd): the page is refused whole
    and asked for again from the cursor the vault holds; the pages already applied are not
    fetched again."""
    monkeypatch.setattr(engine, "PULL_PAGE", 4)
    with FaultProxy(port_of(server.url)) as proxy:
        writer, reader = new_replica(proxy.url), new_replica(proxy.url)
        reader.device.sync.retry = PATIENT
        made = {
            writer.device.records.create("tenant", tenant_payload(f"Tenant {n}")).id
            for n in range(12)
        }
        sync_until_quiet([writer])
        before = len(proxy.log)
        proxy.plan.script = {"/v1/pull": ["pass", "truncate_response"]}

        report = reader.device.sync.sync_once()

    assert report.error is None, report.error
    assert report.pulled == 12  # every record applied once: nothing fetched again
    assert reader.device.record_ids() == made
    pulls = [
        (json.loads(exchange.body)["cursor"], exchange.fault)
        for exchange in proxy.log[before:]
        if exchange.path == "/v1/pull"
    ]
    assert pulls[0] == (0, "pass") and pulls[1][1] == "truncate_response"
    cut_at = pulls[1][0]
    assert cut_at > 0 and pulls[2] == (cut_at, "pass")  # asked again from there, not from 0
    assert [cursor for cursor, _ in pulls].count(0) == 1
