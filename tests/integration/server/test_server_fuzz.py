"""Property-based fuzz of every route as an enrolled device (issue 12, "tests that must exist").

Two generators, each request signed as the device signs:

* schemathesis builds requests from the server's own OpenAPI document (bodies, headers, every
  route), and checks each answer against it: never a 5xx, a documented status, the documented
  body and content type;
* a mutation fuzzer takes honest mutations (create, update, transition, statement of each kind)
  and replaces one value anywhere in them with an arbitrary JSON value, so the pushes reach the
  checks behind the message model.

After every request: a refused request (4xx) changed nothing, and a rejected mutation wrote no
record, conflict or number ("0 partial writes"); at the end every stored record is a valid
record of the device's station. Derandomized and short in `make test`; `make soak` runs many more
random examples.
"""

from __future__ import annotations

import copy
import gzip
import json
import secrets
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import func, select

from fieldclient.domain.hlc import Timestamp
from fieldclient.domain.record import Record
from sync.protocol import signing
from sync.server.core.clock import now_ms
from sync.server.db.tables import (
    applied_mutations,
    challan_blocks,
    conflicts,
    device_officers,
    devices,
    officers,
    records,
    stations,
)
from sync.server.services.clock_checks import MAX_CLOCK_AHEAD_MS
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload
from tests.helpers.server import OFFICER

SOAK_MARKS = (pytest.mark.soak, pytest.mark.timeout(3600))
ROUTE_EXAMPLES = [pytest.param(25, id="short"), pytest.param(400, id="soak", marks=SOAK_MARKS)]
MUTATION_EXAMPLES = [
    pytest.param(120, id="short"),
    pytest.param(3000, id="soak", marks=SOAK_MARKS),
]
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
FUZZ_SETTINGS = settings(deadline=None, database=None, suppress_health_check=list(HealthCheck))
pytestmark = pytest.mark.slow


class Signed(requests.auth.AuthBase):
    """Signs a prepared request as the device does: over the body exactly as sent."""

    def __init__(self, device) -> None:  # type: ignore[no-untyped-def]
        self.device = device

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        body = request.body or b""
        body = body.encode() if isinstance(body, str) else body
        headers = self.device.signed_headers(request.method, request.path_url, body)
        headers.pop(signing.HEADER_PROTOCOL)  # the fuzzer's own choice stays
        request.headers.update(headers)
        return request


@dataclass(frozen=True)
class Snapshot:
    """What a request could change for the device and its station."""

    change_seq: int
    last_seq: int
    counts: tuple[int, ...]

    @classmethod
    def take(cls, engine, device) -> Snapshot:  # type: ignore[no-untyped-def]
        station, device_id = device.station, device.device_id
        with engine.connect() as connection:

            def count(table, *where) -> int:  # type: ignore[no-untyped-def]
                query = select(func.count()).select_from(table)
                return connection.execute(query.where(*where)).scalar_one()

            return cls(
                change_seq=connection.execute(
                    select(stations.c.change_seq).where(stations.c.code == station)
                ).scalar_one(),
                last_seq=connection.execute(
                    select(devices.c.last_seq).where(devices.c.id == device_id)
                ).scalar_one(),
                counts=(
                    count(records, records.c.station == station),
                    count(conflicts, conflicts.c.station == station),
                    count(challan_blocks, challan_blocks.c.device_id == device_id),
                    count(applied_mutations, applied_mutations.c.device_id == device_id),
                    count(device_officers, device_officers.c.device_id == device_id),
                    count(officers, officers.c.station == station),
                ),
            )

    def records_unchanged(self, other: Snapshot) -> bool:
        """No record, conflict, number block or officer written (a recorded rejection may
        advance ``last_seq`` and ``applied_mutations``)."""
        return (self.change_seq, self.counts[:3], self.counts[4:]) == (
            other.change_seq,
            other.counts[:3],
            other.counts[4:],
        )


def assert_station_is_sound(engine, device) -> None:  # type: ignore[no-untyped-def]
    """Every stored record of the station is a whole, valid record of that station."""
    latest = now_ms() + MAX_CLOCK_AHEAD_MS
    with engine.connect() as connection:
        docs = connection.execute(
            select(records.c.doc).where(records.c.station == device.station)
        ).scalars()
        for doc in docs:
            record = Record.from_dict(json.loads(doc))
            assert record.station == device.station
            assert all(Timestamp.parse(c).wall_ms <= latest for c in record.clocks.values())


@pytest.fixture
def fuzzed(admin):  # type: ignore[no-untyped-def]
    device = admin.device(admin.add_station())
    yield device
    assert_station_is_sound(admin.engine, device)


