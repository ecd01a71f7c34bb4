"""The kind registry: built-in kinds, run-time registration, numbering policies, statements."""

from __future__ import annotations

import dataclasses
import secrets
from datetime import datetime

import pytest
from pydantic import ValidationError

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records import (
    KINDS,
    STATUSES,
    attendance,
    kind_of,
    register_kind,
    tenant,
    unregister_kind,
    validate_new,
    validate_statement,
)
from fieldclient.domain.records.kind import ListColumns, RecordKind
from fieldclient.domain.records.numbering import (
    DueNumber,
    NumberingScheme,
    by_server,
    device_number_code,
    short_number,
)
from fieldclient.domain.schema import Field, text
from sync.protocol.messages import Mutation
from tests.unit.domain.conftest import PKT

NOTE = RecordKind(
    name="note",
    label="note",
    plural="Notes",
    fields=(Field("body", text(max_length=100)),),
    statuses=("open", "closed"),
    initial="open",
    transitions={"open": frozenset({"closed"})},
    summary=lambda record: {"number": "", "status": record.status, "title": "", "detail": ""},
    columns=ListColumns("Body", "-"),
    time_field=None,
)


@pytest.fixture
def note_kind():
    register_kind(NOTE)
    yield NOTE
    unregister_kind(NOTE.name)


def record_dict(record_type: str, **changes) -> dict:
    return {
        "id": secrets.token_hex(16),
        "type": record_type,
        "status": "open",
        "data": {"body": "x"},
        "station": "PS1",
        "created_by": "B-1",
        "created_at": "2026-11-22T10:00:00+05:00",
        "updated_at": "2026-11-22T10:00:00+05:00",
        "device_id": "d" * 32,
        **changes,
    }


def test_the_built_in_kinds_in_registration_order():
    assert list(KINDS) == [
        "fir",
        "challan",
        "tenant",
        "attendance",
        "complaint",
        "diary",
        "duty_roster",
        "att_enrolment",
        "absence",
    ]
    assert STATUSES["attendance"] == ("recorded",)
    with pytest.raises(TypeError):
        KINDS["x"] = NOTE  # type: ignore[index]


def test_every_built_in_status_has_words_and_every_kind_a_page_title():
    for kind in KINDS.values():
        assert set(kind.status_labels) == set(kind.statuses), kind.name
        assert kind.plural and kind.columns.title and kind.columns.detail
    assert [kind.name for kind in KINDS.values() if kind.list_page] == [
        "fir",
        "challan",
        "tenant",
        "complaint",
        "diary",
    ]


def test_a_kind_registered_at_run_time_is_known_to_validation_and_the_protocol(note_kind):
    assert validate_new("note", {"body": " hello "}, now=datetime.now(PKT)) == {"body": "hello"}
    assert Record.from_dict(record_dict("note")).type == "note"
    message = {
        "mutation_id": secrets.token_hex(16),
        "device_seq": 1,
        "record_id": secrets.token_hex(16),
        "record_type": "note",
        "op": "transition",
        "hlc": "001700000000000:00000:" + "a" * 32,
        "officer": "B-1",
        "at": "2026-11-22T10:00:00+05:00",
        "entry": {"id": "e1"},
    }
    assert Mutation.model_validate(message).record_type == "note"
    unregister_kind("note")
    with pytest.raises(ValidationFailed) as unknown:
        Record.from_dict(record_dict("note"))
    assert unknown.value.errors[0].code == "unknown_record_type"
    assert "fir, challan, tenant, attendance" in unknown.value.errors[0].message
    with pytest.raises(ValidationError, match="record_type"):
        Mutation.model_validate(message)


