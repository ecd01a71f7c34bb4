"""Shared test helpers: the real sync server as a subprocess, and throwaway databases.

Usage in a test module::

    from tests.helpers.server import postgres_database, run_server, sqlite_database

    with sqlite_database(tmp_path) as url, run_server(url) as server:
        requests.get(server.url + "/healthz")

``run_server`` initialises the schema (as ``fieldsync-server init`` does) unless
``init=False``, starts ``fieldsync-server serve`` on 127.0.0.1 and a free port, waits for
``/healthz`` and stops the process afterwards. ``postgres_database`` creates
``fieldsync_test_<random>`` on the local PostgreSQL (trust auth) and drops it after; it skips
the test when PostgreSQL is unreachable.
"""

from __future__ import annotations

import hashlib
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests

from sync.server.core.clock import now_ms
from sync.server.db.engine import make_engine
from sync.server.services.enrollment import add_station, new_enroll_code, revoke_device

PG_HOST = "127.0.0.1"
PG_PORT = 5432
PG_USERS = ("postgres", "root")
SERVER_START_SECONDS = 120
"""How long a test server may take to start: importing FastAPI takes seconds on a loaded machine."""
OFFICER = "B-100"
"""The badge every SignedDevice declares at enrollment and names in what it sends."""
REPO = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def server_command(*args: str, clock_shift_ms: int = 0) -> list[str]:
    """``fieldsync-server ARGS`` run with this interpreter (no reliance on PATH); with a
    ``clock_shift_ms``, the server's clock reads that far from the real one."""
    shift = (
        f"import sys; sys.path.insert(0, {str(REPO)!r}); "
        f"from tests.helpers.shifted_clock import install; install({clock_shift_ms}); "
        if clock_shift_ms
        else ""
    )
    return [
        sys.executable,
        "-c",
        shift + "from sync.server.cli import main; raise SystemExit(main())",
        *args,
    ]


def run_cli(database_url: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        server_command("--database", database_url, *args),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def initialise(database_url: str) -> None:
    """What ``fieldsync-server init`` does, in-process (saves a subprocess start)."""
    from sync.server.db.migrate import upgrade_to_head

    engine = make_engine(database_url)
    try:
        upgrade_to_head(engine)
    finally:
        engine.dispose()


@dataclass
class RunningServer:
    url: str
    database_url: str
    process: subprocess.Popen[bytes]
    read_log: Callable[[], str] = lambda: ""
    """Everything the server has logged so far (its standard error)."""
    clock_shift_ms: int = 0
    """How far the server's clock reads from the real one (``run_server(clock_shift_ms=)``)."""

    def now_ms(self) -> int:
        return now_ms() + self.clock_shift_ms


@contextmanager
def run_server(
    database_url: str,
    *,
    init: bool = True,
    tls: tuple[Path, Path] | None = None,
    env: dict[str, str] | None = None,
    clock_shift_ms: int = 0,
) -> Iterator[RunningServer]:
    """A running server on a free loopback port; ``tls`` is ``(certfile, keyfile)``;
    ``clock_shift_ms`` moves the server's clock (``tests.helpers.shifted_clock``)."""
    if init:
        initialise(database_url)
    env = {"FIELDSYNC_DATA_DIR": str(data_dir_for(database_url)), **(env or {})}
    port = free_port()
    args = ["--database", database_url, "serve", "--host", "127.0.0.1", "--port", str(port)]
    if tls:
        args += ["--tls-cert", str(tls[0]), "--tls-key", str(tls[1])]
    # The server's log goes to a file: a pipe nobody reads fills up under many warnings and
    # then blocks the server.
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            server_command(*args, clock_shift_ms=clock_shift_ms),
            env={**os.environ, **env},
            stdout=subprocess.DEVNULL,
            stderr=log,
        )
        scheme = "https" if tls else "http"

        def read_log() -> str:
            log.seek(0)
            return log.read().decode(errors="replace")

        server = RunningServer(
            f"{scheme}://127.0.0.1:{port}", database_url, process, read_log, clock_shift_ms
        )
        try:
            wait_healthy(server.url, process, read_log, verify=str(tls[0]) if tls else True)
            yield server
        finally:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def data_dir_for(database_url: str) -> Path:
    """The data folder (signing key) of the test servers of one database: a server restarted
    on it, or a second process serving it, signs with the same key, as in production."""
    digest = hashlib.sha256(database_url.encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / "fieldsync-test-data" / digest


def wait_healthy(
    url: str,
    process: subprocess.Popen[bytes],
    read_log: Callable[[], str],
    verify: bool | str = True,
) -> None:
    """Wait until the server at ``url`` answers ``/healthz``; its log tells why it exited."""
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}: {read_log()}")
        try:
            if requests.get(url + "/healthz", timeout=1, verify=verify).ok:
                return
        except (requests.ConnectionError, requests.Timeout):
            pass  # not listening yet, or too busy to answer within a second on a loaded machine
        time.sleep(0.05)
    raise RuntimeError("the server did not answer /healthz in time")


