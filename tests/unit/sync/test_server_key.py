"""The server's signing key: made once, owner-only, the same for every process of the server;
a damaged key file is a one-line refusal to start."""

from __future__ import annotations

import stat

import pytest
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from sync.protocol import signing
from sync.server.cli import main
from sync.server.core.server_key import KEY_FILE, ServerKeyError, load_or_create


def _raw(key) -> bytes:  # type: ignore[no-untyped-def]
    return key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)


def test_the_key_is_made_owner_only_and_kept(tmp_path):
    folder = tmp_path / "data"

    first = load_or_create(folder)
    again = load_or_create(folder)

    assert _raw(first) == _raw(again)
    assert stat.S_IMODE((folder / KEY_FILE).stat().st_mode) == 0o600
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == [KEY_FILE]  # no draft left behind


def test_an_answer_signature_binds_path_device_nonce_cursor_and_body(tmp_path):
    key = load_or_create(tmp_path)
    public = key.public_key()
    parts = ("/v1/pull", "a" * 32, "n" * 32, 5, b'{"records": []}')
    signature = signing.sign_answer(key, *parts)

    assert signing.signature_is_valid(public, signature, signing.answer_message(*parts))
    for index, other in enumerate(("/v1/status", "b" * 32, "m" * 32, 6, b'{"records":[]}')):
        changed = list(parts)
        changed[index] = other
        message = signing.answer_message(*changed)  # type: ignore[arg-type]
        assert not signing.signature_is_valid(public, signature, message)


@pytest.mark.parametrize("content", [b"not a key", b""])
def test_a_damaged_key_file_stops_the_server_with_one_line(tmp_path, capsys, monkeypatch, content):
    (tmp_path / KEY_FILE).write_bytes(content)
    with pytest.raises(ServerKeyError, match=KEY_FILE):
        load_or_create(tmp_path)

    database = f"sqlite:///{tmp_path / 'db.sqlite3'}"
    assert main(["--database", database, "init"]) == 0
    monkeypatch.setenv("FIELDSYNC_DATA_DIR", str(tmp_path))
    code = main(["--database", database, "serve", "--port", "1"])
    err = capsys.readouterr().err
    assert code == 1 and "is not a PEM private key" in err and "Traceback" not in err
