import secrets

import pytest
from pydantic import ValidationError

from sync.protocol.fingerprint import record_fingerprint, station_digest
from sync.protocol.messages import (
    EnrollRequest,
    Mutation,
    PullRequest,
    PushRequest,
    format_challan_number,
)
from sync.protocol.signing import generate_private_key, public_key_text

CLOCK = "001700000000000:00000:" + "a" * 32


def mutation(**changes):
    base = {
        "mutation_id": secrets.token_hex(16),
        "device_seq": 1,
        "record_id": secrets.token_hex(16),
        "record_type": "fir",
        "op": "update",
        "hlc": CLOCK,
        "officer": "B-1",
        "at": "2024-01-01T10:00:00+05:00",
        "fields": {"place": "Saddar"},
    }
    return {**base, **changes}


def test_a_valid_mutation_parses():
    parsed = Mutation.model_validate(mutation(base_clocks={"place": None}))
    assert parsed.fields == {"place": "Saddar"}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"station": "PS01"}, "station"),
        ({"hlc": "yesterday"}, "hlc"),
        ({"device_seq": 0}, "device_seq"),
        ({"op": "delete"}, "op"),
        ({"fields": None}, "needs fields"),
        ({"entry": {"id": "x"}}, "takes no entry"),
        ({"record_type": "car"}, "record_type"),
        ({"mutation_id": "not-hex"}, "mutation_id"),
    ],
)
def test_bad_mutations_are_refused_naming_the_problem(changes, field):
    with pytest.raises(ValidationError) as refused:
        Mutation.model_validate(mutation(**changes))
    assert field in str(refused.value)


def test_requests_refuse_unknown_fields_and_empty_batches():
    with pytest.raises(ValidationError, match="server_version"):
        PullRequest.model_validate({"cursor": 0, "server_version": 3})
    with pytest.raises(ValidationError, match="mutations"):
        PushRequest.model_validate({"mutations": []})


def test_enrollment_needs_a_32_byte_public_key():
    key = public_key_text(generate_private_key())
    assert EnrollRequest(code="AB", device_id="a" * 32, public_key=key).public_key == key
    with pytest.raises(ValidationError, match="public_key"):
        EnrollRequest(code="AB", device_id="a" * 32, public_key="c2hvcnQ=")


def test_station_digest_ignores_order_and_sees_every_change():
    one = {"id": "1", "data": {"a": 1}}
    two = {"id": "2", "data": {"b": "ب"}}
    pairs = [("1", record_fingerprint(one)), ("2", record_fingerprint(two))]
    assert station_digest(pairs) == station_digest(reversed(pairs))
    changed = [("1", record_fingerprint({**one, "data": {"a": 2}})), pairs[1]]
    assert station_digest(changed) != station_digest(pairs)


def test_challan_numbers_are_fixed_width():
    assert format_challan_number("CH-PS01", 42) == "CH-PS01-0000042"


def test_the_wire_roles_are_the_domains():
    import typing

    from fieldclient.domain import roles
    from sync.protocol.messages import OfficerDeclaration, Role

    assert typing.get_args(Role) == roles.ROLES
    assert OfficerDeclaration(badge="B-1", name="One").role is None
    with pytest.raises(ValueError):
        OfficerDeclaration(badge="B-1", name="One", role="commissioner")
