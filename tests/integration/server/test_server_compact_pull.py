"""Issue 16: a pull page with compact clocks (asked for by ``compact_clocks``) holds the records
the server holds, the server's signature covers the page as sent, and a large page goes out as
zstd to a client that accepts it (gzip, or nothing, to one that does not)."""

from __future__ import annotations

import pytest

from sync.protocol import signing
from sync.protocol.compact import expand_record
from tests.helpers.payloads import fir_payload, tenant_payload


def _pull(device, compact: bool, accept: str):  # type: ignore[no-untyped-def]
    message = {"protocol_version": 1, "cursor": 0, "limit": 100, "compact_clocks": compact}
    return device.send("POST", "/v1/pull", message, extra_headers={"Accept-Encoding": accept})


@pytest.fixture
def device(admin):  # type: ignore[no-untyped-def]
    device = admin.device(admin.add_station())
    records = [device.new_record("tenant", tenant_payload(f"Tenant {i}")) for i in range(4)]
    records += [device.new_record("fir", fir_payload()) for _ in range(4)]
    answer = device.push([device.create(record) for record in records])
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    assert {r["outcome"] for r in answer.json()["results"]} == {"applied"}
    return device


def test_a_compact_page_expands_to_the_records_the_server_holds(device):
    whole = _pull(device, False, "gzip")
    compact = _pull(device, True, "gzip")

    assert whole.status_code == compact.status_code == 200
    held = whole.json()["records"]
    sent = compact.json()["records"]
    assert all(set(record["clocks"]) <= {"c", "o", "m"} for record in sent)
    assert [expand_record(record) for record in sent] == held
    assert len(compact.content) < len(whole.content)


@pytest.mark.parametrize(
    ("accept", "encoding"),
    [("gzip, deflate, zstd", "zstd"), ("gzip, zstd;q=0", "gzip"), ("identity", None)],
)
def test_the_page_is_signed_as_sent_and_compressed_as_the_client_accepts(device, accept, encoding):
    answer = _pull(device, True, accept)

    assert answer.status_code == 200
    assert answer.headers.get("content-encoding") == encoding
    key = signing.load_public_key(device.server_public_key)
    message = signing.answer_message(
        "/v1/pull", device.device_id, answer.request.headers[signing.HEADER_NONCE], 0,
        answer.content,
    )  # fmt: skip
    assert signing.signature_is_valid(key, answer.headers[signing.HEADER_SERVER_SIGNATURE], message)
    assert len(answer.json()["records"]) == 8
