"""`fieldclient print` and `fieldclient verify`, as a moharrir or a script would run them."""

import pytest

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
