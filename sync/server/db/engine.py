"""Engines and transactions for SQLite (the embedded default) and PostgreSQL.

Writers are serialised per station: a push locks its station row (``SELECT … FOR UPDATE`` on
PostgreSQL); on SQLite every write transaction starts with ``BEGIN IMMEDIATE``, which takes the
database write lock up front. Python's sqlite3 module would otherwise issue its own deferred
BEGIN and break savepoints, so it is told to stay out of transaction handling.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, select
from sqlalchemy.engine import make_url

from sync.server.db.tables import stations

_READ_ONLY = "fieldsync_read_only"


def normalise_url(url: str) -> str:
    """``postgresql://`` means psycopg 3 here."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def is_sqlite(engine: Engine | Connection) -> bool:
    return engine.dialect.name == "sqlite"


def create_owner_only(path: Path) -> None:
    """Create the database file readable by its owner only (0600) before SQLite opens it.

    SQLite gives the ``-wal`` and ``-shm`` files the mode of the database file, so they follow.
    A new folder is owner-only too; an existing file or folder keeps the mode it has.
    """
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    try:
        descriptor = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        return
    os.close(descriptor)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=20)
    if parsed.database and parsed.database != ":memory:":
        create_owner_only(Path(parsed.database))
    engine = create_engine(url, connect_args={"timeout": 60, "check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        read_only = connection.get_execution_options().get(_READ_ONLY, False)
        connection.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")

    return engine


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    with engine.begin() as connection:
        yield connection


@contextmanager
def read_transaction(engine: Engine) -> Iterator[Connection]:
    """A consistent snapshot for reads spanning several statements (a pull page)."""
    with engine.connect() as connection:
        options: dict[str, object] = {_READ_ONLY: True}
        if not is_sqlite(engine):
            options["isolation_level"] = "REPEATABLE READ"
        connection = connection.execution_options(**options)
        with connection.begin():
            yield connection


@contextmanager
def single_read(engine: Engine) -> Iterator[Connection]:
    """A connection for one read statement, which is consistent on its own: on PostgreSQL in
    autocommit (no BEGIN and COMMIT round trips), on SQLite a deferred read transaction."""
    if is_sqlite(engine):
        with read_transaction(engine) as connection:
            yield connection
        return
    with engine.connect() as connection:
        yield connection.execution_options(isolation_level="AUTOCOMMIT")


def lock_station(connection: Connection, station_code: str) -> dict | None:
    """Lock the station row for the rest of the transaction and return it (None if unknown)."""
    row = connection.execute(
        select(stations).where(stations.c.code == station_code).with_for_update()
    ).first()
    return dict(row._mapping) if row else None
