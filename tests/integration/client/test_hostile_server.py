"""A malformed or hostile server answer is refused with a logged reason and changes nothing in
the vault. The server here is a scripted fake of our own on loopback."""

from __future__ import annotations

import gzip
import json
import logging
import uuid
from collections.abc import Iterator
from typing import Any

import pytest

from fieldclient.domain.compact_clocks import compact_clocks
from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.hlc import system_ms as local_ms
from sync.client.errors import SyncErrorKind
from sync.client.sync_warnings import SyncWarning, SyncWarningKind
from sync.protocol import signing
from sync.protocol.fingerprint import record_fingerprint, station_digest
from tests.helpers.payloads import tenant_payload
from tests.integration.client.conftest import Device, open_device
from tests.integration.client.loopback import Answer, json_answer, serving

STATION = "PSH-1"
SECRET_NAME = "Zarmina Secretname"
TWO_HOURS_MS = 2 * 3600 * 1000


def station_record(station: str = STATION, name: str = "Zahid Khan") -> dict[str, Any]:
    other_device = uuid.uuid4().hex
    clock = HybridLogicalClock(other_device).now()
    return {
        "id": uuid.uuid4().hex,
        "type": "tenant",
        "status": "submitted",
        "data": tenant_payload(name),
        "station": station,
        "created_by": "KP-9",
        "created_at": "2026-01-02T10:00:00+05:00",
        "updated_at": "2026-01-02T10:00:00+05:00",
        "device_id": other_device,
        "number": None,
        "provisional_number": None,
        "history": [],
        "statements": [],
        "clocks": {"tenant": clock, "landlord": clock, "status": clock},
    }


def pull_page(records: list[dict[str, Any]], cursor: int, **changes: Any) -> dict[str, Any]:
    page = {
        "protocol_version": 1,
        "server_time": local_ms(),
        "records": records,
        "conflicts": [],
        "challan_blocks": [],
        "next_cursor": cursor,
        "has_more": False,
    }
    return page | changes


class FakeServer:
    """Enrolls anyone for ``STATION``; pull answers come from ``pull_answers`` in turn; the
    status describes ``held`` (the records the good answers handed out). Pull and status answers
    are signed with ``key`` (handed out at enrollment) for the request they answer, unless
    ``forge`` changes how (see ``FORGERIES``)."""

    def __init__(self) -> None:
        self.held: list[dict[str, Any]] = []
        self.pull_answers: list[Answer] = []
        self.push_answer: Answer | None = None
        self.server_time_shift = 0
        self.key = signing.generate_private_key()
        self.forge: str | None = None
        self.forged = ("/v1/pull", "/v1/status")

    def respond(self, method: str, path: str, headers: dict[str, str], body: bytes) -> Answer:
        answer = self._answer(path, body)
        if path not in ("/v1/pull", "/v1/status") or answer[0] >= 400:
            return answer
        cursor = json.loads(body)["cursor"] if path == "/v1/pull" else None
        content = _as_asked(body, answer[1]) if path == "/v1/pull" else answer[1]
        return self._signed(path, headers, cursor, content)

    def _signed(self, path: str, headers: dict[str, str], cursor: int | None, content: bytes):  # type: ignore[no-untyped-def]
        key, device, nonce = self.key, headers["X-Device-Id"], headers["X-Nonce"]
        forge = self.forge if path in self.forged else None
        if forge == "unsigned":
            return 200, content
        if forge == "another key":
            key = signing.generate_private_key()
        elif forge == "another device":
            device = uuid.uuid4().hex
        elif forge == "another request":
            nonce = uuid.uuid4().hex
        elif forge == "another cursor" and cursor is not None:
            cursor += 1
        signed_body = content + b" " if forge == "another body" else content
        signature = signing.sign_answer(key, path, device, nonce, cursor, signed_body)
        return 200, content, {signing.HEADER_SERVER_SIGNATURE: signature}

    def _answer(self, path: str, body: bytes) -> Answer:
        now = local_ms() + self.server_time_shift
        if path == "/v1/enroll":
            device_id = json.loads(body)["device_id"]
            station = {"code": STATION, "name": "Gulbahar", "district": "Peshawar"}
            return json_answer(
                200,
                {
                    "protocol_version": 1,
                    "server_time": now,
                    "device_id": device_id,
                    "station": station,
                    "server_public_key": signing.public_key_text(self.key),
                },
            )
        if path == "/v1/officers":
            officers = json.loads(body)["officers"]
            return json_answer(
                200, {"protocol_version": 1, "server_time": now, "officers": officers}
            )
        if path == "/v1/push":
            return self.push_answer or _acknowledge_all(body, now)
        if path == "/v1/pull" and self.pull_answers:
            return self.pull_answers.pop(0)
        if path == "/v1/status":
            return json_answer(200, self._status(now))
        if path == "/v1/challan-blocks":
            block = {"block_id": 1, "prefix": "CH-PSH-1", "start": 1, "end": 500}
            return json_answer(200, {"protocol_version": 1, "server_time": now, "block": block})
        return json_answer(200, pull_page([], 1, server_time=now))

    def _status(self, now: int) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for record in self.held:
            counts[record["type"]] = counts.get(record["type"], 0) + 1
        return {
            "protocol_version": 1,
            "server_time": now,
            "device_id": "0" * 32,
            "station": {"code": STATION, "name": "Gulbahar", "district": "Peshawar"},
            "last_applied_seq": 0,
            "change_seq": 1,
            "counts": counts,
            "digest": station_digest((r["id"], record_fingerprint(r)) for r in self.held),
        }