@contextmanager
def sqlite_database(folder: Path) -> Iterator[str]:
    yield f"sqlite:///{folder / f'fieldsync_{secrets.token_hex(4)}.sqlite3'}"


def _admin_connection():  # type: ignore[no-untyped-def]
    import psycopg

    last_error: Exception | None = None
    for user in PG_USERS:
        try:
            return psycopg.connect(
                host=PG_HOST,
                port=PG_PORT,
                user=user,
                dbname="postgres",
                autocommit=True,
                connect_timeout=3,
            ), user
        except psycopg.Error as error:
            last_error = error
    pytest.skip(f"PostgreSQL on {PG_HOST}:{PG_PORT} is not reachable: {last_error}")


@contextmanager
def postgres_database() -> Iterator[str]:
    """A throwaway PostgreSQL database URL; skips the test when PostgreSQL is unreachable."""
    admin, user = _admin_connection()
    name = f"fieldsync_test_{secrets.token_hex(6)}"
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield f"postgresql+psycopg://{user}@{PG_HOST}:{PG_PORT}/{name}"
        finally:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def database(backend: str, folder: Path) -> Iterator[str]:
    """``backend`` is ``"sqlite"`` or ``"postgres"``."""
    manager = sqlite_database(folder) if backend == "sqlite" else postgres_database()
    with manager as url:
        yield url


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


def _pakistan_now(shift_ms: int = 0) -> str:
    from datetime import datetime, timedelta, timezone

    moment = datetime.now(timezone(timedelta(hours=5))) + timedelta(milliseconds=shift_ms)
    return moment.replace(microsecond=0).isoformat()


