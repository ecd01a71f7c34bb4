"""The real sync server, run through its CLI as a subprocess on 127.0.0.1 and a free port."""

import contextlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

import psutil
import requests

PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_USERS = ("postgres", "root")
START_SECONDS = 120  # a loaded machine (others' test runs) imports the server slowly
SERVER_CLI = [sys.executable, "-c", "from sync.server.cli import main; raise SystemExit(main())"]


@dataclass
class ServerProcess:
    url: str
    port: int
    database_url: str
    process: subprocess.Popen[bytes]
    log: IO[bytes]  # the server's stderr, in a file so a chatty server never blocks on a pipe

    def errors(self) -> str:
        self.log.seek(0)
        return self.log.read().decode(errors="replace")

    def rss_mib(self) -> float:
        return psutil.Process(self.process.pid).memory_info().rss / 2**20


def cli(database_url: str, *args: str) -> str:
    """Run `fieldsync-server --database URL ARGS` with this interpreter; returns its output."""
    done = subprocess.run(
        [*SERVER_CLI, "--database", database_url, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"fieldsync-server {args[0]} failed: {done.stderr.strip()}")
    return done.stdout.strip()


@contextlib.contextmanager
def running_server(
    database_url: str, stations: list[str], env: dict[str, str] | None = None
) -> Iterator[ServerProcess]:
    """Initialise the schema, add the stations, serve; stop the process afterwards.

    `env` adds `FIELDSYNC_*` settings for the server process (e.g. its rate limit).
    """
    cli(database_url, "init")
    for code in stations:
        cli(
            database_url, "add-station", code, "--name", f"Station {code}", "--district", "Peshawar"
        )
    port = _free_port()
    with tempfile.TemporaryFile() as log:
        yield from _serve(database_url, port, env, log)


def _serve(
    database_url: str, port: int, env: dict[str, str] | None, log: IO[bytes]
) -> Iterator[ServerProcess]:
    process = subprocess.Popen(
        [*SERVER_CLI, "--database", database_url, "serve",
         "--host", "127.0.0.1", "--port", str(port)],
        env={**os.environ, **(env or {})},
        stdout=subprocess.DEVNULL,
        stderr=log,
    )  # fmt: skip
    server = ServerProcess(f"http://127.0.0.1:{port}", port, database_url, process, log)
    try:
        _wait_healthy(server)
        yield server
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def enroll_code(database_url: str, station: str) -> str:
    return cli(database_url, "enroll-code", "--station", station).splitlines()[-1]


@contextlib.contextmanager
def postgres_database() -> Iterator[str | None]:
    """A throwaway database on the local PostgreSQL, dropped afterwards; None if unreachable."""
    try:
        import psycopg
    except ImportError:
        yield None
        return
    admin = None
    for user in PG_USERS:
        with contextlib.suppress(psycopg.Error):
            admin = psycopg.connect(
                host=PG_HOST, port=PG_PORT, user=user, dbname="postgres", autocommit=True,
                connect_timeout=3,
            )  # fmt: skip
            break
    if admin is None:
        yield None
        return
    name = f"fieldsync_bench_{secrets.token_hex(4)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"postgresql+psycopg://{user}@{PG_HOST}:{PG_PORT}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _wait_healthy(server: ServerProcess) -> None:
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise RuntimeError(
                f"the sync server exited with {server.process.returncode}: {server.errors()}"
            )
        # Not listening yet, or listening but too busy to answer within the second: ask again.
        with contextlib.suppress(requests.ConnectionError, requests.Timeout):
            if requests.get(server.url + "/healthz", timeout=1).ok:
                return
        time.sleep(0.05)
    raise RuntimeError("the sync server did not answer /healthz in time")
