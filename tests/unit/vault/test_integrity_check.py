"""The integrity check reports damage, and only damage."""

from fieldclient.vault.repository import RecordQuery
from tests.helpers.payloads import fir_payload


def test_a_search_index_merged_by_another_connection_is_not_reported_as_corrupt(session, records):
    """FTS5 caches its segment structure per connection. After another connection (the sync
    worker) merged the segments, `quick_check` on the first connection read blobs that no longer
    exist and reported "fts5: corruption found" in a healthy vault."""
    for number in range(30):
        records.create("fir", fir_payload(f"Informant {number}"))
    assert records.find(RecordQuery(record_type="fir", search="Informant"), limit=5)
    worker = session.vault.second_connection()
    try:
        worker.conn.execute("INSERT INTO records_fts (records_fts, rank) VALUES ('merge', 500)")
    finally:
        worker.close()

    session.vault.check_integrity()

    stale = session.vault.conn.execute("PRAGMA quick_check").fetchall()
    assert stale != [("ok",)], "the stale-structure report no longer happens; drop this test"
