"""The typed mutation: what the outbox keeps and reads back, and what it refuses."""

import pytest

from fieldclient.domain.mutation import InvalidMutation, Mutation, Op
from sync.protocol.messages import Mutation as WireMutation

HLC = "001700000000000:00000:" + "d" * 32
ENVELOPE = {
    "mutation_id": "a" * 32,
    "record_id": "b" * 32,
    "record_type": "tenant",
    "hlc": HLC,
    "officer": "KP-1001",
    "at": "2026-11-22T10:00:00.123456+00:00",
}
# Bodies exactly as the outbox of a vault made by the previous version holds them.
STORED_BODIES = [
    {**ENVELOPE, "op": "create", "record": {"id": "b" * 32, "type": "tenant"}},
    {
        **ENVELOPE,
        "op": "update",
        "fields": {"tenant.phone": "0300-7654321"},
        "base_clocks": {"tenant.phone": None},
    },
    {**ENVELOPE, "op": "transition", "entry": {"id": "c" * 32, "to": "verified"}},
    {**ENVELOPE, "op": "statement", "entry": {"id": "c" * 32, "text": "A witness came."}},
]


@pytest.mark.parametrize("body", STORED_BODIES, ids=lambda body: body["op"])
def test_a_stored_body_reads_back_typed_and_writes_back_the_same(body):
    mutation = Mutation.from_dict(body)
    assert mutation.op is Op(body["op"])
    assert mutation.to_dict() == body
    wire = WireMutation.model_validate({**mutation.to_dict(), "device_seq": 7})
    assert wire.model_dump(exclude_none=True) == {**body, "device_seq": 7}


def test_new_mutations_get_fresh_ids():
    first, second = (
        Mutation.new(Op.UPDATE, "b" * 32, "fir", hlc=HLC, officer="KP-1", at="t", fields={"a": 1})
        for _ in range(2)
    )
    assert first.mutation_id != second.mutation_id and len(first.mutation_id) == 32


@pytest.mark.parametrize(
    ("payload", "named"),
    [
        ({"op": "update"}, ["fields"]),
        ({"op": "create", "record": {}, "entry": {}}, ["entry"]),
        ({"op": "transition", "entry": {}, "base_clocks": {}}, ["base_clocks"]),
        ({"op": "delete", "entry": {}}, ["op"]),
        ({"op": "statement", "entry": "text"}, ["entry"]),
        ({"op": "statement", "entry": {}, "officer": 5}, ["officer"]),
        ({"op": "statement", "entry": {}, "device_seq": 3}, ["device_seq"]),
    ],
)
def test_a_body_that_is_not_a_mutation_is_refused_naming_the_field(payload, named):
    with pytest.raises(InvalidMutation) as refused:
        Mutation.from_dict({**ENVELOPE, **payload})
    assert refused.value.problems == named


def test_a_mutation_cannot_be_made_with_the_wrong_payload():
    with pytest.raises(InvalidMutation, match="record"):
        Mutation("a" * 32, "b" * 32, "fir", Op.UPDATE, HLC, "KP-1", "t", record={})
