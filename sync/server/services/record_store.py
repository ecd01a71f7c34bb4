"""Reading and writing records of one station inside a locked write transaction.

``StationWriter`` hands out the station's change sequence numbers. The station row is locked for
the whole transaction, so sequence order is commit order and a pull cursor never skips a change
that commits late. It also keeps the station digest (``station_digests``) up to date: each
record's (type, fingerprint) as the transaction found it and as it leaves it, the difference
added in ``finish``.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from fieldclient.domain.merge import Conflict
from sync.protocol.fingerprint import DigestTally, canonical_json
from sync.server.db.tables import conflicts, records, stations
from sync.server.services import station_digest

_INSERT_RECORD = insert(records)
_STORED = (
    records.c.id,
    records.c.doc,
    records.c.officers,
    records.c.station,
    records.c.type,
    records.c.fingerprint,
)
_UPDATE_RECORD = (
    update(records)
    .where(records.c.id == bindparam("record_id"))
    .where(records.c.station == bindparam("record_station"))
)


@dataclass
class StoredRecord:
    doc: dict[str, Any]
    officers: dict[str, str]
    station: str
    is_new: bool = False


@dataclass
class StationWriter:
    connection: Connection
    station: dict[str, Any]
    defer_writes: bool = False
    change_seq: int = field(init=False)
    _cache: dict[str, tuple[str, str, str] | None] = field(init=False, default_factory=dict)
    _deferred: dict[str, tuple[bool, dict[str, Any]]] = field(init=False, default_factory=dict)
    # For the digest, per record of this station: (type, fingerprint) as the transaction found
    # it (None: not there) and as it wrote it last (absent: to be read back, after a rollback).
    _found: dict[str, tuple[str, str] | None] = field(init=False, default_factory=dict)
    _written: dict[str, tuple[str, str] | None] = field(init=False, default_factory=dict)
    _saved: set[str] = field(init=False, default_factory=set)

    def __post_init__(self) -> None:
        self.change_seq = self.station["change_seq"]

    def prefetch(self, record_ids: list[str]) -> None:
        """Read the stored versions of a batch's records in one query (see ``load``)."""
        self._cache.update(dict.fromkeys(record_ids))
        rows = self.connection.execute(select(*_STORED).where(records.c.id.in_(record_ids)))
        for row in rows:
            self._cache[row.id] = (row.doc, row.officers, row.station)
            self._found_as(row)

    @property
    def code(self) -> str:
        return self.station["code"]

    def next_seq(self) -> int:
        self.change_seq += 1
        return self.change_seq

    def load(self, record_id: str) -> StoredRecord | None:
        """The record with this id, from any station (callers check the station)."""
        if record_id in self._cache:
            cached = self._cache[record_id]
            if cached is None:
                return None
            return StoredRecord(json.loads(cached[0]), json.loads(cached[1]), cached[2])
        row = self.connection.execute(select(*_STORED).where(records.c.id == record_id)).first()
        if row is None:
            return None
        self._found_as(row)
        return StoredRecord(json.loads(row.doc), json.loads(row.officers), row.station)

    def _found_as(self, row: Any) -> None:
        if row.station == self.code:
            self._found.setdefault(row.id, (row.type, row.fingerprint))

    def save(self, stored: StoredRecord, now: int) -> None:
        """Write the record now, or, when writes are deferred, at `flush()`."""
        doc = stored.doc
        text = canonical_json(doc)
        officers = canonical_json(stored.officers)
        values = {
            "type": doc["type"],
            "status": doc["status"],
            "number": doc.get("number"),
            "doc": text,
            "officers": officers,
            # record_fingerprint(doc) is the SHA-256 of this same text; hash it, not dump it again.
            "fingerprint": hashlib.sha256(text.encode("utf-8")).hexdigest(),
            "change_seq": self.next_seq(),
            "updated_at": now,
        }
        record_id = doc["id"]
        if stored.is_new:
            self._found.setdefault(record_id, None)
        elif record_id not in self._found:  # not loaded through this writer: read it now
            self._found[record_id] = self._stored_state(record_id)
        self._written[record_id] = (values["type"], values["fingerprint"])
        self._saved.add(record_id)
        if self.defer_writes:
            earlier = self._deferred.get(record_id)
            self._deferred[record_id] = (earlier[0] if earlier else stored.is_new, values)
        elif stored.is_new:
            self.connection.execute(
                _INSERT_RECORD, {"id": record_id, "station": self.code, **values}
            )
        else:
            self.connection.execute(
                _UPDATE_RECORD, {"record_id": record_id, "record_station": self.code, **values}
            )
        stored.is_new = False
        self._cache[record_id] = (text, officers, self.code)

    def flush(self) -> None:
        """Write the deferred records: one multi-row insert and one executemany update.

        A clash with a stored id or number raises IntegrityError here; the caller rolls the
        whole batch back and applies it again one savepoint per mutation.
        """
        inserts = [
            {"id": record_id, "station": self.code, **values}
            for record_id, (is_new, values) in self._deferred.items()
            if is_new
        ]
        updates = [
            {"record_id": record_id, "record_station": self.code, **values}
            for record_id, (is_new, values) in self._deferred.items()
            if not is_new
        ]
        self._deferred.clear()
        if inserts:
            self.connection.execute(_INSERT_RECORD, inserts)
        if updates:
            self.connection.execute(_UPDATE_RECORD, updates)

    def forget(self, record_id: str) -> None:
        """Drop a cached version written in a savepoint that was rolled back."""
        self._cache.pop(record_id, None)
        self._written.pop(record_id, None)  # as it stands now (`finish` reads it back)

    def add_conflicts(self, found: list[Conflict], now: int) -> None:
        for conflict in found:
            self.connection.execute(
                insert(conflicts).values(
                    id=uuid.uuid4().hex,
                    station=self.code,
                    record_id=conflict.record_id,
                    field=conflict.field,
                    winner=canonical_json(conflict.winner.to_dict()),
                    loser=canonical_json(conflict.loser.to_dict()),
                    detected_at=now,
                    change_seq=self.next_seq(),
                )
            )

    def finish(self) -> None:
        """Store the advanced change sequence and challan counter of the locked station, and
        add what the transaction changed to the station digest (deferred writes first)."""
        self.flush()
        station_digest.add_changes(self.connection, self.code, self._digest_changes())
        self.connection.execute(
            update(stations)
            .where(stations.c.code == self.code)
            .values(change_seq=self.change_seq, next_challan=self.station["next_challan"])
        )

    def _stored_state(self, record_id: str) -> tuple[str, str] | None:
        row = self.connection.execute(
            select(records.c.type, records.c.fingerprint)
            .where(records.c.id == record_id)
            .where(records.c.station == self.code)
        ).first()
        return (row.type, row.fingerprint) if row else None

    def _digest_changes(self) -> DigestTally:
        """Terms taken away (records as found) and added (as written) by this transaction."""
        change = DigestTally()
        for record_id in self._saved:
            found = self._found.get(record_id)
            now = (
                self._written[record_id]
                if record_id in self._written
                else self._stored_state(record_id)
            )
            if now == found:
                continue
            if found is not None:
                change.remove(found[0], record_id, found[1])
            if now is not None:
                change.add(now[0], record_id, now[1])
        return change
