"""The msgspec codec of the bulk messages reads exactly what the pydantic models read: the same
models for good answers, the same refusals for bad ones, pydantic's lax reading kept."""

import json
import secrets
from typing import Any

import pytest
from pydantic import ValidationError

from sync.protocol import wire
from sync.protocol.messages import PullResponse, PushRequest, PushResponse
from tests.unit.sync.test_protocol_messages import mutation

CLOCK = "001700000000000:00000:" + "a" * 32


def page(**changes: Any) -> dict[str, Any]:
    record = {"id": secrets.token_hex(16), "data": {"a": [1, {"b": "ب"}]}, "clocks": {"a": CLOCK}}
    conflict = {
        "id": "c1",
        "record_id": record["id"],
        "field": "a",
        "winner": {"value": [1], "hlc": CLOCK, "officer": "B-1"},
        "loser": {"value": None, "hlc": None, "officer": None},
        "detected_at": 5,
        "change_seq": 3,
    }
    base = {
        "protocol_version": 1,
        "server_time": 1_700_000_000_000,
        "records": [record],
        "conflicts": [conflict],
        "challan_blocks": [{"block_id": 1, "prefix": "CH", "start": 1, "end": 9}],
        "next_cursor": 3,
        "has_more": False,
        "device_keys": [{"device_id": "d", "public_key": "k", "revoked_at": None}],
        "device_keys_digest": "x",
    }
    return base | changes


def push_answer(**changes: Any) -> dict[str, Any]:
    results = [
        {"mutation_id": "m1", "device_seq": 1, "outcome": "applied"},
        {"mutation_id": "m2", "device_seq": 2, "outcome": "rejected", "code": "x", "reason": "y"},
    ]
    base = {"protocol_version": 1, "server_time": 5, "results": results, "last_applied_seq": 2}
    return base | changes


def nested(depth: int) -> Any:
    value: Any = 1
    for _ in range(depth):
        value = {"a": value}
    return value


GOOD = [
    (PullResponse, page()),
    (PullResponse, page(device_keys=None, device_keys_digest=None, conflicts=[])),
    (PushResponse, push_answer()),
    (PushResponse, push_answer(results=[])),
    (PullResponse, page(next_cursor="7")),  # pydantic's lax reading of a number in a string
    (PullResponse, page(records=[{"deep": nested(150)}])),
]
BAD = [
    (PullResponse, b"<html>"),
    (PullResponse, b"[]"),
    (PullResponse, json.dumps(page(station="PSH-1")).encode()),
    (PullResponse, json.dumps(page(records="records")).encode()),
    (PullResponse, json.dumps(page(records=[[1]])).encode()),
    (PullResponse, json.dumps(page(has_more="perhaps")).encode()),
    (PullResponse, json.dumps(page(challan_blocks=[{"block_id": 1}])).encode()),
    (PullResponse, json.dumps(page(records=[{"deep": nested(250)}])).encode()),
    (
        PullResponse,
        json.dumps(page(records=[]))
        .encode()[:-1]
        .replace(b'"records": []', b'"records": [' + b'{"a":' * 1500 + b"1" + b"}" * 1500 + b"]")
        + b"}",
    ),
    (PushResponse, json.dumps(push_answer(results=[{"mutation_id": "m1"}])).encode()),
    (PushResponse, json.dumps(push_answer(results=[{"outcome": "maybe"}])).encode()),
    (PushResponse, json.dumps(push_answer(extra=1)).encode()),
    (PushResponse, json.dumps(push_answer(server_time="soon")).encode()),
    (PushResponse, json.dumps(push_answer()).encode() + b"x"),
    (PushResponse, b'{"a": "\\ud800"}'),
]


@pytest.mark.parametrize(("model", "message"), GOOD)
def test_a_good_answer_reads_as_the_pydantic_model_reads_it(model, message):
    body = json.dumps(message, ensure_ascii=False).encode()
    assert wire.decode(model, body) == model.model_validate_json(body)


@pytest.mark.parametrize(("model", "body"), BAD)
def test_a_bad_answer_is_refused_as_the_pydantic_model_refuses_it(model, body):
    with pytest.raises(ValidationError) as pydantic_refusal:
        model.model_validate_json(body)
    with pytest.raises(ValidationError) as refusal:
        wire.decode(model, body)
    assert refusal.value.errors() == pydantic_refusal.value.errors()


def test_a_message_is_written_as_pydantic_writes_it():
    written = mutation(
        fields={"place": "صدر", "n": [1, 2.5, None, True]}, base_clocks={"place": None}
    )
    request = PushRequest.model_validate({"mutations": [written]})
    assert json.loads(wire.encode(request)) == json.loads(request.model_dump_json())
    answer = PushResponse.model_validate(push_answer())
    assert wire.decode(PushResponse, wire.encode(answer)) == answer


def test_only_messages_are_written():
    with pytest.raises(TypeError):
        wire.encode(object())  # type: ignore[arg-type]
