"""Migration 0008: the station digests kept per write are computed once from the records a
server already holds, per station and type (SQLite and PostgreSQL); the status answer reads
them and the digest goes on being kept by later writes."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from fieldclient.domain.fingerprint import DigestTally, canonical_json, text_fingerprint
from sync.server.db.engine import make_engine
from sync.server.db.migrate import alembic_config
from sync.server.services.station_digest import recompute_station_digests, stored_tally
from tests.helpers.server import BACKENDS, database

HELD = {"PSA": [("fir", 3), ("tenant", 2)], "PSB": [("fir", 1)]}


def _fill_revision_0007(engine) -> dict[str, DigestTally]:  # type: ignore[no-untyped-def]
    expected: dict[str, DigestTally] = {}
    with engine.begin() as connection:
        for code, kinds in HELD.items():
            connection.execute(
                text(
                    "INSERT INTO stations (code, name, district, change_seq, next_challan,"
                    " created_at) VALUES (:code, :code, 'Peshawar', 10, 1, 0)"
                ),
                {"code": code},
            )
            seq = 0
            for kind, count in kinds:
                for n in range(count):
                    seq += 1
                    record_id = f"{code}{kind}{n}".ljust(32, "0")
                    doc = canonical_json({"id": record_id, "type": kind, "n": n})
                    connection.execute(
                        text(
                            "INSERT INTO records (id, station, type, status, doc, officers,"
                            " fingerprint, change_seq, updated_at) VALUES (:id, :station,"
                            " :type, 'draft', :doc, '{}', :fingerprint, :seq, 0)"
                        ),
                        {
                            "id": record_id,
                            "station": code,
                            "type": kind,
                            "doc": doc,
                            "fingerprint": text_fingerprint(doc),
                            "seq": seq,
                        },
                    )
                    expected.setdefault(code, DigestTally()).add(
                        kind, record_id, text_fingerprint(doc)
                    )
    return expected


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_digests_are_computed_once_from_the_stored_records(backend, tmp_path):
    with database(backend, tmp_path) as url:
        engine = make_engine(url)
        config = alembic_config(engine)
        command.upgrade(config, "0007")
        expected = _fill_revision_0007(engine)
        command.upgrade(config, "head")
        try:
            with engine.begin() as connection:
                for code, tally in expected.items():
                    kept = stored_tally(connection, code)
                    assert kept.held_counts() == dict(HELD[code])
                    assert kept.digest() == tally.digest()
                recompute_station_digests(connection, "PSA")
                assert stored_tally(connection, "PSA").digest() == expected["PSA"].digest()
            command.downgrade(config, "0007")
            command.upgrade(config, "head")
        finally:
            engine.dispose()
