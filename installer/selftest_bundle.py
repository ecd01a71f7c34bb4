"""Checks a built bundle (CI runs it after `make installer`); exits 1 naming the first failure.

1. `fieldclient --version` prints the version in pyproject.toml (the metadata is in the bundle).
2. `fieldclient --selftest` passes (vault, a record of each type, search, FIR copy PDF).
3. `fieldclient` with no command starts the GUI and is still running after a few seconds.
4. No file of the bundle contains the path of this checkout.
5. The bundle holds none of the server's packages (FastAPI, uvicorn, Alembic, psycopg, SQLAlchemy).
Each run gets an empty FIELDCLIENT_HOME, so nothing touches the user's data dir.
"""

import os
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "installer" / "dist" / "fieldclient"
# The windowed Windows program prints nothing; its console twin runs the checks there.
CLI_PROGRAM = BUNDLE / ("fieldclient-cli.exe" if sys.platform == "win32" else "fieldclient")
GUI_PROGRAM = BUNDLE / ("fieldclient.exe" if sys.platform == "win32" else "fieldclient")
GUI_SETTLE_SECONDS = 8
COMMAND_TIMEOUT_SECONDS = 300
SERVER_STACK = (
    "fastapi",
    "uvicorn",
    "alembic",
    "psycopg",
    "psycopg_binary",
    "sqlalchemy",
    "starlette",
)


def main() -> int:
    if not CLI_PROGRAM.is_file():
        print(f"bundle check: {CLI_PROGRAM} is missing; run `make installer` first")
        return 1
    checks = [
        check_version,
        check_selftest,
        check_gui_starts,
        check_no_build_paths,
        check_no_server_stack,
    ]
    for check in checks:
        with tempfile.TemporaryDirectory(prefix="fieldclient-bundle-check-") as home:
            problem = check(bundle_env(Path(home)))
        name = check.__name__.removeprefix("check_").replace("_", " ")
        if problem:
            print(f"bundle check: {name} ... FAILED: {problem}")
            return 1
        print(f"bundle check: {name} ... ok")
    print("bundle check: all passed")
    return 0


def bundle_env(home: Path) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("FIELDCLIENT_", "PYTHON", "VIRTUAL_ENV"))
    }
    return env | {"FIELDCLIENT_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}


def check_version(env: dict[str, str]) -> str | None:
    expected = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["version"]
    result = run([str(CLI_PROGRAM), "--version"], env)
    printed = result.stdout.strip()
    if result.returncode != 0 or printed != f"fieldclient {expected}":
        return f"exit {result.returncode}, printed {printed!r}, expected 'fieldclient {expected}'"
    return None


def check_selftest(env: dict[str, str]) -> str | None:
    result = run([str(CLI_PROGRAM), "--selftest"], env)
    print(result.stdout, end="")
    if result.returncode != 0:
        return f"exit {result.returncode}\n{result.stderr}"
    return None


def check_gui_starts(env: dict[str, str]) -> str | None:
    app = subprocess.Popen(
        [str(GUI_PROGRAM)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output, _ = app.communicate(timeout=GUI_SETTLE_SECONDS)
    except subprocess.TimeoutExpired:
        app.kill()
        app.communicate()
        return None  # still running its event loop: it started
    return f"the GUI exited with {app.returncode} at once:\n{output}"


def check_no_build_paths(env: dict[str, str]) -> str | None:
    needle = str(REPO).encode()
    leaking = [
        path.relative_to(BUNDLE)
        for path in BUNDLE.rglob("*")
        if path.is_file() and not path.is_symlink() and needle in path.read_bytes()
    ]
    if leaking:
        return f"{needle.decode()} is written in " + ", ".join(map(str, leaking))
    return None


def check_no_server_stack(env: dict[str, str]) -> str | None:
    bundled = {
        path.name.split("-")[0].split(".")[0].lower()
        for path in BUNDLE.rglob("*")
        if path.is_dir() or path.suffix in (".py", ".pyc", ".so", ".pyd")
    }
    found = sorted(bundled & set(SERVER_STACK))
    return f"server packages in the desktop bundle: {', '.join(found)}" if found else None


def run(command: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command,
        env=env,
        capture_output=True,
        text=True,
        timeout=COMMAND_TIMEOUT_SECONDS,
        check=False,
    )


if __name__ == "__main__":
    sys.exit(main())
