"""The station digest of ``/v1/status``, kept per write in ``station_digests``.

``StationWriter.finish`` adds what a transaction changed (`add_changes`) while it holds the
station's lock, so concurrent pushes to one station cannot lose each other's terms; the status
answer reads the station's few rows (`stored_tally`). `recompute_station_digests` computes them
from every record again: for a records table changed by hand (an operator's repair, a test).
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, delete, insert, select, update

from sync.protocol.fingerprint import DigestTally, digest_text
from sync.server.db.tables import records, station_digests

_UPDATE = (
    update(station_digests)
    .where(station_digests.c.station == bindparam("row_station"))
    .where(station_digests.c.type == bindparam("row_type"))
)


def stored_tally(connection: Connection, station: str) -> DigestTally:
    tally = DigestTally()
    for row in connection.execute(
        select(station_digests.c.type, station_digests.c.count, station_digests.c.total).where(
            station_digests.c.station == station
        )
    ):
        tally.counts[row.type] = row[1]
        tally.sums[row.type] = int(row.total, 16)
    return tally


def add_changes(connection: Connection, station: str, change: DigestTally) -> None:
    """Add a tally of changes to the station's stored digest (the caller holds the station
    lock)."""
    if not change.changed():
        return
    stored = stored_tally(connection, station)
    updates, inserts = [], []
    for kind in change.counts.keys() | change.sums.keys():
        row = {
            "count": stored.counts.get(kind, 0) + change.counts.get(kind, 0),
            "total": digest_text(stored.sums.get(kind, 0) + change.sums.get(kind, 0)),
        }
        if kind in stored.counts:
            updates.append({"row_station": station, "row_type": kind, **row})
        else:
            inserts.append({"station": station, "type": kind, **row})
    if updates:
        connection.execute(_UPDATE, updates)
    if inserts:
        connection.execute(insert(station_digests), inserts)


def recompute_station_digests(connection: Connection, station: str | None = None) -> None:
    """The digests of one station (or all) computed from every record, replacing the stored."""
    query = select(records.c.station, records.c.type, records.c.id, records.c.fingerprint)
    wipe = delete(station_digests)
    if station is not None:
        query = query.where(records.c.station == station)
        wipe = wipe.where(station_digests.c.station == station)
    tallies: dict[str, DigestTally] = {}
    for row in connection.execute(query):
        tallies.setdefault(row.station, DigestTally()).add(row.type, row.id, row.fingerprint)
    connection.execute(wipe)
    rows = [
        {"station": code, "type": kind, "count": count, "total": digest_text(tally.sums[kind])}
        for code, tally in tallies.items()
        for kind, count in tally.counts.items()
    ]
    if rows:
        connection.execute(insert(station_digests), rows)
