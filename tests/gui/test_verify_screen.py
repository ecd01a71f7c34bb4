"""File ▸ Verify a document…: an officer opens a PDF or a photo and reads the verdict."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from fieldclient.services.documents import DocumentService
from fieldclient.services.public_keys_file import PUBLIC_KEYS_FILE, write_public_keys
from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from fieldclient.ui.documents.render import write_pdf
from fieldclient.ui.documents.verify_screen import VerifyDocumentDialog
from tests.gui.conftest import unlock, wait_for_tasks
from tests.helpers.documents import enroll_without_server, registered_fir
from tests.helpers.documents_check import decoded_qr_texts, edited, photo_of_code
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD


def print_fir(data_dir: Path, target: Path) -> str:
    """Enroll the vault's device, register an FIR and write its copy; returns the record id."""
    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        enroll_without_server(session)
        write_public_keys(session.vault)  # as an enrollment through the sync service does
        fir = registered_fir(RecordService(session))
        documents = DocumentService(session)
        printout = documents.prepare(fir.id)
        write_pdf(printout, target)
        documents.record_print(printout, "pdf")
        return fir.id
    finally:
        session.close()


def open_and_verify(qtbot, shell, dialog: VerifyDocumentDialog, path: Path, monkeypatch) -> None:
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), "PDF or picture")
    )
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    wait_for_tasks(qtbot, shell)
    qtbot.waitUntil(dialog.open_button.isEnabled, timeout=10_000)


def test_the_verify_screen_accepts_a_genuine_copy_and_refuses_an_edited_one(
    qtbot, shell, existing_vault, tmp_path, monkeypatch
):
    pdf = tmp_path / "copy.pdf"
    print_fir(existing_vault, pdf)
    [qr_text] = decoded_qr_texts(pdf)
    forged = photo_of_code(edited(qr_text, f={"o": "PPC 302"}), tmp_path / "forged.jpg")
    shell.start()
    window = unlock(qtbot, shell)

    window.verify_action.trigger()
    dialog = window.findChild(VerifyDocumentDialog)
    assert dialog is not None and dialog.isVisible()
    open_and_verify(qtbot, shell, dialog, pdf, monkeypatch)

    assert dialog.verdict_label.text().startswith("Authentic and unaltered")
    assert "PPC 379" in dialog.details_label.text()

    open_and_verify(qtbot, shell, dialog, forged, monkeypatch)
    assert dialog.verdict_label.text().startswith("Not authentic")
    assert "altered" in dialog.verdict_label.text()

    not_a_picture = tmp_path / "notes.txt"
    not_a_picture.write_text("hello")
    open_and_verify(qtbot, shell, dialog, not_a_picture, monkeypatch)
    assert "not a PDF or an image" in dialog.verdict_label.text()
    assert "notes.txt" in dialog.verdict_label.text()

    open_and_verify(qtbot, shell, dialog, tmp_path / "gone.pdf", monkeypatch)
    assert "gone.pdf" in dialog.verdict_label.text()
    assert "cannot be opened" in dialog.verdict_label.text()


def test_the_unlock_screen_verifies_a_document_without_login(
    qtbot, shell, existing_vault, tmp_path, monkeypatch
):
    pdf = tmp_path / "copy.pdf"
    print_fir(existing_vault, pdf)
    [qr_text] = decoded_qr_texts(pdf)
    forged = photo_of_code(edited(qr_text, f={"o": "PPC 302"}), tmp_path / "forged.jpg")
    shell.start()
    screen = shell.unlock_screen
    qtbot.addWidget(screen)

    qtbot.mouseClick(screen.verify_button, Qt.MouseButton.LeftButton)
    dialog = screen.findChild(VerifyDocumentDialog)
    assert dialog is not None and dialog.isVisible()
    open_and_verify(qtbot, shell, dialog, pdf, monkeypatch)

    assert dialog.verdict_label.text().startswith("Authentic and unaltered")
    assert "Checked without login, with the keys of station" in dialog.details_label.text()
    assert shell.main_window is None  # nobody signed in
    open_and_verify(qtbot, shell, dialog, forged, monkeypatch)
    assert dialog.verdict_label.text().startswith("Not authentic")


def test_verifying_without_login_before_any_sign_in_says_what_to_do(
    qtbot, shell, existing_vault, tmp_path, monkeypatch
):
    (existing_vault / PUBLIC_KEYS_FILE).unlink()
    blank = photo_of_code("just some text", tmp_path / "blank.png")
    shell.start()
    dialog = shell.unlock_screen.open_verify_screen()
    qtbot.addWidget(dialog)
    open_and_verify(qtbot, shell, dialog, blank, monkeypatch)
    assert "an officer must sign in once" in dialog.verdict_label.text()
