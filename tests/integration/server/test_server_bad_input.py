"""Garbage in: a 4xx with a reason, never a 500, and nothing written."""

import gzip
import json

import pytest

from tests.helpers.payloads import fir_payload


def snapshot(device):
    status = device.send("GET", "/v1/status").json()
    return status["change_seq"], status["last_applied_seq"], status["digest"]


def push_body(device, mutations):
    return {"protocol_version": 1, "mutations": mutations}


@pytest.fixture
def device(admin):
    return admin.device(admin.add_station())


def test_garbage_bodies_get_a_4xx_and_change_nothing(device):
    before = snapshot(device)
    valid = push_body(device, [device.create(device.new_record("fir", fir_payload()))])
    wrong_type = push_body(device, [{**valid["mutations"][0], "device_seq": "first"}])
    smuggled = push_body(device, [{**valid["mutations"][0], "server_number": "1"}])
    no_payload = push_body(device, [{**valid["mutations"][0], "record": None}])
    cases = [
        ({"body": b"\x1f\x8b not gzip", "extra_headers": {"Content-Encoding": "gzip"}}, 400),
        ({"body": b"{not json"}, 400),
        ({"body": gzip.compress(b"[1, 2"), "extra_headers": {"Content-Encoding": "gzip"}}, 400),
        ({"body": b"\x00\xff" * 10}, 400),
        ({"message": wrong_type}, 422),
        ({"message": smuggled}, 422),
        ({"message": no_payload}, 422),
        ({"message": {"protocol_version": 1, "mutations": []}}, 422),
        ({"body": json.dumps([1, 2]).encode()}, 422),
    ]
    for kwargs, expected in cases:
        answer = device.send("POST", "/v1/push", **kwargs)
        assert answer.status_code == expected, (kwargs, answer.text)
        reply = answer.json()
        assert reply["code"] in {"malformed", "invalid_request"} and reply["message"]
    assert snapshot(device) == before


def test_oversized_bodies_and_batches_get_413(device):
    before = snapshot(device)
    huge = b"x" * (4 * 1024 * 1024 + 1)
    assert device.send("POST", "/v1/push", body=huge).status_code == 413
    bomb = gzip.compress(b" " * (40 * 1024 * 1024))
    inflated = device.send(
        "POST", "/v1/push", body=bomb, extra_headers={"Content-Encoding": "gzip"}
    )
    assert inflated.status_code == 413
    many = [device.create(device.new_record("fir", fir_payload())) for _ in range(2001)]
    too_many = device.send("POST", "/v1/push", push_body(device, many))
    assert too_many.status_code == 413
    assert too_many.json()["code"] == "payload_too_large"
    assert snapshot(device) == before


def test_a_batch_out_of_sequence_order_is_refused_whole(device):
    before = snapshot(device)
    first = device.create(device.new_record("fir", fir_payload()))
    second = device.create(device.new_record("fir", fir_payload()))
    answer = device.push([second, first])
    assert answer.status_code == 422
    assert snapshot(device) == before


def test_unknown_paths_and_methods_are_4xx(device):
    assert device.send("GET", "/v1/nothing-here").status_code == 404
    assert device.send("GET", "/v1/push").status_code in (404, 405)


def test_wrongly_typed_entries_are_rejected_per_mutation_not_crashing(device):
    record = device.new_record("fir", fir_payload())
    device.push([device.create(record)])
    odd_reason = device.transition(record["id"], "fir", "registered")
    odd_reason["entry"]["reason"] = 5
    odd_target = device.transition(record["id"], "fir", "registered")
    odd_target["entry"]["to"] = ["registered"]
    odd_history = device.new_record("fir", fir_payload())
    odd_history["history"] = ["registered"]
    answer = device.push([odd_reason, odd_target, device.create(odd_history)])
    assert answer.status_code == 200, answer.text
    assert [(r["outcome"], r["code"]) for r in answer.json()["results"]] == [
        ("rejected", "invalid")
    ] * 3
    (stored,) = device.pull_all()
    assert stored["status"] == "draft"
