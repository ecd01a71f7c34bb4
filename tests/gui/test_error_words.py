"""Domain errors on screen in Urdu: field names and problems translated, numbers kept; English
screens keep the domain's own sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from fieldclient.domain import records as kinds
from fieldclient.domain.errors import FieldError, TransitionRefused, ValidationFailed
from fieldclient.domain.pakistan_time import pakistan_now
from fieldclient.ui.error_words import (
    FIELD_NAMES,
    PROBLEMS,
    REFUSALS,
    SHAPE_CODES,
    error_line,
    field_words,
    officer_message,
    problem_words,
    refusal_words,
)
from fieldclient.ui.language import install_translation
from fieldclient.vault.errors import WrongPassword
from sync.protocol.errors import RejectCode
from tests.helpers.payloads import fir_payload, tenant_payload
from tests.helpers.urdu import compile_urdu, english_words

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def urdu(qapp, tmp_path) -> Iterator[None]:
    translator = install_translation("ur", compile_urdu(tmp_path))
    assert translator is not None
    yield
    QCoreApplication.removeTranslator(translator)


def refused(record_type: str, payload: dict) -> ValidationFailed:
    with pytest.raises(ValidationFailed) as caught:
        kinds.validate_new(record_type, payload, now=pakistan_now())
    return caught.value


def test_a_bad_fir_is_explained_in_urdu_with_urdu_field_names(urdu):
    payload = fir_payload()
    payload["informant"]["cnic"] = "12345"
    payload["informant"]["name"] = ""
    payload["narrative"] = "x" * 20_001
    failure = refused("fir", payload)
    words = {error.field: error_line(error) for error in failure.errors}
    assert words["informant.cnic"] == (
        "اطلاع دہندہ — شناختی کارڈ نمبر: 13 ہندسے ہونے چاہییں، یوں لکھیں: 12345-1234567-1"
    )
    assert words["informant.name"] == "اطلاع دہندہ — نام: لازمی ہے"
    assert words["narrative"] == "بیان: زیادہ سے زیادہ 20000 حروف ہو سکتے ہیں (اس میں 20001 ہیں)"
    sentence = officer_message(failure)
    assert sentence.startswith("براہ کرم درست کریں: ")
    assert english_words(sentence) == []


def test_list_members_are_counted_from_one(urdu):
    assert field_words("accused.1.name") == "ملزم 2 — نام"
    payload = tenant_payload()
    payload["references"] = [{"name": "Gul Khan", "phone": "0300-7654321"}]
    failure = refused("tenant", payload)
    (error,) = [e for e in failure.errors if e.field == "references"]
    assert problem_words(error) == "پورے دو ضامن درکار ہیں (اس وقت 1 ہیں)"


def test_vault_and_status_errors_in_urdu(urdu):
    assert officer_message(WrongPassword("Wrong password for officer KP-1.")).startswith(
        "پاس ورڈ غلط ہے۔"
    )
    refusal = TransitionRefused("FIR", "draft", "untraced", "needs registration first")
    assert officer_message(refusal) == "حیثیت مسودہ سے عدم پتہ میں تبدیل نہیں ہو سکتی۔"


def test_english_screens_keep_the_domain_sentence(qapp):
    payload = fir_payload()
    payload["informant"]["cnic"] = "12345"
    failure = refused("fir", payload)
    assert officer_message(failure) == str(failure)
    (error,) = failure.errors
    assert problem_words(error) == error.message  # it quotes what was typed
    assert field_words("informant.cnic") == "Informant — CNIC"


def test_a_message_made_by_the_screen_is_shown_as_it_is(urdu):
    made_here = FieldError("diary_no", "روزنامچہ نمبر لکھیں")  # code "invalid": no table entry
    assert problem_words(made_here) == "روزنامچہ نمبر لکھیں"


def test_every_field_and_problem_code_of_the_domain_has_words():
    """A new field or code in the domain needs its words here (and their Urdu)."""
    sources = "\n".join(
        path.read_text(encoding="utf-8")
        for folder in ("fieldclient/domain", "fieldclient/services")
        for path in (ROOT / folder).rglob("*.py")
    )
    fields = set(re.findall(r'\bField\(\s*"([a-z_]+)"', sources))
    codes = set(re.findall(r'BadValue\(\s*"([a-z_]+)"', sources))
    codes |= set(re.findall(r'ctx\.add\(\s*[^,]+,\s*"([a-z_]+)"', sources))
    codes |= set(re.findall(r'FieldError\([^()]*?"[^"]*",\s*"([a-z_]+)"\s*[,)]', sources, re.S))
    assert sorted(fields - set(FIELD_NAMES)) == []
    assert sorted(codes - set(PROBLEMS) - SHAPE_CODES) == []


def test_every_refusal_code_of_the_protocol_has_words():
    assert sorted(set(RejectCode) - set(REFUSALS)) == []


def test_a_refused_change_says_why_in_urdu(urdu):
    kept = "clock_ahead: the change is clocked 3 hours past the server's time"
    assert refusal_words(kept) == "آلے کی گھڑی سرور سے آگے ہے؛ گھڑی درست کریں"
    assert refusal_words("something_new: reason") == "something_new: reason"


def test_conflicting_fields_are_named_in_urdu(urdu):
    assert field_words("tenant.permanent_address") == "کرایہ دار — مستقل پتہ"
