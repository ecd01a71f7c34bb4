"""What the server leaves behind: its log (issue 12.9) and its SQLite file (issue 12.12).

* A bug is logged once, as its type and traceback, never its message, uvicorn's own line too.
* A client that goes away mid-upload is a network event in one line, not a bug.
* The SQLite database and its WAL/SHM files are readable by their owner only.
"""

import os
import socket
import stat
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import requests

from sync.protocol import signing
from tests.helpers.buggy_server import CANARY
from tests.helpers.server import (
    Admin,
    free_port,
    initialise,
    run_server,
    sqlite_database,
    wait_healthy,
)

REPO = Path(__file__).resolve().parents[3]
LOG_SETTLE_SECONDS = 10


def _wait_for_log(read_log, needle: str) -> str:
    """The log once it holds ``needle`` (the server writes it after answering)."""
    deadline = time.monotonic() + LOG_SETTLE_SECONDS
    while time.monotonic() < deadline:
        text = read_log()
        if needle in text:
            return text
        time.sleep(0.05)
    return read_log()


def test_a_bug_is_logged_once_without_its_message(tmp_path):
    database_url = f"sqlite:///{tmp_path / 'bug.sqlite3'}"
    initialise(database_url)
    port = free_port()
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "tests.helpers.buggy_server", database_url, str(port)],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=log,
        )

        def read_log() -> str:
            log.seek(0)
            return log.read().decode(errors="replace")

        try:
            url = f"http://127.0.0.1:{port}"
            wait_healthy(url, process, read_log)
            answer = requests.get(url + "/bug", timeout=30)
            assert answer.status_code == 500
            assert CANARY not in answer.text
            text = _wait_for_log(read_log, "builtins.ValueError")
        finally:
            process.terminate()
            process.wait(timeout=30)
    assert "message withheld" in text
    assert text.count("builtins.ValueError") == 1, text
    assert CANARY not in text
    assert "Exception in ASGI application" not in text  # uvicorn's copy is not logged again


def test_a_client_gone_mid_upload_is_one_line_not_a_bug(server):
    parts = urlsplit(server.url)
    before = server.read_log()
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as link:
        link.sendall(
            b"POST /v1/enroll HTTP/1.1\r\nHost: x\r\n"
            + f"{signing.HEADER_PROTOCOL}: 1\r\n".encode()
            + b"Content-Type: application/json\r\nContent-Length: 100000\r\n\r\n"
            + b'{"protocol_version": 1, "code": "'
        )
        time.sleep(0.3)  # let the server start reading the body before the link drops
    text = _wait_for_log(server.read_log, "went away")[len(before) :]
    assert "the client went away during POST /v1/enroll" in text, text
    assert "Traceback" not in text and "withheld" not in text, text
    assert requests.get(server.url + "/healthz", timeout=30).ok


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_the_sqlite_database_is_owner_only(tmp_path):
    folder = tmp_path / "fresh" / "server-data"
    with sqlite_database(folder) as url, run_server(url) as server:
        admin = Admin(server)
        try:
            device = admin.device(admin.add_station())
            assert device.send("GET", "/v1/status").ok
            files = [Path(url.removeprefix("sqlite:///"))]
            files += [Path(f"{files[0]}{suffix}") for suffix in ("-wal", "-shm")]
            assert all(path.exists() for path in files), files
            assert {path.name: _mode(path) for path in files} == {
                path.name: 0o600 for path in files
            }
            assert _mode(folder) == 0o700
        finally:
            admin.engine.dispose()
