"""Hostile values (issue 12.9): odd digits, huge numbers and headers get a 4xx, never a 500, and
change nothing; a device_seq at the top of the range cannot lock its device out."""

import gzip
import json
import socket
from urllib.parse import urlsplit

import pytest
import requests

from sync.protocol import signing
from sync.protocol.messages import MAX_WIRE_INT
from sync.server.services.apply_push import MAX_SEQ_STEP
from tests.helpers.payloads import fir_payload, tenant_payload

HUGE_DIGITS = "9" * 4400


def as_sent(value: str) -> bytes:
    """A header value as bytes: Latin-1 where it can be ("²" arrives as "²"), else UTF-8."""
    try:
        return value.encode("latin-1")
    except UnicodeEncodeError:
        return value.encode()


@pytest.fixture
def device(admin):
    return admin.device(admin.add_station())


def snapshot(device):
    status = device.send("GET", "/v1/status").json()
    return status["change_seq"], status["last_applied_seq"], status["digest"]


@pytest.mark.parametrize("version", ["²", "١", HUGE_DIGITS, "-1", "1.0", "1 1", ""])
def test_an_odd_protocol_version_header_is_426_not_500(server, version):
    for method, path in (("POST", "/v1/enroll"), ("GET", "/v1/status")):
        answer = requests.request(
            method,
            server.url + path,
            headers={signing.HEADER_PROTOCOL: as_sent(version)},
            timeout=30,
        )
        assert answer.status_code == 426, (version, answer.text)
        assert answer.json()["code"] == "unsupported_protocol"
        assert len(answer.json()["message"]) < 200  # the header is not echoed in full


@pytest.mark.parametrize(
    "header", [signing.HEADER_TIMESTAMP, signing.HEADER_DEVICE, signing.HEADER_NONCE]
)
@pytest.mark.parametrize("value", [HUGE_DIGITS, "²" * 20, "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦"])
def test_odd_signed_header_values_are_401_not_500(device, header, value):
    before = snapshot(device)
    answer = device.send("GET", "/v1/status", extra_headers={header: as_sent(value)})
    assert answer.status_code == 401, answer.text
    assert answer.json()["code"] == "unauthenticated"
    assert snapshot(device) == before


def test_a_4400_digit_content_length_is_refused_not_500(server):
    parts = urlsplit(server.url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as link:
        link.sendall(
            b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\nX-Protocol-Version: 1\r\n"
            + b"Content-Length: "
            + HUGE_DIGITS.encode()
            + b"\r\n\r\n{}"
        )
        status_line = link.recv(4096).split(b"\r\n", 1)[0]
    assert status_line.split()[1].startswith(b"4"), status_line


@pytest.mark.parametrize("field", ["cursor", "blocks_after", "protocol_version"])
@pytest.mark.parametrize("value", [2**63, 2**63 - 1, 2**64, MAX_WIRE_INT + 1, -1])
def test_pull_integers_out_of_range_are_422(device, field, value):
    message = {"protocol_version": 1, "cursor": 0, "limit": 10, "blocks_after": 0, field: value}
    answer = device.send("POST", "/v1/pull", message)
    assert answer.status_code == 422, answer.text
    assert answer.json()["fields"][0]["field"] == field


def test_a_pull_at_the_top_of_the_range_is_an_empty_page(device):
    answer = device.pull(cursor=MAX_WIRE_INT, blocks_after=MAX_WIRE_INT)
    assert answer.status_code == 200, answer.text
    assert answer.json()["records"] == [] and answer.json()["challan_blocks"] == []


@pytest.mark.parametrize("seq", [2**63 - 1, 2**63, 2**64 + 5, 0, -3])
def test_a_device_seq_out_of_range_is_422_and_changes_nothing(device, seq):
    before = snapshot(device)
    mutation = {**device.create(device.new_record("fir", fir_payload())), "device_seq": seq}
    answer = device.push([mutation])
    assert answer.status_code == 422, answer.text
    assert answer.json()["fields"][0]["field"] == "mutations.0.device_seq"
    assert snapshot(device) == before


@pytest.mark.parametrize("seq", [MAX_WIRE_INT, MAX_SEQ_STEP + 1])
def test_a_device_seq_jump_is_refused_and_the_device_goes_on(device, seq):
    jump = {**device.create(device.new_record("fir", fir_payload())), "device_seq": seq}
    answer = device.push([jump]).json()
    assert answer["results"][0]["outcome"] == "rejected"
    assert answer["results"][0]["code"] == "out_of_order"
    assert answer["last_applied_seq"] == 0

    device.seq = 0
    after = device.push([device.create(device.new_record("fir", fir_payload()))]).json()
    assert after["results"][0]["outcome"] == "applied"
    assert after["last_applied_seq"] == 1


@pytest.mark.parametrize(
    "count",
    ["²", "٣", "9" * 5000, 10**4000, 1e308, "NaN"],
    ids=["superscript", "arabic-indic", "digits", "huge-int", "huge-float", "nan"],
)
def test_odd_numbers_inside_record_data_are_rejected_not_500(device, count):
    record = device.new_record("tenant", {**tenant_payload(), "family_count": count})
    body = json.dumps({"protocol_version": 1, "mutations": [device.create(record)]})
    if count == "NaN":
        body = body.replace('"NaN"', "NaN")
    answer = device.send(
        "POST",
        "/v1/push",
        body=gzip.compress(body.encode()),
        extra_headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
    )
    assert answer.status_code in (200, 400), answer.text
    if answer.status_code == 200:
        (result,) = answer.json()["results"]
        assert (result["outcome"], result["code"]) == ("rejected", "invalid")
        assert "family_count" in result["reason"]
    assert device.pull_all() == []
