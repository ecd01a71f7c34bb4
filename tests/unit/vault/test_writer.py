"""The vault's one write path on a real vault: what it queues, and how a refused record goes again.

Refusals are made here as the sync client stores them (`settle_push`); the real server's
refusals are in tests/integration/client/test_fast_clock.py.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.mutation import Op
from fieldclient.vault.audit import verify_chain
from tests.helpers.fixtures import acknowledge_outbox
from tests.helpers.payloads import fir_payload, tenant_payload

REPO = Path(__file__).resolve().parents[3]
OWNED_TABLES = (
    "records",
    "records_fts",
    "person_index",
    "outbox",
    "conflicts",
    "challan_blocks",
    "attachments",
    "record_digests",
    "record_changes",
)
_WRITE = re.compile(
    rf"\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+({'|'.join(OWNED_TABLES)})\b",
    re.IGNORECASE,
)


def refuse(session, reason: str = "invalid: reported_at: cannot be in the future") -> None:  # type: ignore[no-untyped-def]
    """The server refused every pending mutation."""
    pending = {entry.mutation_id: reason for entry in session.repo.outbox_entries("pending")}
    with session.writer.transaction():
        session.writer.settle_push([], pending)


def ops(session, state: str | None = None) -> list[str]:  # type: ignore[no-untyped-def]
    return [entry.mutation().op.value for entry in session.repo.outbox_entries(state)]


def test_every_local_change_is_queued_as_a_typed_mutation(records, session):
    fir = records.create("fir", fir_payload())
    records.edit(fir.id, {"place": "Chowk Yadgar"})
    records.transition(fir.id, "registered", "complaint verified")
    records.append_statement(fir.id, {"text": "A witness came forward."})

    queued = [entry.mutation() for entry in session.repo.outbox_entries()]

    assert [m.op for m in queued] == [Op.CREATE, Op.UPDATE, Op.TRANSITION, Op.STATEMENT]
    assert {m.record_id for m in queued} == {fir.id}
    assert queued[0].record == {**queued[0].record, "id": fir.id, "type": "fir"}
    assert queued[1].fields == {"place": "Chowk Yadgar"}
    stored = session.repo.get(fir.id)
    assert queued[2].entry == stored.history[0] and queued[3].entry == stored.statements[0]
    assert stored.clocks["place"] == queued[1].hlc and stored.clocks["status"] == queued[2].hlc


def test_editing_a_record_whose_creation_was_refused_queues_it_whole_again(records, session):
    fir = records.create("fir", fir_payload())
    records.edit(fir.id, {"place": "Firdous Cinema"})
    refuse(session)
    assert ops(session, "rejected") == ["create", "update"]

    records.edit(fir.id, {"place": "Chowk Yadgar"})

    assert ops(session) == ["create"]  # the refused create and the edit after it are in it
    [again] = [entry.mutation() for entry in session.repo.outbox_entries("pending")]
    stored = session.repo.get(fir.id)
    assert again.record is not None and again.record["data"]["place"] == "Chowk Yadgar"
    assert set(again.record["clocks"].values()) == {again.hlc} == set(stored.clocks.values())
    actions = [row[0] for row in session.vault.conn.execute("SELECT action FROM audit")]
    assert actions[-2:] == ["outbox.resend", "fir.edit"]
    assert verify_chain(session.vault.conn).intact


def test_a_status_change_or_statement_of_such_a_record_also_sends_it_whole(records, session):
    fir = records.create("fir", fir_payload())
    refuse(session)
    records.transition(fir.id, "registered", "complaint verified")
    assert ops(session) == ["create"]
    refuse(session)
    records.append_statement(fir.id, {"text": "A witness came forward."})
    [again] = [entry.mutation() for entry in session.repo.outbox_entries()]
    assert again.record is not None
    assert again.record["status"] == "registered" and len(again.record["statements"]) == 1


def test_resend_sends_a_refused_record_again_without_a_change(records, session):
    tenant = records.create("tenant", tenant_payload())
    refuse(session)

    records.resend(tenant.id)

    assert ops(session) == ["create"] and ops(session, "rejected") == []
    assert records.refusals(tenant.id) == []


def test_a_refused_update_is_redone_by_an_edit_of_the_same_fields_or_by_resend(records, session):
    tenant = records.create("tenant", tenant_payload())
    acknowledge_outbox(session)
    records.edit(tenant.id, {"tenant": {"phone": "0300-7654321"}})
    records.edit(tenant.id, {"tenant": {"occupation": "Driver"}})
    refuse(session, "frozen: a tenant record in status verified cannot be changed")
    assert (
        records.refusals(tenant.id)
        == ["frozen: a tenant record in status verified cannot be changed"] * 2
    )

    records.edit(tenant.id, {"tenant": {"phone": "0301-1111111"}})
    assert ops(session) == ["update", "update"]  # the refused occupation edit stays
    clock_before = session.repo.get(tenant.id).clocks["tenant.occupation"]
    records.resend(tenant.id)

    [phone, occupation] = [entry.mutation() for entry in session.repo.outbox_entries()]
    assert phone.fields == {"tenant.phone": "0301-1111111"}
    assert occupation.fields == {"tenant.occupation": "Driver"}
    assert occupation.base_clocks == {"tenant.occupation": clock_before}
    assert session.repo.get(tenant.id).clocks["tenant.occupation"] == occupation.hlc
    assert records.refusals(tenant.id) == []


def test_resend_of_a_record_nothing_was_refused_of_is_refused_naming_it(records, session):
    fir = records.create("fir", fir_payload())
    with pytest.raises(ValidationFailed, match="refused no change"):
        records.resend(fir.id)
    assert ops(session) == ["create"]


def test_nothing_but_the_write_path_writes_the_tables_it_owns():
    """Every INSERT/UPDATE/DELETE of records, outbox, conflicts, challan blocks and attachments
    in the client's code is in fieldclient/vault/writer.py (migrations create them, and the
    triggers of v7 and v8 clear a fingerprint and count changes to records)."""
    allowed = {Path("fieldclient/vault/writer.py"), Path("fieldclient/vault/migrations.py")}
    writers = set()
    for package in ("fieldclient", "sync/client"):
        for path in (REPO / package).rglob("*.py"):
            source = path.read_text(encoding="utf-8")
            strings = [
                node.value
                for node in ast.walk(ast.parse(source))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
            ]
            if any(_WRITE.search(text) for text in strings):
                writers.add(path.relative_to(REPO))
    # The migrations write only what an upgrade fills in (the person index of stored records).
    assert Path("fieldclient/vault/writer.py") in writers and writers <= allowed
