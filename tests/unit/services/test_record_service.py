"""The record use cases against a real SQLCipher vault."""

import json

import pytest

from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.vault.audit import verify_chain
from fieldclient.vault.repository import RecordQuery
from tests.helpers.fixtures import acknowledge_outbox
from tests.helpers.payloads import PAYLOADS, challan_payload, fir_payload, tenant_payload

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _table_counts(session) -> dict[str, int]:
    conn = session.vault.conn
    return {
        table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("records", "outbox", "audit")
    } | {"fts": conn.execute("SELECT count(*) FROM records_fts").fetchone()[0]}


@pytest.mark.parametrize("record_type", sorted(PAYLOADS))
def test_create_writes_record_outbox_index_and_audit_together(records, session, record_type):
    before = _table_counts(session)
    record = records.create(record_type, PAYLOADS[record_type]())
    after = _table_counts(session)
    assert after == {key: value + 1 for key, value in before.items()}
    assert records.get(record.id).data == record.data
    (entry,) = session.repo.pending_mutations(limit=10, max_bytes=10**6)
    assert entry.body["op"] == "create" and entry.body["record_id"] == record.id
    assert verify_chain(session.vault.conn).intact


def test_invalid_input_changes_nothing(records, session):
    before = _table_counts(session)
    bad = fir_payload()
    bad["informant"]["cnic"] = "12345-123"
    with pytest.raises(ValidationFailed) as refused:
        records.create("fir", bad)
    assert "informant.cnic" in str(refused.value)
    assert _table_counts(session) == before


def test_a_failed_write_rolls_back_every_part(records, session, monkeypatch):
    before = _table_counts(session)

    def broken_audit(*args, **kwargs):
        raise RuntimeError("audit write failed")

    monkeypatch.setattr(session.vault, "audit", broken_audit)
    with pytest.raises(RuntimeError):
        records.create("challan", challan_payload())
    assert _table_counts(session) == before


def test_fir_lifecycle_freezes_content_and_keeps_history(records):
    draft = records.create("fir", fir_payload())
    assert draft.status == "draft" and draft.provisional_number.startswith("P-")
    edited = records.edit(draft.id, {"place": "Outside Tatara police post"})
    assert edited.data["place"] == "Outside Tatara police post"
    registered = records.transition(draft.id, "registered", "complaint verified")
    assert registered.status == "registered"
    with pytest.raises(FrozenRecord):
        records.edit(draft.id, {"place": "somewhere else"})
    assert records.get(draft.id).data["place"] == "Outside Tatara police post"
    records.append_statement(draft.id, {"text": "The informant found a witness."})
    records.transition(draft.id, "under_investigation", "IO appointed")
    with pytest.raises(TransitionRefused):
        records.transition(draft.id, "draft", "undo")
    final = records.get(draft.id)
    assert [h["to"] for h in final.history] == ["registered", "under_investigation"]
    assert final.statements[0]["text"] == "The informant found a witness."
    assert final.clocks["status"] == final.history[-1]["hlc"]


def test_edit_sends_only_the_changed_fields(records, session):
    record = records.create("tenant", tenant_payload())
    acknowledge_outbox(session)
    records.edit(record.id, {"tenant": {"phone": "0300-7654321"}})
    (entry,) = session.repo.pending_mutations(10, 10**6)
    assert entry.body["op"] == "update"
    assert entry.body["fields"] == {"tenant.phone": "0300-7654321"}
    assert entry.body["base_clocks"]["tenant.phone"] == record.clocks["tenant.phone"]


def test_challan_numbers_come_from_leased_blocks(records, session):
    from fieldclient.services.challan_numbers import numbers_left

    unnumbered = records.create("challan", challan_payload())
    assert unnumbered.number is None and unnumbered.provisional_number
    with session.vault.transaction():
        session.writer.add_challan_block("CH-PSH", 500, 501)
    first = records.create("challan", challan_payload())
    second = records.create("challan", challan_payload())
    assert (first.number, second.number) == ("CH-PSH-0000500", "CH-PSH-0000501")
    assert numbers_left(session.vault) == 0


def test_search_finds_english_urdu_cnic_and_vehicle(records):
    fir = records.create(
        "fir", fir_payload(name="Gul Rehman", narrative="چوری کی واردات بازار میں")
    )
    challan = records.create("challan", challan_payload(vehicle_reg="RIZ-3725"))
    records.create("tenant", tenant_payload(tenant_name="زاہد خان"))

    def found(text: str, record_type: str | None = None) -> set[str]:
        return set(records.find_ids(RecordQuery(record_type=record_type, search=text)))

    assert found("gul reh") == {fir.id}
    assert found("بازار") == {fir.id}
    assert found("RIZ-3725") == {challan.id}
    assert fir.id in found("17101-1234567-1")
    assert len(found("زاہد", "tenant")) == 1
    assert found("nobody-by-this-name") == set()


def test_filters_by_status_and_counts(records):
    ids = [records.create("fir", fir_payload()).id for _ in range(3)]
    records.transition(ids[0], "registered", "ok")
    assert records.count(RecordQuery(record_type="fir")) == 3
    assert records.find_ids(RecordQuery(record_type="fir", status="registered")) == [ids[0]]


def test_photos_are_stored_encrypted_and_linked(records, session):
    photo_id = records.store_photo(PNG, "tenant")
    payload = tenant_payload()
    payload["photos"] = {"tenant": photo_id}
    record = records.create("tenant", payload)
    assert records.photo(photo_id) == ("image/png", PNG)
    row = session.vault.conn.execute(
        "SELECT record_id FROM attachments WHERE id = ?", (photo_id,)
    ).fetchone()
    assert row[0] == record.id
    with pytest.raises(ValidationFailed, match=r"photos\.tenant"):
        records.store_photo(b"GIF89a not accepted", "tenant")


def test_audit_entries_name_fields_not_values(records, session):
    records.create("fir", fir_payload(name="Unmistakable Marker Name"))
    details = [row[0] for row in session.vault.conn.execute("SELECT detail FROM audit")]
    assert any("informant" in json.loads(d).get("fields", []) for d in details)
    assert not any("Unmistakable" in d for d in details)


def test_sorting_by_number_uses_the_number_the_officer_sees(records):
    first = records.create("fir", fir_payload())
    second = records.create("fir", fir_payload())
    shown = {first.id: first.provisional_number, second.id: second.provisional_number}
    ascending = records.find_ids(
        RecordQuery(record_type="fir", order_by="number", descending=False)
    )
    assert ascending == sorted(shown, key=shown.get)
    unnumbered = records.create("challan", challan_payload())  # no block leased yet
    from fieldclient.domain.records import summary

    assert summary(unnumbered)["number"] == unnumbered.provisional_number


def test_a_bug_is_logged_without_its_message(caplog):
    import logging

    from fieldclient.bug_log import log_bug

    # Built at run time, so the traceback's source lines cannot show them either.
    name, cnic = "Unmistakable " + "Secret", "35202-" + "1234567-3"
    try:
        try:
            {}[name]
        except KeyError as missing:
            raise ValueError(f"could not parse {cnic}") from missing
    except ValueError as bug:
        log_bug(logging.getLogger("test"), bug)
    logged = caplog.text
    assert "ValueError" in logged and "KeyError" in logged and "test_record_service" in logged
    assert name not in logged and cnic not in logged