@pytest.mark.parametrize(
    ("changes", "problem"),
    [
        ({"name": "Lost Property"}, "the name must be"),
        ({"name": "a_name_longer_than_16"}, "the name must be"),
        ({"name": "fir"}, "already registered"),
        ({"initial": "draft"}, "initial status 'draft'"),
        ({"transitions": {"open": frozenset({"lost"})}}, "unknown statuses lost"),
        ({"statement_statuses": frozenset({"shut"})}, "unknown statuses shut"),
        ({"editable": {"open": frozenset({"bdy"})}}, "unknown fields bdy"),
        ({"time_field": "at"}, "unknown fields at"),
        ({"server_only": frozenset({("closed", "open")})}, "server-only transition"),
        (
            {"numbering": by_server(lambda *_: None, due_at="open")},  # type: ignore[arg-type]
            "due_at must be a status other than the initial one",
        ),
    ],
)
def test_a_malformed_kind_is_refused_with_the_reason(changes, problem):
    with pytest.raises(ValueError, match=problem):
        register_kind(dataclasses.replace(NOTE, **changes))
    assert "note" not in KINDS


def test_numbering_on_the_device_follows_the_scheme():
    def new(record_type: str) -> Record:
        return Record.from_dict(record_dict(record_type, status="x"))

    now = datetime(2026, 11, 22, 15, 0, tzinfo=PKT)
    firs = new("fir")
    kind_of("fir").numbering.number_on_device(firs, now, lambda: pytest.fail("no block"))
    assert firs.number is None and firs.provisional_number.startswith("P-PS1-2026-")
    with_block, without = new("challan"), new("challan")
    kind_of("challan").numbering.number_on_device(with_block, now, lambda: "CH-PS1-0000007")
    kind_of("challan").numbering.number_on_device(without, now, lambda: None)
    assert (with_block.number, with_block.provisional_number) == ("CH-PS1-0000007", None)
    assert without.number is None and without.provisional_number == f"P-{without.id[:8].upper()}"
    receipt = new("tenant")
    kind_of("tenant").numbering.number_on_device(receipt, now, lambda: pytest.fail("no block"))
    assert receipt.number == tenant.receipt_number("PS1", receipt.created_at, receipt.id)
    assert receipt.number.startswith("TR-PS1-20261122-")
    event = new("attendance")
    kind_of("attendance").numbering.number_on_device(event, now, lambda: pytest.fail("no"))
    assert (event.number, event.provisional_number) == (None, None)


def test_a_device_with_a_number_code_numbers_short_and_the_server_holds_it_to_its_code():
    now = datetime(2026, 11, 22, 15, 0, tzinfo=PKT)
    drawn = iter(["P-A3-0041", "P-A3-0042"])
    challan_record = Record.from_dict(record_dict("challan", status="x"))
    fir_record = Record.from_dict(record_dict("fir", status="x"))
    kind_of("challan").numbering.number_on_device(
        challan_record, now, lambda: None, lambda: next(drawn)
    )
    kind_of("fir").numbering.number_on_device(fir_record, now, lambda: None, lambda: next(drawn))
    assert [challan_record.provisional_number, fir_record.provisional_number] == [
        "P-A3-0041",
        "P-A3-0042",
    ]
    kind_of("fir").numbering.number_on_device(fir_record, now, lambda: None, lambda: "P-A3-9")
    assert fir_record.provisional_number == "P-A3-0042"  # a record keeps its number
    numbering = kind_of("fir").numbering
    short = fir_record.to_dict()
    assert numbering.device_numbers_problem("PS1", short, "A3") is None
    assert numbering.device_numbers_problem("PS1", short, "A4") is not None  # another's code
    assert numbering.device_numbers_problem("PS1", short, None) is not None  # it has none
    legacy = record_dict("fir", status="x")
    legacy["provisional_number"] = f"P-PS1-2026-{legacy['id'][:8].upper()}"
    assert numbering.device_numbers_problem("PS1", legacy, "A3") is None  # old form stays valid


