"""Enrollment, signatures, replay, clock skew, revocation and station isolation."""

import gzip
import json
import secrets
from concurrent.futures import ThreadPoolExecutor

import requests

from sync.protocol import signing
from tests.helpers.payloads import fir_payload, tenant_payload


def test_health_and_api_docs_need_no_authentication(server):
    assert requests.get(server.url + "/healthz", timeout=10).json()["status"] == "ok"
    schema = requests.get(server.url + "/openapi.json", timeout=10).json()
    assert "/v1/push" in schema["paths"]
    assert requests.get(server.url + "/docs", timeout=10).status_code == 200


def test_an_enrollment_code_works_once(admin, server):
    code = admin.enroll_code(admin.add_station())
    key = signing.generate_private_key()
    message = {
        "protocol_version": 1,
        "code": code,
        "device_id": secrets.token_hex(16),
        "public_key": signing.public_key_text(key),
    }
    headers = {signing.HEADER_PROTOCOL: "1"}
    assert requests.post(server.url + "/v1/enroll", json=message, headers=headers).ok
    again = {**message, "device_id": secrets.token_hex(16)}
    refused = requests.post(server.url + "/v1/enroll", json=again, headers=headers)
    assert refused.status_code == 403
    assert refused.json()["code"] == "invalid_enroll_code"


def test_a_device_never_reads_or_writes_another_station(admin):
    device_a = admin.device(admin.add_station())
    device_b = admin.device(admin.add_station())
    record_a = device_a.new_record("fir", fir_payload())
    assert device_a.push([device_a.create(record_a)]).json()["results"][0]["outcome"] == "applied"

    assert device_b.pull_all() == []
    assert device_b.send("GET", "/v1/status").json()["counts"] == {}
    update = device_b.mutation("update", record_a["id"], "fir", fields={"place": "changed by B"})
    hijack = {**device_b.new_record("fir", fir_payload()), "station": device_a.station}
    moved = {**record_a, "id": secrets.token_hex(16), "device_id": device_a.device_id}
    moved["station"] = device_b.station
    results = device_b.push([update, device_b.create(hijack), device_b.create(moved)]).json()[
        "results"
    ]
    assert [r["code"] for r in results] == ["unknown_record", "wrong_station", "wrong_device"]
    (stored,) = device_a.pull_all()
    assert stored["data"]["place"] == record_a["data"]["place"]


def test_a_message_cannot_name_its_own_station(admin):
    device = admin.device(admin.add_station())
    answer = device.send(
        "POST", "/v1/pull", {"protocol_version": 1, "cursor": 0, "station": "OTHER"}
    )
    assert answer.status_code == 422
    assert "station" in answer.json()["message"]


def test_a_replayed_request_is_refused(admin):
    device = admin.device(admin.add_station())
    body = gzip.compress(json.dumps({"protocol_version": 1, "cursor": 0}).encode())
    headers = {
        **device.signed_headers("POST", "/v1/pull", body),
        "Content-Encoding": "gzip",
    }
    url = device.base_url + "/v1/pull"
    assert requests.post(url, data=body, headers=headers, timeout=10).status_code == 200
    replay = requests.post(url, data=body, headers=headers, timeout=10)
    assert replay.status_code == 401
    assert replay.json()["code"] == "replayed"


def _signed_post(device, path: str, message: dict) -> tuple[str, bytes, dict]:
    body = gzip.compress(json.dumps(message).encode())
    headers = {**device.signed_headers("POST", path, body), "Content-Encoding": "gzip"}
    return device.base_url + path, body, headers


def test_a_replayed_push_is_refused_and_applies_nothing(admin):
    """The nonce is spent on the request's own connection before its work runs: a push sent
    again as it was is refused, and its mutations are not applied a second time."""
    device = admin.device(admin.add_station())
    record = device.new_record("fir", fir_payload())
    url, body, headers = _signed_post(
        device, "/v1/push", {"protocol_version": 1, "mutations": [device.create(record)]}
    )
    first = requests.post(url, data=body, headers=headers, timeout=10)
    assert first.status_code == 200, first.text
    assert [result["outcome"] for result in first.json()["results"]] == ["applied"]
    replay = requests.post(url, data=body, headers=headers, timeout=10)
    assert replay.status_code == 401
    assert replay.json()["code"] == "replayed"
    pulled = device.pull(0).json()
    assert [pulled_record["id"] for pulled_record in pulled["records"]] == [record["id"]]