@pytest.mark.parametrize("examples", ROUTE_EXAMPLES)
def test_every_route_from_the_openapi_document(server, admin, fuzzed, examples) -> None:
    document = requests.get(server.url + "/openapi.json", timeout=30).json()
    schema = schemathesis.openapi.from_dict(document)
    session = requests.Session()
    session.auth = Signed(fuzzed)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert {f"{op.method.upper()} {op.path}" for op in operations} >= {
        "POST /v1/enroll",
        "POST /v1/push",
        "POST /v1/pull",
        "POST /v1/challan-blocks",
        "POST /v1/officers",
        "GET /v1/status",
        "POST /v1/countersign",
        "GET /healthz",
    }
    answered: Counter[tuple[str, int]] = Counter()
    for operation in operations:

        @settings(FUZZ_SETTINGS, max_examples=examples, derandomize=examples < 100)
        @given(case=operation.as_strategy(), honest_version=st.booleans())
        def call(case, honest_version: bool) -> None:  # type: ignore[no-untyped-def]
            if honest_version and isinstance(case.body, dict):
                case.body["protocol_version"] = 1  # else most bodies stop at 426
            before = Snapshot.take(admin.engine, fuzzed)
            response = case.call(base_url=server.url, session=session, timeout=60)
            answered[(case.path, response.status_code)] += 1
            case.validate_response(response, checks=CHECKS)
            if response.status_code >= 400:
                assert Snapshot.take(admin.engine, fuzzed) == before, response.text

        call()
    # The fuzz got past the signature and the model: each signed route answered 200 as well.
    ok_paths = {path for path, status in answered if status == 200}
    signed_routes = {"/v1/pull", "/v1/status", "/v1/officers", "/v1/challan-blocks"}
    assert signed_routes | {"/v1/countersign"} <= ok_paths, answered


def honest_builders(device) -> list[Callable[[], dict[str, Any]]]:  # type: ignore[no-untyped-def]
    """Makers of one honest mutation each: a create of every kind (a new record each time), and
    an update, a registration and a statement of records already stored."""
    fir = device.new_record("fir", fir_payload())
    tenant = device.new_record("tenant", tenant_payload())
    results = device.push([device.create(fir), device.create(tenant)]).json()["results"]
    assert {r["outcome"] for r in results} == {"applied"}, results

    def challan() -> dict[str, Any]:
        record = device.new_record("challan", challan_payload())
        record["provisional_number"] = f"P-{record['id'][:8].upper()}"
        return device.create(record)

    def statement() -> dict[str, Any]:
        entry = {
            "id": secrets.token_hex(16),
            "at": fir["created_at"],
            "by": OFFICER,
            "text": "The stolen motorcycle was seen in Hayatabad.",
            "hlc": device.clock.now(),
            "device": device.device_id,
        }
        return device.mutation("statement", fir["id"], "fir", entry=entry)

    return [
        lambda: device.create(device.new_record("fir", fir_payload())),
        lambda: device.create(device.new_record("tenant", tenant_payload())),
        challan,
        lambda: device.mutation("update", fir["id"], "fir", fields={"place": "Bus stand"}),
        lambda: device.mutation("update", tenant["id"], "tenant", fields={"property_address": "9"}),
        lambda: device.transition(fir["id"], "fir", "registered"),
        statement,
    ]


def leaves(value: Any, path: tuple = ()) -> list[tuple]:
    """The paths of every value inside a JSON document (objects and lists included)."""
    found = [path]
    if isinstance(value, dict):
        for key, member in value.items():
            found += leaves(member, (*path, key))
    elif isinstance(value, list):
        for index, member in enumerate(value):
            found += leaves(member, (*path, index))
    return found


def replaced(document: Any, path: tuple, value: Any) -> Any:
    changed = copy.deepcopy(document)
    if not path:
        return value
    holder = changed
    for step in path[:-1]:
        holder = holder[step]
    holder[path[-1]] = value
    return changed


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "\u202e", "\x9b", "²", "9" * 40, "2999-01-01T00:00:00+05:00"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=6,
)


@pytest.mark.parametrize("examples", MUTATION_EXAMPLES)
def test_pushes_of_honest_mutations_with_one_value_replaced(admin, fuzzed, examples) -> None:
    builders = honest_builders(fuzzed)
    outcomes: Counter[str] = Counter()

    @settings(FUZZ_SETTINGS, max_examples=examples, derandomize=examples < 1000)
    @given(data=st.data())
    def push_one(data) -> None:  # type: ignore[no-untyped-def]
        mutation = data.draw(st.sampled_from(builders), label="builder")()
        if data.draw(st.integers(0, 4), label="tampered") > 0:
            path = data.draw(st.sampled_from(leaves(mutation)[1:]), label="path")
            mutation = replaced(mutation, path, data.draw(JSON_VALUES, label="value"))
        body = gzip.compress(json.dumps({"protocol_version": 1, "mutations": [mutation]}).encode())
        before = Snapshot.take(admin.engine, fuzzed)
        answer = fuzzed.send(
            "POST",
            "/v1/push",
            body=body,
            extra_headers={"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )
        assert answer.status_code < 500, answer.text
        outcomes[str(answer.status_code)] += 1
        after = Snapshot.take(admin.engine, fuzzed)
        if answer.status_code >= 400:
            assert after == before, answer.text
            return
        (result,) = answer.json()["results"]
        outcomes[result["code"] or result["outcome"]] += 1
        if result["outcome"] != "applied":
            assert before.records_unchanged(after), result

    push_one()
    # Values reached the checks behind the model: some pushes applied, some were rejected.
    assert outcomes["applied"] and outcomes["422"] and outcomes["invalid"], outcomes