def test_device_number_codes_are_short_readable_and_distinct():
    codes = [device_number_code(serial) for serial in range(1, 500)]
    assert codes[:3] == ["A1", "A2", "A3"] and codes[9] == "B1" and codes[215] == "Z9"
    assert codes[216] == "AA1" and len(set(codes)) == len(codes)
    assert not any(letter in code for code in codes for letter in "IO0")
    assert short_number("A3", 42) == "P-A3-0042" and short_number("A3", 12345) == "P-A3-12345"


def test_the_server_numbers_an_fir_once_registered_in_the_year_of_registration():
    numbering = kind_of("fir").numbering
    server_now = datetime(2027, 1, 1, 0, 30, tzinfo=PKT)
    draft = record_dict("fir", status="draft", history=[])
    assert numbering.due_on_server("PS1", draft, server_now) is None
    entry = {"to": "registered", "at": "2026-12-31T23:50:00+05:00"}
    registered = {**draft, "status": "registered", "history": [entry]}
    due = numbering.due_on_server("PS1", registered, server_now)
    assert due is not None and due.counter == "fir/2026" and due.number(7) == "PS1-2026-0007"
    claimed_future = {**registered, "history": [{**entry, "at": "2031-01-01T00:00:00+05:00"}]}
    assert numbering.due_on_server("PS1", claimed_future, server_now).counter == "fir/2027"
    numbered = {**registered, "number": "PS1-2026-0007"}
    assert numbering.due_on_server("PS1", numbered, server_now) is None
    for name in ("challan", "tenant", "attendance"):
        assert kind_of(name).numbering.due_on_server("PS1", registered, server_now) is None


def test_a_kind_numbered_on_arrival_is_due_at_once():
    def per_day(station: str, at: str | None, now: datetime) -> DueNumber:
        day = (at or now.isoformat())[:10]
        return DueNumber(f"note/{day}", lambda serial: f"{station}-{day}-{serial}")

    numbering = by_server(per_day, due_at=None)
    assert numbering.scheme is NumberingScheme.SERVER
    due = numbering.due_on_server("PS1", record_dict("note"), datetime(2026, 11, 23, tzinfo=PKT))
    assert due is not None and due.counter == "note/2026-11-22"
    assert due.number(3) == "PS1-2026-11-22-3"


def test_statements_belong_to_the_kinds_that_take_them(now):
    with pytest.raises(ValidationFailed) as refused:
        validate_statement("challan", "issued", {"text": "x"}, now=now)
    assert refused.value.errors[0].code == "statement_not_allowed"
    assert "challan takes no supplementary statements" in str(refused.value)
    with pytest.raises(ValidationFailed) as refused:
        validate_statement("fir", "registered", "just text", now=now)
    assert refused.value.fields == ["(input)"]


def test_whether_a_kind_is_ever_editable():
    assert [kind.name for kind in KINDS.values() if not kind.ever_editable] == [
        "attendance",
        "diary",
        "duty_roster",
        "att_enrolment",
        "absence",
    ]
    assert attendance.KIND.frozen_reason("recorded").startswith("attendance events cannot")


def test_the_server_holds_device_made_numbers_to_the_devices_station():
    def problem(record_type: str, **numbers) -> str | None:
        record = record_dict(record_type, **numbers)
        return kind_of(record_type).numbering.device_numbers_problem("PS1", record)

    record_id = "3f2a9c1b" + "0" * 24
    assert problem("fir", id=record_id, provisional_number="P-PS1-2026-3F2A9C1B") is None
    assert "provisional_number" in problem(
        "fir", id=record_id, provisional_number="P-PS2-2026-3F2A9C1B"
    )
    assert problem("challan", id=record_id, provisional_number="P-3F2A9C1B") is None
    assert "provisional_number" in problem("attendance", provisional_number="P-1")
    receipt = tenant.receipt_number("PS1", "2026-11-22T10:00:00+05:00", record_id)
    assert problem("tenant", id=record_id, number=receipt) is None
    assert "receipt number of station PS1" in problem("tenant", id=record_id, number="TR-X")