def test_a_request_whose_work_failed_cannot_be_replayed(admin):
    """A signed request refused after authentication (here a message with invalid fields) has
    spent its nonce all the same: sent again, it is refused as a replay, not worked again."""
    device = admin.device(admin.add_station())
    url, body, headers = _signed_post(device, "/v1/pull", {"protocol_version": 1, "cursor": -5})
    assert requests.post(url, data=body, headers=headers, timeout=10).status_code == 422
    replay = requests.post(url, data=body, headers=headers, timeout=10)
    assert replay.status_code == 401
    assert replay.json()["code"] == "replayed"


def test_copies_of_one_request_sent_at_once_are_answered_once(admin):
    device = admin.device(admin.add_station())
    url, body, headers = _signed_post(device, "/v1/pull", {"protocol_version": 1, "cursor": 0})
    with ThreadPoolExecutor(max_workers=6) as pool:
        answers = list(
            pool.map(lambda _: requests.post(url, data=body, headers=headers, timeout=30), range(6))
        )
    codes = sorted(answer.status_code for answer in answers)
    assert codes == [200, 401, 401, 401, 401, 401]
    assert {answer.json()["code"] for answer in answers if answer.status_code == 401} == {
        "replayed"
    }


def test_a_tampered_request_is_refused(admin):
    device = admin.device(admin.add_station())
    record = device.new_record("fir", fir_payload())
    honest = json.dumps({"protocol_version": 1, "mutations": [device.create(record)]}).encode()
    headers = device.signed_headers("POST", "/v1/push", honest)
    tampered = honest.replace(b"Near Tatara", b"Far from Tatara")
    answer = requests.post(device.base_url + "/v1/push", data=tampered, headers=headers, timeout=10)
    assert answer.status_code == 401
    assert answer.json()["code"] == "unauthenticated"
    other_path = requests.post(
        device.base_url + "/v1/pull", data=honest, headers=headers, timeout=10
    )
    assert other_path.status_code == 401
    assert device.pull_all() == []


def test_a_skewed_clock_gets_a_distinct_code_and_the_server_time(admin):
    device = admin.device(admin.add_station())
    stale = signing.sign_request(
        device.private_key, device.device_id, "GET", "/v1/status", b"", timestamp_ms=1_000
    )
    answer = requests.get(device.base_url + "/v1/status", headers=stale, timeout=10)
    assert answer.status_code == 401
    reply = answer.json()
    assert reply["code"] == "clock_skew"
    assert reply["server_time"] > 1_000_000_000_000


def test_an_unknown_device_is_refused(server):
    key = signing.generate_private_key()
    headers = signing.sign_request(key, secrets.token_hex(16), "GET", "/v1/status")
    answer = requests.get(server.url + "/v1/status", headers=headers, timeout=10)
    assert answer.status_code == 401 and answer.json()["code"] == "unauthenticated"


def test_a_revoked_device_is_refused_with_its_own_code(admin):
    device = admin.device(admin.add_station())
    assert device.send("GET", "/v1/status").status_code == 200
    admin.revoke(device.device_id)
    for answer in (device.send("GET", "/v1/status"), device.pull()):
        assert answer.status_code == 403
        assert answer.json()["code"] == "device_revoked"
    record = device.new_record("tenant", tenant_payload())
    assert device.push([device.create(record)]).status_code == 403


def test_an_old_client_is_told_to_update(admin):
    device = admin.device(admin.add_station())
    answer = device.send("GET", "/v1/status", extra_headers={signing.HEADER_PROTOCOL: "0"})
    assert answer.status_code == 426
    assert "update" in answer.json()["message"]
    in_body = device.send("POST", "/v1/pull", {"protocol_version": 99, "cursor": 0})
    assert in_body.status_code == 426
