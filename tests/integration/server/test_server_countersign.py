"""Issue 14.1: ``POST /v1/countersign`` signs, with the key handed out at enrollment, the document
payload the server computes from its own copy of a record of the device's station; other
stations' records and unknown ids get nothing (SQLite and PostgreSQL)."""

from __future__ import annotations

import secrets

from fieldclient.domain.documents import payload_for
from fieldclient.domain.record import Record
from sync.protocol import signing
from tests.helpers.payloads import fir_payload, tenant_payload


def _countersign(device, record_ids: list[str]):  # type: ignore[no-untyped-def]
    return device.send("POST", "/v1/countersign", {"protocol_version": 1, "record_ids": record_ids})


def test_the_server_countersigns_the_payload_of_the_record_it_holds(admin, station):
    device = admin.device(station)
    tenant = device.new_record("tenant", tenant_payload())
    draft = device.new_record("fir", fir_payload())  # not registered: no FIR copy yet
    outcomes = device.push([device.create(tenant), device.create(draft)]).json()["results"]
    assert {r["outcome"] for r in outcomes} == {"applied"}
    unknown = secrets.token_hex(16)

    answer = _countersign(device, [tenant["id"], draft["id"], unknown])

    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["unknown"] == [unknown] and body["not_issued"] == [draft["id"]]
    [signed] = body["signatures"]
    assert signed["record_id"] == tenant["id"]
    held = next(r for r in device.pull_all() if r["id"] == tenant["id"])
    message = payload_for(Record.from_dict(held)).signed_message()
    server_key = signing.load_public_key(device.server_public_key)
    assert signing.signature_is_valid(server_key, signed["signature"], message)
    altered = payload_for(Record.from_dict(held | {"number": "forged"})).signed_message()
    assert not signing.signature_is_valid(server_key, signed["signature"], altered)


def test_another_stations_device_gets_no_countersignature(admin, station):
    device = admin.device(station)
    tenant = device.new_record("tenant", tenant_payload())
    device.push([device.create(tenant)])
    outsider = admin.device(admin.add_station())

    answer = _countersign(outsider, [tenant["id"]])

    assert answer.status_code == 200
    assert answer.json()["signatures"] == [] and answer.json()["unknown"] == [tenant["id"]]


def test_bad_countersign_requests_are_refused_with_the_field_named(admin, station):
    device = admin.device(station)

    empty = _countersign(device, [])
    too_many = _countersign(device, [secrets.token_hex(16) for _ in range(101)])
    not_ids = _countersign(device, ["../../etc"])

    assert empty.status_code == too_many.status_code == not_ids.status_code == 422
    assert all("record_ids" in a.text for a in (empty, too_many, not_ids))
