"""`fieldclient print` and `fieldclient verify`, as a moharrir or a script would run them."""

import json
from dataclasses import replace

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from fieldclient.domain.documents.payload import parse_qr_text
from fieldclient.services.public_keys_file import PUBLIC_KEYS_FILE
from fieldclient.services.session import open_session
from tests.helpers.documents import enroll_without_server
from tests.helpers.documents_check import decoded_qr_texts, edited, page_texts, photo_of_code
from tests.helpers.payloads import fir_payload
from tests.unit.cli.conftest import PASSWORD, add_record


@pytest.fixture
def registered_id(station, tmp_path):
    record_id = add_record(station, "fir", fir_payload())
    assert station("transition", record_id, "registered", "--reason", "verified")[0] == 0
    return record_id


def enroll(tmp_path) -> None:
    session = open_session(tmp_path / "vault", "KP-1", PASSWORD)
    try:
        enroll_without_server(session)
    finally:
        session.close()


def test_print_writes_a_signed_copy_that_verify_accepts(station, registered_id, tmp_path):
    enroll(tmp_path)
    target = tmp_path / "copy.pdf"

    code, out, err = station("print", registered_id, "--pdf", str(target))

    assert code == 0, err
    assert "1 page(s)" in out and "reprint" not in out
    assert "First Information Report" in page_texts(target)[0]
    code, out, _ = station("verify", str(target))
    assert code == 0
    assert out.startswith("AUTHENTIC") and "offences: PPC 379" in out

    code, out, _ = station("print", registered_id, "--pdf", str(tmp_path / "again.pdf"))
    assert code == 0 and "reprint (copy 2)" in out


def test_verify_says_not_authentic_for_an_edited_code_and_exits_1(station, registered_id, tmp_path):
    enroll(tmp_path)
    target = tmp_path / "copy.pdf"
    assert station("print", registered_id, "--pdf", str(target))[0] == 0
    [text] = decoded_qr_texts(target)
    forged = photo_of_code(edited(text, n="PSH-1-2026-0001"), tmp_path / "forged.jpg")

    code, out, _ = station("verify", str(forged))

    assert code == 1
    assert out.startswith("NOT AUTHENTIC") and "altered" in out


def test_print_and_verify_refuse_bad_input_in_one_line(station, registered_id, tmp_path):
    draft_id = add_record(station, "fir", fir_payload())
    code, _, err = station("print", draft_id, "--pdf", str(tmp_path / "d.pdf"))
    assert code == 1 and "register the FIR first" in err
    assert not (tmp_path / "d.pdf").exists()

    code, _, err = station("print", registered_id, "--pdf", str(tmp_path / "none" / "x.pdf"))
    assert code == 1 and "is not a folder" in err

    not_a_document = tmp_path / "notes.txt"
    not_a_document.write_text("hello")
    code, _, err = station("verify", str(not_a_document))
    assert code == 1 and "not a PDF or an image" in err

    blank = tmp_path / "blank.png"
    photo_of_code("just some text", blank)
    code, out, _ = station("verify", str(blank))
    assert code == 1 and "Not a document of this system" in out

    code, out, err = station("print", registered_id, "--pdf", str(tmp_path / "u.pdf"))
    assert code == 0 and "not enrolled" in out


def _forged_with_own_key(text: str, attacker: Ed25519PrivateKey) -> str:
    """A document's code with a fact changed and signed again, by a key not the device's."""
    forged = parse_qr_text(edited(text, n="PSH-1-2026-0999"))
    signature = attacker.sign(forged.payload.signed_message())
    return replace(forged, device_signature=signature, server_signature=None).qr_text()


def test_verify_needs_no_password_and_names_the_keys_it_used(
    station, registered_id, tmp_path, monkeypatch
):
    enroll(tmp_path)
    target = tmp_path / "copy.pdf"
    assert station("print", registered_id, "--pdf", str(target))[0] == 0
    monkeypatch.delenv("FIELDCLIENT_PASSWORD")  # nobody signs in from here on

    code, out, err = station("verify", str(target))

    assert code == 0, err
    assert out.startswith("AUTHENTIC")
    assert "keys of station PSH-1 copied" in out
    keys_file = tmp_path / "vault" / PUBLIC_KEYS_FILE
    assert keys_file.stat().st_mode & 0o077 == 0
    assert "private" not in keys_file.read_text()


def test_a_swapped_key_file_is_detected_at_the_next_sign_in_and_replaced(
    station, registered_id, tmp_path, monkeypatch
):
    enroll(tmp_path)
    target = tmp_path / "copy.pdf"
    assert station("print", registered_id, "--pdf", str(target))[0] == 0
    [text] = decoded_qr_texts(target)
    attacker = Ed25519PrivateKey.generate()
    forged = photo_of_code(_forged_with_own_key(text, attacker), tmp_path / "forged.jpg")
    keys_file = tmp_path / "vault" / PUBLIC_KEYS_FILE
    body = json.loads(keys_file.read_text())
    for device in body["devices"]:  # the forger puts their key in the device's place
        device["public_key"] = attacker.public_key().public_bytes_raw().hex()
    keys_file.write_text(json.dumps(body))
    monkeypatch.delenv("FIELDCLIENT_PASSWORD")
    code, out, _ = station("verify", str(forged))
    assert code == 0  # without a password nothing on disk can be checked: the honest limit

    monkeypatch.setenv("FIELDCLIENT_PASSWORD", PASSWORD)
    code, _, err = station("list", "fir")  # an officer signs in for any command

    assert code == 0
    assert "document keys kept outside the vault" in err and "changed outside" in err
    code, out, _ = station("verify", str(forged))
    assert code == 1 and out.startswith("NOT AUTHENTIC")
    code, out, _ = station("verify", str(target))
    assert code == 0 and out.startswith("AUTHENTIC")
    session = open_session(tmp_path / "vault", "KP-1", PASSWORD)
    try:
        actions = [row[0] for row in session.vault.conn.execute("SELECT action FROM audit")]
    finally:
        session.close()
    assert actions.count("documents.public_keys_changed") == 1


def test_verify_before_anyone_signed_in_says_what_to_do(cli, tmp_path):
    blank = photo_of_code("just some text", tmp_path / "blank.png")
    code, _, err = cli("verify", str(blank))
    assert code == 1 and "an officer must sign in once" in err