def _as_asked(request: bytes, content: bytes) -> bytes:
    """A pull page in the form the client asked for: the records' clocks compact when it asked
    for ``compact_clocks`` (a record too malformed to compact goes as it is)."""
    try:
        page = json.loads(content)
    except ValueError:
        return content
    if not json.loads(request).get("compact_clocks") or not isinstance(page, dict):
        return content
    if not isinstance(page.get("records"), list):
        return content
    page["records"] = [_compact(record) for record in page["records"]]
    return json.dumps(page).encode()


def _compact(record: Any) -> Any:
    if not isinstance(record, dict):
        return record
    clocks, data = record.get("clocks"), record.get("data")
    if not isinstance(clocks, dict) or not isinstance(data, dict):
        return record
    return record | {"clocks": compact_clocks(clocks, data)}


def _acknowledge_all(body: bytes, now: int) -> Answer:
    mutations = json.loads(gzip.decompress(body))["mutations"]
    results = [
        {"mutation_id": m["mutation_id"], "device_seq": m["device_seq"], "outcome": "applied"}
        for m in mutations
    ]
    answer = {"protocol_version": 1, "server_time": now, "results": results}
    return json_answer(200, answer | {"last_applied_seq": mutations[-1]["device_seq"]})


@pytest.fixture
def fake() -> Iterator[tuple[FakeServer, str]]:
    script = FakeServer()
    with serving(script.respond) as running:
        yield script, running.url  # type: ignore[attr-defined]


@pytest.fixture
def device(tmp_path, fake) -> Iterator[Device]:  # type: ignore[no-untyped-def]
    script, url = fake
    opened = open_device(tmp_path / "device", STATION)
    opened.sync.enroll(url, "ANY-CODE")
    first = station_record()
    script.held.append(first)
    script.pull_answers.append(json_answer(200, pull_page([first], 1)))
    opened.sync_ok()  # one good record and a challan block: there is something to protect
    opened.records.create("tenant", tenant_payload())  # and a pending change
    yield opened
    opened.session.close()


def vault_state(device: Device) -> dict[str, list[tuple]]:
    conn = device.session.vault.conn
    return {
        table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
        for table in ("records", "outbox", "meta", "conflicts", "challan_blocks", "audit")
    }


def _another_station() -> Answer:
    return json_answer(200, pull_page([station_record("PSH-2", SECRET_NAME)], 2))


def _bad_clock() -> Answer:
    record = station_record()
    record["clocks"]["tenant"] = "yesterday"
    return json_answer(200, pull_page([record], 2))


def _second_record_bad() -> Answer:
    bad = station_record()
    bad["data"] = ["not", "an", "object"]
    return json_answer(200, pull_page([station_record(), bad], 3))


HOSTILE_PULLS = {
    "not JSON": lambda: (200, b"<html>gateway says hello</html>"),
    "wrong types": lambda: json_answer(200, pull_page("records", 2)),  # type: ignore[arg-type]
    "unknown field": lambda: json_answer(200, pull_page([], 2, station="PSH-1")),
    "a record of another station": _another_station,
    "a record with a bad clock": _bad_clock,
    "a good record then a malformed one": _second_record_bad,
    "the cursor going back": lambda: json_answer(200, pull_page([], 0)),
    "more promised but no progress": lambda: json_answer(200, pull_page([], 1, has_more=True)),
    "an impossible challan block": lambda: json_answer(
        200,
        pull_page(
            [], 2, challan_blocks=[{"block_id": 2, "prefix": "CH", "start": 900, "end": 100}]
        ),
    ),
    "a block overlapping one held": lambda: json_answer(
        200,
        pull_page(
            [], 2, challan_blocks=[{"block_id": 2, "prefix": "CH-PSH-1", "start": 400, "end": 900}]
        ),
    ),
    "a server error page": lambda: (502, b"<html>bad gateway</html>"),
}


