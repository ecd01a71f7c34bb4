"""The vault's running station digest (kept by `VaultWriter` per write) always equals the digest
computed from scratch from the records' texts, after creates, edits, refused creates, pulls and
conflicts; and a row changed outside the writer makes the next check recount every row."""

from __future__ import annotations

import copy
import uuid

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldclient.domain.fingerprint import DigestTally, record_fingerprint
from fieldclient.domain.record import Record
from fieldclient.services.sync import LEDGER
from fieldclient.vault import digests
from fieldclient.vault.record_doc import decode_doc_dict, encode_doc
from sync.client.local_store import LocalStore, StationSummary
from tests.helpers.fixtures import acknowledge_outbox
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.unit.sync_client.test_local_store import page, remote_copy

PLACES = ["Chowk Yadgar", "Firdous Cinema", "Qissa Khwani", "Saddar"]

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.sampled_from(["fir", "tenant"])),
        st.tuples(st.just("edit"), st.integers(0, 20), st.sampled_from(PLACES)),
        st.tuples(st.just("acknowledge")),
        st.tuples(st.just("refuse"), st.integers(0, 20)),
        st.tuples(st.just("pull_new"), st.integers(0, 20)),
        st.tuples(st.just("pull_edit"), st.integers(0, 20), st.sampled_from(PLACES)),
        st.tuples(st.just("pull_same"), st.integers(0, 20)),
    ),
    min_size=1,
    max_size=12,
)


def from_scratch(conn, local_only: set[str]) -> StationSummary:  # type: ignore[no-untyped-def]
    """The summary from every record's text, as the check computed it before the running digest."""
    tally = DigestTally()
    for record_id, kind, doc in conn.execute("SELECT id, type, doc FROM records"):
        if record_id not in local_only:
            tally.add(kind, record_id, record_fingerprint(decode_doc_dict(doc)))
    return StationSummary(tally.held_counts(), tally.digest())


def refused_creates(conn) -> set[str]:  # type: ignore[no-untyped-def]
    rows = conn.execute("SELECT record_id FROM outbox WHERE state = 'rejected' AND op = 'create'")
    return {record_id for (record_id,) in rows}


def apply(operation: tuple, session, records, store: LocalStore) -> None:  # type: ignore[no-untyped-def]
    kind, *args = operation
    held = [
        session.repo.get(rid) for (rid,) in session.vault.conn.execute("SELECT id FROM records")
    ]
    firs = [record for record in held if record.type == "fir"]
    if kind == "create":
        payload = fir_payload() if args[0] == "fir" else tenant_payload("T1")
        records.create(args[0], payload)
    elif kind == "edit" and firs:
        records.edit(firs[args[0] % len(firs)].id, {"place": args[1]})
    elif kind == "acknowledge":
        acknowledge_outbox(session)
    elif kind == "refuse":
        pending = [e for e in session.repo.outbox_entries() if e.body.get("op") == "create"]
        if pending:
            entry = pending[args[0] % len(pending)]
            with session.writer.transaction():
                session.writer.settle_push([], {entry.mutation_id: "invalid: refused"})
    elif kind == "pull_new" and firs:
        stranger = copy.deepcopy(firs[args[0] % len(firs)].to_dict())
        stranger.update(id=uuid.uuid4().hex, number=None, provisional_number=None)
        store.apply_page(page(remote_copy(Record.from_dict(stranger), place="Elsewhere")))
    elif kind == "pull_edit" and firs:  # a conflict when the record has a pending local edit
        store.apply_page(page(remote_copy(firs[args[0] % len(firs)], place=args[1])))
    elif kind == "pull_same" and held:
        store.apply_page(page(held[args[0] % len(held)]))


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_the_running_digest_equals_the_digest_from_scratch(session, records, operations):
    # One vault for every example: the property holds from any state the operations reach.
    store = LocalStore(session.vault, LEDGER, session.clock)
    conn = session.vault.conn
    for operation in operations:
        apply(operation, session, records, store)
        assert digests.in_step(conn)  # only the writer wrote: no recount is due
        expected = from_scratch(conn, refused_creates(conn))
        assert store.station_summary() == expected
    assert store.station_summary(recount=True) == expected
    assert digests.in_step(conn)


def test_a_row_changed_or_lost_outside_the_writer_makes_the_check_recount(session, records):
    made = [records.create("fir", fir_payload(f"Informant {n}")) for n in range(4)]
    store = LocalStore(session.vault, LEDGER, session.clock)
    conn = session.vault.conn
    before = store.station_summary()
    assert digests.in_step(conn)

    conn.execute("DELETE FROM records WHERE id = ?", (made[0].id,))
    doc = decode_doc_dict(
        conn.execute("SELECT doc FROM records WHERE id = ?", (made[1].id,)).fetchone()[0]
    )
    doc["data"]["place"] = "Somewhere else entirely"
    conn.execute(
        "UPDATE records SET doc = ? WHERE id = ?", (encode_doc(Record.from_dict(doc)), made[1].id)
    )
    conn.commit()
    assert not digests.in_step(conn)  # the triggers counted both changes
    records.create("fir", fir_payload())  # a write through the writer does not hide them
    assert not digests.in_step(conn)

    summary = store.station_summary()

    assert summary == from_scratch(conn, set()) and summary != before
    assert summary.counts == {"fir": 4}
    assert digests.in_step(conn)  # recounted once, and kept
    assert digests.stored_tally(conn).digest() == summary.digest
