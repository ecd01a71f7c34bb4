"""The vault side of sync on a real vault: pulled pages merge with pending local changes, and a
page applies with its cursor or not at all."""

from __future__ import annotations

import copy
import time

import pytest

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.record import Record
from fieldclient.services.sync import LEDGER
from fieldclient.vault.record_doc import decode_doc_dict, encode_doc
from sync.client import credentials
from sync.client.errors import BadServerResponse
from sync.client.local_store import LocalStore, StationSummary
from sync.client.page_check import CheckedPage
from sync.protocol.fingerprint import record_fingerprint, station_digest
from sync.protocol.messages import ChallanBlock
from tests.helpers.fixtures import acknowledge_outbox
from tests.helpers.payloads import fir_payload

OTHER_DEVICE = "f" * 32


def remote_copy(record: Record, **data_changes) -> Record:  # type: ignore[no-untyped-def]
    """The record as another device changed it, later than anything here."""
    changed = Record.from_dict(copy.deepcopy(record.to_dict()))
    an_hour_ahead = time.time_ns() // 1_000_000 + 3_600_000  # within what a clock follows
    clock = HybridLogicalClock(OTHER_DEVICE, wall_clock_ms=lambda: an_hour_ahead).now()
    for path, value in data_changes.items():
        changed.data[path] = value
        changed.clocks[path] = clock
    return changed


def page(
    *records: Record, cursor: int = 9, blocks: list[ChallanBlock] | None = None
) -> CheckedPage:
    clocks = [c for r in records for c in r.clocks.values()]
    return CheckedPage(list(records), [], blocks or [], cursor, False, max(clocks, default=None))


def test_a_pending_local_edit_wins_and_the_concurrent_one_is_kept_as_a_conflict(session, records):
    draft = records.create("fir", fir_payload())
    acknowledge_outbox(session)
    server_version = remote_copy(draft, place="Firdous Cinema")
    records.edit(draft.id, {"place": "Chowk Yadgar"})  # pending, made before seeing the other
    store = LocalStore(session.vault, LEDGER, session.clock)

    tally = store.apply_page(page(server_version, remote_copy(draft, narrative="Updated text")))

    assert tally.pulled == 2 and tally.conflicts == 1
    kept = session.repo.get(draft.id)
    assert kept.data["place"] == "Chowk Yadgar"  # pending local fields win until acknowledged
    assert kept.data["narrative"] == "Updated text"
    row = session.vault.conn.execute("SELECT field, winner FROM conflicts").fetchall()
    assert row == [("place", "theirs")]  # the newer remote write wins once the server decides
    assert store.cursor() == 9
    assert session.clock.now() > server_version.clocks["place"]  # the clock saw the remote write


def test_without_pending_changes_the_pulled_version_replaces_the_local_one(session, records):
    draft = records.create("fir", fir_payload())
    acknowledge_outbox(session)
    store = LocalStore(session.vault, LEDGER)
    store.apply_page(page(remote_copy(draft, place="Firdous Cinema")))
    assert session.repo.get(draft.id).data["place"] == "Firdous Cinema"
    assert session.vault.conn.execute("SELECT count(*) FROM conflicts").fetchone()[0] == 0


def test_a_page_that_fails_half_way_leaves_records_cursor_and_blocks_untouched(session, records):
    draft = records.create("fir", fir_payload())
    store = LocalStore(session.vault, LEDGER)
    store.apply_page(page(blocks=[ChallanBlock(block_id=1, prefix="CH-X", start=1, end=100)]))
    before = session.vault.conn.execute("SELECT doc FROM records").fetchall()
    overlapping = ChallanBlock(block_id=2, prefix="CH-X", start=50, end=150)

    with pytest.raises(BadServerResponse, match="overlaps"):
        store.apply_page(
            page(remote_copy(draft, place="Elsewhere"), cursor=20, blocks=[overlapping])
        )

    assert session.vault.conn.execute("SELECT doc FROM records").fetchall() == before
    assert store.cursor() == 9
    assert credentials.int_meta(session.vault, credentials.BLOCKS_AFTER) == 1
    assert LEDGER.numbers_left(session.vault) == 100


def test_the_station_summary_reads_stored_fingerprints_and_still_sees_a_changed_text(
    session, records
):
    made = [records.create("fir", fir_payload(f"Informant {n}")) for n in range(3)]
    store = LocalStore(session.vault, LEDGER, session.clock)
    conn = session.vault.conn
    stored = dict(conn.execute("SELECT id, fingerprint FROM records"))
    assert stored == {r.id: record_fingerprint(records.get(r.id).to_dict()) for r in made}
    assert store.station_summary() == StationSummary({"fir": 3}, station_digest(stored.items()))

    # Text changed outside the writer (damage, a repair by hand): its stored fingerprint goes,
    # and the summary fingerprints the text as it now is.
    doc = decode_doc_dict(
        conn.execute("SELECT doc FROM records WHERE id = ?", (made[0].id,)).fetchone()[0]
    )
    doc["data"]["place"] = "Somewhere else entirely"
    conn.execute(
        "UPDATE records SET doc = ? WHERE id = ?", (encode_doc(Record.from_dict(doc)), made[0].id)
    )
    assert conn.execute(
        "SELECT fingerprint FROM records WHERE id = ?", (made[0].id,)
    ).fetchone() == (None,)

    summary = store.station_summary()

    assert summary.digest == station_digest(
        [(made[0].id, record_fingerprint(doc))] + [(r.id, stored[r.id]) for r in made[1:]]
    )
    assert summary.digest != station_digest(stored.items())
    assert conn.execute(
        "SELECT fingerprint FROM records WHERE id = ?", (made[0].id,)
    ).fetchone() == (record_fingerprint(doc),)  # kept for the next check