@pytest.mark.parametrize("answer", HOSTILE_PULLS.values(), ids=HOSTILE_PULLS.keys())
def test_a_hostile_pull_page_changes_nothing(device, fake, answer, caplog):
    script, _ = fake
    script.push_answer = json_answer(
        200,
        {"protocol_version": 1, "server_time": local_ms(), "results": [], "last_applied_seq": 0},
    )
    script.pull_answers = [answer(), answer()]
    before = vault_state(device)
    caplog.set_level(logging.DEBUG)

    report = device.sync.sync_once()

    assert report.error is not None
    assert vault_state(device) == before
    assert SECRET_NAME not in caplog.text
    assert "15602-1112223-5" not in caplog.text  # no CNIC of any record reaches the log


FORGERIES = [
    "unsigned",
    "another key",
    "another device",
    "another request",
    "another cursor",
    "another body",
]


@pytest.mark.parametrize("forgery", FORGERIES)
def test_a_pull_page_not_signed_by_the_server_for_this_request_changes_nothing(
    device, fake, forgery, caplog
):
    script, _ = fake
    script.forge = forgery
    script.push_answer = json_answer(
        200,
        {"protocol_version": 1, "server_time": local_ms(), "results": [], "last_applied_seq": 0},
    )
    record = station_record()
    script.pull_answers = [json_answer(200, pull_page([record], 2))]
    before = vault_state(device)

    report = device.sync.sync_once()

    assert report.error_kind == SyncErrorKind.BAD_ANSWER, report.error
    assert vault_state(device) == before
    expected = "not signed by the server" if forgery == "unsigned" else "signature does not match"
    assert f"refused a sync server answer: /v1/pull: the answer is {expected}" in caplog.text or (
        f"refused a sync server answer: /v1/pull: the server's {expected}" in caplog.text
    )


def test_a_status_answer_not_signed_by_the_server_is_refused(device, fake, caplog):
    script, _ = fake
    script.held.append(station_record())
    script.pull_answers = [json_answer(200, pull_page([script.held[-1]], 2))]
    script.forge, script.forged = "another key", ("/v1/status",)

    report = device.sync.sync_once()

    assert report.error_kind == SyncErrorKind.BAD_ANSWER
    assert "/v1/status: the server's signature does not match" in caplog.text


def test_a_push_answer_naming_an_unsent_mutation_changes_nothing(device, fake, caplog):
    script, _ = fake
    pending = device.repo.outbox_entries()[0]
    result = {"mutation_id": uuid.uuid4().hex, "device_seq": pending.device_seq}
    script.push_answer = json_answer(
        200,
        {
            "protocol_version": 1,
            "server_time": local_ms(),
            "results": [result | {"outcome": "applied"}],
            "last_applied_seq": pending.device_seq,
        },
    )
    before = vault_state(device)

    report = device.sync.sync_once()

    assert report.error is not None and "refuses" in report.error
    assert vault_state(device) == before
    assert "a push result names a mutation that was not sent" in caplog.text


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"{",
        b'{"results": 5}',
        json.dumps({"protocol_version": 1, "server_time": "soon"}).encode(),
    ],
)
def test_a_malformed_push_answer_changes_nothing(device, fake, body):
    script, _ = fake
    script.push_answer = (200, body)
    before = vault_state(device)

    report = device.sync.sync_once()

    assert report.error is not None
    assert vault_state(device) == before


def test_an_update_required_answer_tells_the_officer_to_update(device, fake):
    script, _ = fake
    refusal = {
        "protocol_version": 1,
        "server_time": local_ms(),
        "code": "unsupported_protocol",
        "message": "update the application",
    }
    script.push_answer = json_answer(426, refusal)
    before = vault_state(device)

    report = device.sync.sync_once()

    assert report.error is not None and "update the app" in report.error
    assert "unsynced records are kept" in report.error
    assert vault_state(device) == before


def test_a_far_off_device_clock_is_corrected_and_reported(device, fake):
    script, _ = fake
    script.server_time_shift = TWO_HOURS_MS
    local_before = local_ms()

    report = device.sync.sync_once()

    assert report.error is None
    assert SyncWarning(SyncWarningKind.CLOCK_BEHIND, {"minutes": 120}) in report.warnings
    assert abs(device.session.clock.offset_ms - TWO_HOURS_MS) < 60_000
    edited_at = device.session.clock.now()
    assert int(edited_at[:15]) >= local_before + TWO_HOURS_MS - 60_000
    status = device.sync.status()
    assert status.enrolled and status.last_sync is not None and status.pending == 0
