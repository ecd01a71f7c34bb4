"""The `cli` fixture (run `fieldclient ARGS` in-process) and a station's vault made with it."""

import json
import sys

import pytest

from fieldclient.cli.main import main

PASSWORD = "station secret 1"


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    """Run `fieldclient ARGS` in-process; returns (exit code, stdout, stderr)."""
    monkeypatch.setenv("FIELDCLIENT_HOME", str(tmp_path / "vault"))
    monkeypatch.setenv("FIELDCLIENT_PASSWORD", PASSWORD)

    def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", _Stdin(stdin))
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


class _Stdin:
    def __init__(self, text: str) -> None:
        self.buffer = _Buffer(text.encode())

    def isatty(self) -> bool:
        return False


class _Buffer:
    def __init__(self, data: bytes) -> None:
        self._data = data

    def read(self) -> bytes:
        return self._data


@pytest.fixture
def station(cli):
    code, out, _ = cli("init", "--officer", "KP-1", "--name", "Moharrir One", "--station", "PSH-1")
    assert code == 0 and "PSH-1" in out
    return cli


def add_record(cli, record_type: str, payload: dict) -> str:
    code, out, err = cli("add", record_type, "-", stdin=json.dumps(payload))
    assert code == 0, err
    return out.split()[0]
