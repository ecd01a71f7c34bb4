"""The server's station digest kept by `StationWriter`: what a transaction writes is added once,
a write rolled back with its savepoint is not, and the result equals the digest recomputed from
every record."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import insert

from sync.server.db.engine import lock_station, make_engine
from sync.server.db.migrate import upgrade_to_head
from sync.server.db.tables import stations
from sync.server.services.record_store import StationWriter, StoredRecord
from sync.server.services.station_digest import recompute_station_digests, stored_tally

STATION = "PSA"


def doc(record_id: str, kind: str = "fir", place: str = "Saddar") -> dict:
    return {"id": record_id, "type": kind, "status": "draft", "data": {"place": place}}


def test_writes_savepoints_and_deferred_writes_keep_the_digest_true(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'server.db'}")
    upgrade_to_head(engine)
    with engine.begin() as connection:
        connection.execute(
            insert(stations).values(
                code=STATION, name=STATION, district="Peshawar", change_seq=0, next_challan=1,
                created_at=0,
            )
        )  # fmt: skip
    for defer in (False, True):
        with engine.begin() as connection:
            writer = StationWriter(connection, lock_station(connection, STATION) or {}, defer)
            for n in range(3):
                writer.save(StoredRecord(doc(f"{defer}{n}"), {}, STATION, is_new=True), 0)
            writer.save(StoredRecord(doc(f"{defer}t", "tenant"), {}, STATION, is_new=True), 0)
            writer.finish()
        with engine.begin() as connection:
            writer = StationWriter(connection, lock_station(connection, STATION) or {}, defer)
            writer.prefetch([f"{defer}0", f"{defer}1"])
            edited = writer.load(f"{defer}0")
            assert edited is not None
            edited.doc["data"]["place"] = "Chowk Yadgar"
            writer.save(edited, 1)
            writer.save(edited, 2)  # written twice in one transaction: one term
            if not defer:
                again = writer.load(f"{defer}1")
                assert again is not None
                nested = connection.begin_nested()
                again.doc["data"]["place"] = "rolled back"
                writer.save(again, 3)
                writer.save(StoredRecord(doc("gone", "fir"), {}, STATION, is_new=True), 3)
                nested.rollback()
                writer.forget(f"{defer}1")
                writer.forget("gone")
            writer.flush()
            writer.finish()
        with engine.begin() as connection:
            kept = stored_tally(connection, STATION)
            recompute_station_digests(connection, STATION)
            scratch = stored_tally(connection, STATION)
        assert kept == scratch
    assert kept.held_counts() == {"fir": 6, "tenant": 2}
    engine.dispose()
