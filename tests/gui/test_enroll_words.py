"""Why an enrollment failed, in words chosen from the problem's kind: never the engine's text,
and in Urdu when Urdu is on."""

import pytest
from PySide6.QtCore import QCoreApplication

from fieldclient.ui.enroll_dialog import EnrollDialog
from fieldclient.ui.enroll_words import EnrollField, enroll_failure_field, enroll_failure_words
from fieldclient.ui.language import install_translation
from sync.client.errors import (
    EnrollProblem,
    EnrollRefused,
    FingerprintNotAccepted,
    ServerUnreachable,
    SyncError,
    UpdateRequired,
)
from tests.helpers.urdu import compile_urdu, english_words

SECRET_DETAIL = "device id 0f3e-secret"
# Addresses and the hash's name keep their Latin letters in Urdu.
LATIN_KEPT = frozenset({"https", "http", "sync", "example", "gov", "pk", "sha"})


@pytest.mark.parametrize("problem", list(EnrollProblem))
def test_every_problem_has_its_own_words_without_the_engines_text(qapp, problem):
    words = enroll_failure_words(SyncError(SECRET_DETAIL, problem=problem))
    assert words and SECRET_DETAIL not in words
    assert "{" not in words


def test_the_field_to_correct_follows_the_problem(qapp):
    wrong_code = EnrollRefused(SECRET_DETAIL, problem=EnrollProblem.CODE_NOT_VALID)
    assert enroll_failure_field(wrong_code) is EnrollField.CODE
    assert enroll_failure_field(FingerprintNotAccepted("ab" * 32)) is EnrollField.FINGERPRINT
    assert enroll_failure_field(ServerUnreachable(SECRET_DETAIL)) is EnrollField.NONE
    assert "newer version" in enroll_failure_words(UpdateRequired())
    assert enroll_failure_words(ServerUnreachable(SECRET_DETAIL)).startswith("Cannot reach")


def test_an_urdu_screen_names_the_wrong_code_in_urdu(qtbot, tmp_path):
    translator = install_translation("ur", compile_urdu(tmp_path))
    assert translator is not None
    try:
        words = enroll_failure_words(
            EnrollRefused(SECRET_DETAIL, problem=EnrollProblem.CODE_NOT_VALID)
        )
        assert english_words(words) == []
        dialog = EnrollDialog("https://sync.example.gov.pk")
        qtbot.addWidget(dialog)
        dialog.failed(words, EnrollField.CODE)
        assert dialog.problem.text() == words
        for problem in EnrollProblem:
            words = enroll_failure_words(SyncError("x", problem=problem))
            assert english_words(words, LATIN_KEPT) == [], problem
    finally:
        QCoreApplication.removeTranslator(translator)
