"""A pull from cursor 0 writes its rows without the list indexes and builds them once at its end
(`fieldclient.vault.deferred_indexes`): lists, searches, the person view and the consistency
check see every record during and after it, local work meanwhile included, and a build cut
short is finished by the next one or by unlocking."""

from __future__ import annotations

from pathlib import Path

import pytest

from fieldclient.domain.record import Record
from fieldclient.services.people import PersonService
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session, create_vault, open_session
from fieldclient.services.sync import LEDGER
from fieldclient.vault import deferred_indexes
from fieldclient.vault.record_doc import decode_doc_dict
from fieldclient.vault.repository import RecordQuery
from sync.client.local_store import LocalStore
from sync.client.page_check import CheckedPage
from sync.protocol.fingerprint import record_fingerprint, station_digest
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD, acknowledge_outbox
from tests.helpers.payloads import fir_payload, tenant_payload

INFORMANT_CNIC = "17101-1234567-1"  # every fir_payload names this informant
PAGE = 10


@pytest.fixture
def station_records(tmp_path: Path) -> list[Record]:
    """30 records another device of the station made: 20 FIRs and 10 tenant registrations."""
    other = create_vault(
        tmp_path / "other", badge="KP-9", name="Other", password="other password", station="PS-1"
    )
    try:
        service = RecordService(other)
        made = [service.create("fir", fir_payload(f"Informant {n}")) for n in range(20)]
        made += [service.create("tenant", tenant_payload(f"Tenant {n}")) for n in range(10)]
        return [other.repo.get(record.id) for record in made]
    finally:
        other.close()


def _pages(records: list[Record]) -> list[CheckedPage]:
    return [
        CheckedPage(
            records[start : start + PAGE], [], [], start + PAGE, start + PAGE < len(records), None
        )
        for start in range(0, len(records), PAGE)
    ]


def _indexes(session: Session) -> dict[str, str]:
    rows = session.vault.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'records'"
    )
    return {name: sql for name, sql in rows}


def _all_ids(session: Session) -> set[str]:
    return {row[0] for row in session.vault.conn.execute("SELECT id FROM records")}


def _assert_every_record_seen(session: Session, records: RecordService) -> None:
    """Lists (whole and first screen), searches, counts, the person view and the consistency
    check's digest all see every record the vault holds."""
    repo = session.repo
    held = {r.id: r for r in (repo.get(rid) for rid in _all_ids(session))}
    firs = {rid for rid, record in held.items() if record.type == "fir"}
    assert set(repo.ids(RecordQuery())) == set(held)
    assert set(repo.ids(RecordQuery(record_type="fir"))) == firs
    assert set(repo.ids(RecordQuery(record_type="fir", status="draft"))) == {
        rid for rid in firs if held[rid].status == "draft"
    }
    informants = {rid for rid in firs if held[rid].data["informant"]["name"].startswith("Inf")}
    assert set(repo.ids(RecordQuery(search="Informant"))) == informants
    assert repo.count(RecordQuery(search="Informant", record_type="fir")) == len(informants)
    screen = repo.ids(RecordQuery(search="Informant"), limit=5)
    assert screen == repo.ids(RecordQuery(search="Informant"))[:5]
    assert repo.ids(RecordQuery(search="Peshawar"), limit=len(held)) == repo.ids(
        RecordQuery(search="Peshawar")
    )
    named = {found.record_id for found in PersonService(records).lookup(INFORMANT_CNIC)}
    assert named == firs
    summary = LocalStore(session.vault, LEDGER).station_summary()
    docs = session.vault.conn.execute("SELECT id, doc FROM records").fetchall()
    expected = station_digest(
        [(rid, record_fingerprint(decode_doc_dict(doc))) for rid, doc in docs]
    )
    assert summary.digest == expected
    assert sum(summary.counts.values()) == len(held)


def test_a_pull_from_cursor_0_leaves_the_list_indexes_out_and_builds_them_at_its_end(
    session, records, station_records
):
    before = _indexes(session)
    made_before = records.create("tenant", tenant_payload("Made Before"))  # never pushed
    store = LocalStore(session.vault, LEDGER, session.clock)
    first, *rest = _pages(station_records)

    store.apply_page(first)

    conn = session.vault.conn
    assert deferred_indexes.pending(conn)
    left_out = set(before) - set(_indexes(session))
    assert left_out == {"records_list", "records_list_status", "records_by_seq"} | {
        "records_fingerprints"
    }
    _assert_every_record_seen(session, records)  # reads run without the indexes meanwhile
    made_during = records.create("fir", fir_payload("Informant Local"))  # the GUI at work
    records.edit(first.records[0].id, {"place": "Edited during the pull"})
    for page in rest:
        store.apply_page(page)
    assert deferred_indexes.pending(conn)  # until the pull ends

    store.build_deferred_indexes()

    assert not deferred_indexes.pending(conn)
    assert _indexes(session) == before  # the same indexes, the same SQL
    assert _all_ids(session) == {r.id for r in station_records} | {made_before.id, made_during.id}
    assert session.repo.get(first.records[0].id).data["place"] == "Edited during the pull"
    _assert_every_record_seen(session, records)
    plan = conn.execute(
        "EXPLAIN QUERY PLAN SELECT record_time, seq, id FROM records INDEXED BY records_list"
        " WHERE type = 'fir' ORDER BY record_time"
    ).fetchall()
    assert "records_list" in str(plan)
    session.vault.check_integrity()


def test_a_small_pull_or_a_pull_from_a_later_cursor_keeps_the_indexes(
    session, records, station_records
):
    store = LocalStore(session.vault, LEDGER, session.clock)
    single = CheckedPage(station_records[:5], [], [], 5, False, None)  # one page: nothing to gain
    store.apply_page(single)
    later = CheckedPage(station_records[5:15], [], [], 15, True, None)  # cursor 5, not 0
    store.apply_page(later)
    assert not deferred_indexes.pending(session.vault.conn)
    assert "records_list" in _indexes(session)


def test_a_build_cut_short_is_finished_by_the_next_one_or_by_unlocking(
    session, records, station_records, data_dir
):
    store = LocalStore(session.vault, LEDGER, session.clock)
    store.apply_page(_pages(station_records)[0])
    acknowledge_outbox(session)
    with pytest.raises(RuntimeError), session.writer.transaction():
        session.writer.build_deferred_indexes()
        raise RuntimeError("killed while building")  # the build's transaction rolls back
    assert deferred_indexes.pending(session.vault.conn)
    assert "records_list" not in _indexes(session)
    session.close()

    reopened = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        assert not deferred_indexes.pending(reopened.vault.conn)
        assert "records_list" in _indexes(reopened)
        _assert_every_record_seen(reopened, RecordService(reopened))
    finally:
        reopened.close()