class SignedDevice:
    """An enrolled device speaking the protocol by hand: signed ``requests`` calls plus a
    clock and a sequence for building mutations. Tests use it to craft (and tamper with)
    requests; the real client engine lives in ``sync.client``."""

    def __init__(  # type: ignore[no-untyped-def]
        self, base_url: str, device_id: str, private_key, station: str, clock_shift_ms: int = 0
    ) -> None:
        from fieldclient.domain.hlc import HybridLogicalClock

        self.base_url = base_url
        self.device_id = device_id
        self.private_key = private_key
        self.station = station
        self.clock_shift_ms = clock_shift_ms
        """Kept in step with a server whose clock is shifted: signatures, clocks and times."""
        self.clock = HybridLogicalClock(device_id)
        self.clock.offset_ms = clock_shift_ms
        self.seq = 0
        self.http = requests.Session()
        self.verify: bool | str = True
        self.server_public_key = ""
        """The server's key from the enrollment answer (base64), for checking its signatures."""

    @classmethod
    def enroll(
        cls,
        base_url: str,
        code: str,
        *,
        verify: bool | str = True,
        clock_shift_ms: int = 0,
        officers: dict[str, str] | None = None,
    ) -> SignedDevice:
        """Enroll with ``code`` and declare ``officers`` (badge -> name; default: ``OFFICER``)."""
        from sync.protocol import signing

        private_key = signing.generate_private_key()
        device_id = secrets.token_hex(16)
        answer = requests.post(
            base_url + "/v1/enroll",
            json={
                "protocol_version": 1,
                "code": code,
                "device_id": device_id,
                "public_key": signing.public_key_text(private_key),
            },
            headers={signing.HEADER_PROTOCOL: "1"},
            timeout=30,
            verify=verify,
        )
        assert answer.status_code == 200, answer.text
        station = answer.json()["station"]["code"]
        device = cls(base_url, device_id, private_key, station, clock_shift_ms)
        device.verify = verify
        device.server_public_key = answer.json()["server_public_key"]
        officers = {OFFICER: "Test Officer"} if officers is None else officers
        if officers:
            declared = device.declare_officers(officers)
            assert declared.status_code == 200, declared.text
        return device

    def declare_officers(
        self, officers: dict[str, str], roles: dict[str, str] | None = None
    ) -> requests.Response:
        """``POST /v1/officers``: badge -> name of the officers who use this device, and the
        roles (badge -> role) the device's keyring holds, if any."""
        roles = roles or {}
        listing = [
            {"badge": badge, "name": name} | ({"role": roles[badge]} if badge in roles else {})
            for badge, name in officers.items()
        ]
        return self.send("POST", "/v1/officers", {"protocol_version": 1, "officers": listing})

    def signed_headers(self, method: str, target: str, body: bytes, **overrides: object) -> dict:
        from sync.protocol import signing

        if self.clock_shift_ms:
            overrides.setdefault("timestamp_ms", now_ms() + self.clock_shift_ms)
        return signing.sign_request(
            self.private_key, self.device_id, method, target, body, **overrides
        )  # type: ignore[arg-type]

    def send(
        self,
        method: str,
        target: str,
        message: dict | None = None,
        *,
        body: bytes | None = None,
        gzip_body: bool = True,
        extra_headers: dict[str, str] | None = None,
    ) -> requests.Response:
        """Send ``message`` (JSON, gzip by default) or the exact ``body`` bytes, signed."""
        import gzip
        import json

        headers: dict[str, str] = {}
        if body is None and message is not None:
            body = json.dumps(message).encode()
            if gzip_body:
                body = gzip.compress(body)
                headers["Content-Encoding"] = "gzip"
            headers["Content-Type"] = "application/json"
        body = body or b""
        headers.update(self.signed_headers(method, target, body))
        headers.update(extra_headers or {})
        return self.http.request(
            method,
            self.base_url + target,
            data=body,
            headers=headers,
            timeout=60,
            verify=self.verify,
        )

    def push(self, mutations: list[dict]) -> requests.Response:
        return self.send("POST", "/v1/push", {"protocol_version": 1, "mutations": mutations})

    def pull(self, cursor: int = 0, limit: int = 1000, blocks_after: int = 0) -> requests.Response:
        message = {
            "protocol_version": 1,
            "cursor": cursor,
            "limit": limit,
            "blocks_after": blocks_after,
        }
        return self.send("POST", "/v1/pull", message)

    def pull_all(self) -> list[dict]:
        """Every record of the station, latest version each, following the cursor."""
        cursor, found = 0, {}
        while True:
            page = self.pull(cursor).json()
            found.update({record["id"]: record for record in page["records"]})
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return list(found.values())

    def lease_block(self, size: int = 100, request_id: str | None = None) -> requests.Response:
        message = {
            "protocol_version": 1,
            "request_id": request_id or secrets.token_hex(16),
            "size": size,
        }
        return self.send("POST", "/v1/challan-blocks", message)

    def mutation(self, op: str, record_id: str, record_type: str, **payload: object) -> dict:
        self.seq += 1
        return {
            "mutation_id": secrets.token_hex(16),
            "device_seq": self.seq,
            "record_id": record_id,
            "record_type": record_type,
            "op": op,
            "hlc": self.clock.now(),
            "officer": OFFICER,
            "at": _pakistan_now(self.clock_shift_ms),
            **payload,
        }

    def new_record(self, record_type: str, data: dict, *, number: str | None = None) -> dict:
        """``Record.to_dict()`` of a new record made on this device."""
        from fieldclient.domain.records import initial_status
        from fieldclient.domain.records.tenant import receipt_number

        now = _pakistan_now(self.clock_shift_ms)
        record_id = secrets.token_hex(16)
        if record_type == "tenant" and number is None:
            number = receipt_number(self.station, now, record_id)
        return {
            "id": record_id,
            "type": record_type,
            "status": initial_status(record_type),
            "data": data,
            "station": self.station,
            "created_by": OFFICER,
            "created_at": now,
            "updated_at": now,
            "device_id": self.device_id,
            "number": number,
            "provisional_number": None,
            "history": [],
            "statements": [],
            "clocks": {},
        }

    def create(self, record: dict) -> dict:
        return self.mutation("create", record["id"], record["type"], record=record)

    def transition(self, record_id: str, record_type: str, to: str, reason: str = "ok") -> dict:
        hlc = self.clock.now()
        entry = {
            "id": secrets.token_hex(16),
            "at": _pakistan_now(self.clock_shift_ms),
            "by": OFFICER,
            "from": "",
            "to": to,
            "reason": reason,
            "hlc": hlc,
            "device": self.device_id,
        }
        return {**self.mutation("transition", record_id, record_type, entry=entry), "hlc": hlc}


GENEROUS_RATE = {"FIELDSYNC_RATE_LIMIT_PER_MINUTE": "100000"}


class Admin:
    """What the administrator does with the CLI, called in-process for speed (the CLI itself
    is tested separately). Call ``engine.dispose()`` when done."""

    def __init__(self, server: RunningServer) -> None:
        self.server = server
        self.engine = make_engine(server.database_url)

    def add_station(self, fir_start: int = 1) -> str:
        code = f"PS{secrets.token_hex(3).upper()}"
        add_station(
            self.engine,
            code,
            f"Station {code}",
            "Peshawar",
            self.server.now_ms(),
            {"fir": fir_start},
        )
        return code

    def enroll_code(self, station: str) -> str:
        return new_enroll_code(self.engine, station, self.server.now_ms(), 1)

    def device(self, station: str) -> SignedDevice:
        return SignedDevice.enroll(
            self.server.url, self.enroll_code(station), clock_shift_ms=self.server.clock_shift_ms
        )

    def revoke(self, device_id: str) -> None:
        revoke_device(self.engine, device_id, self.server.now_ms())
