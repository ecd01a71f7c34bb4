"""Two programs, two dependency sets (issue 11.7).

The server installs alone from this checkout (`fieldclient[server]`) into a fresh environment,
without Qt or SQLCipher, and serves; the desktop app's set resolves without the server's stack.
uv works from its cache, offline where it can (the suite's own environment filled it).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests

from tests.helpers.server import free_port, wait_healthy

REPO = Path(__file__).resolve().parents[2]
SERVER_STACK = ("fastapi", "uvicorn", "alembic", "psycopg", "sqlalchemy")
INSTALL_SECONDS = 600

pytestmark = pytest.mark.slow


def _uv() -> str:
    found = REPO / ".tools" / "bin" / "uv"
    if found.is_file():
        return str(found)
    on_path = shutil.which("uv")
    if on_path is None:
        pytest.fail("uv is missing: run the suite through `make test`, which installs it")
    return on_path


def _uv_run(*args: str) -> subprocess.CompletedProcess[str]:
    """A uv command, offline from the cache first, online when the cache lacks something."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "UV_PROJECT"))}
    env["UV_PYTHON_DOWNLOADS"] = "never"
    for offline in ("1", "0"):
        done = subprocess.run(
            [_uv(), *args],
            env={**env, "UV_OFFLINE": offline},
            capture_output=True,
            text=True,
            timeout=INSTALL_SECONDS,
            check=False,
        )
        if done.returncode == 0:
            return done
    raise AssertionError(f"uv {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")


@pytest.fixture(scope="module")
def server_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("server-only") / "venv"
    _uv_run("venv", "--python", sys.executable, str(venv))
    python = venv / "bin" / "python"
    _uv_run("pip", "install", "--python", str(python), "--link-mode", "copy", f"{REPO}[server]")
    return venv


def _importable(python: Path, module: str) -> bool:
    probe = subprocess.run(
        [str(python), "-c", f"import {module}"], capture_output=True, timeout=120, check=False
    )
    return probe.returncode == 0


def test_the_server_installed_alone_has_no_qt_and_no_sqlcipher(server_venv: Path) -> None:
    python = server_venv / "bin" / "python"
    for module in ("fastapi", "uvicorn", "alembic", "psycopg", "sqlalchemy", "fieldclient.domain"):
        assert _importable(python, module), module
    for module in ("PySide6", "sqlcipher3", "sqlite_utils"):
        assert not _importable(python, module), f"{module} came with the server"


def test_the_server_installed_alone_initialises_and_serves(server_venv: Path, tmp_path) -> None:
    program = server_venv / "bin" / "fieldsync-server"
    database = f"sqlite:///{tmp_path / 'alone.sqlite3'}"
    init = subprocess.run(
        [str(program), "--database", database, "init"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert init.returncode == 0, init.stderr
    port = free_port()
    log = tmp_path / "server.log"
    with log.open("wb") as log_file:
        process = subprocess.Popen(
            [str(program), "--database", database, "serve", "--port", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=log_file,
            cwd=tmp_path,  # not the checkout: the installed package must find its own files
        )
        try:
            url = f"http://127.0.0.1:{port}"
            wait_healthy(url, process, log.read_text)
            health = requests.get(url + "/healthz", timeout=10).json()
            assert health["status"] == "ok" and health["protocol_versions"] == [1]
        finally:
            process.terminate()
            process.wait(timeout=30)


def test_the_desktop_set_resolves_without_the_server_stack(tmp_path) -> None:
    venv = tmp_path / "desktop"
    _uv_run("venv", "--python", sys.executable, str(venv))
    plan = _uv_run(
        "pip", "install", "--dry-run", "--python", str(venv / "bin" / "python"), f"{REPO}[desktop]"
    )
    planned = {
        line.split()[1].split("==")[0].lower()
        for line in (plan.stdout + plan.stderr).splitlines()
        if line.strip().startswith("+ ")
    }
    assert {"pyside6-essentials", "sqlcipher3", "fieldclient"} <= planned, planned
    assert not planned & set(SERVER_STACK), planned & set(SERVER_STACK)
