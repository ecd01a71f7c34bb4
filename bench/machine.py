"""What the figures were measured on: machine, date, commit."""

import os
import platform
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import psutil
import sqlcipher3


@dataclass(frozen=True)
class MachineInfo:
    cpus: int
    cpu_model: str
    ram_gib: float
    os: str
    python: str
    sqlcipher: str
    load_at_start: str
    date: str
    commit: str
    records: int


def describe_machine(repo_root: Path, records: int) -> MachineInfo:
    one, five, fifteen = os.getloadavg()
    return MachineInfo(
        cpus=os.cpu_count() or 0,
        cpu_model=_cpu_model(),
        ram_gib=psutil.virtual_memory().total / 2**30,
        os=platform.platform(),
        python=platform.python_version(),
        sqlcipher=_sqlcipher_version(),
        load_at_start=f"{one:.2f} / {five:.2f} / {fifteen:.2f} (1 / 5 / 15 min)",
        date=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        commit=_git_commit(repo_root),
        records=records,
    )


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _sqlcipher_version() -> str:
    conn = sqlcipher3.connect(":memory:")
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()


def _git_commit(repo_root: Path) -> str:
    """The short commit hash, marked "+changes" when tracked files differ from it."""
    try:
        commit = _git(repo_root, "rev-parse", "--short", "HEAD")
        changed = _git(repo_root, "status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit}+changes" if changed else commit


def _git(repo_root: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=repo_root, capture_output=True, text=True, check=True
    ).stdout.strip()
