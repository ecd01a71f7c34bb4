"""The tenant acknowledgment receipt prints the key facts of issue 13: the tenant's identity
(a foreigner's passport), when possession was handed over, the reporting deadline from the
station's setting with late filing marked (or that none is set), and the two references; a
receipt handed over before the tenant left stays authentic."""

from __future__ import annotations

from datetime import datetime, timedelta

from fieldclient.domain.documents import payload_for
from fieldclient.domain.documents.payload import parse_qr_text
from fieldclient.settings import TENANT_REPORT_WITHIN_HOURS, IniSettings
from fieldclient.ui.documents.compose import when
from tests.gui import test_documents
from tests.gui.test_documents import printed
from tests.helpers.documents_check import decoded_qr_texts, page_texts
from tests.helpers.payloads import hours_ago, tenant_payload

documents = test_documents.documents
device_key = test_documents.device_key

REFERENCES = [
    {
        "name": "Amjad Ali",
        "cnic": "17301-2223334-1",
        "phone": "0301-2223334",
        "address": "Swat",
    },
    {"name": "Naveed Iqbal", "phone": "0321-4445556"},
]


def foreign_tenancy(possession_hours_ago: float) -> dict:
    payload = tenant_payload()
    del payload["tenant"]["cnic"]
    payload["tenant"]["passport"] = {"number": "AB1234567", "nationality": "Afghan"}
    payload.update(references=REFERENCES, possession_at=hours_ago(possession_hours_ago))
    return payload


def receipt_text(documents, record_id: str, path) -> str:  # type: ignore[no-untyped-def]
    return " ".join(page_texts(printed(documents, record_id, path)))


def test_the_receipt_prints_identity_possession_deadline_and_references(
    qapp, records, documents, device_key, tmp_path, session
):
    IniSettings(session.vault.data_dir).set(TENANT_REPORT_WITHIN_HOURS, 48)
    tenancy = records.create("tenant", foreign_tenancy(possession_hours_ago=10))

    text = receipt_text(documents, tenancy.id, tmp_path / "receipt.pdf")

    possession = datetime.fromisoformat(tenancy.data["possession_at"])
    assert "AB1234567" in text and "Afghan" in text
    assert when(possession.isoformat()) in text
    assert when((possession + timedelta(hours=48)).isoformat()) in text
    assert "Amjad Ali" in text and "17301-2223334-1" in text and "Naveed Iqbal" in text
    assert "Swat" in text
    assert "Filed" not in text


def test_late_filing_and_an_unset_deadline_are_printed(
    qapp, records, documents, device_key, tmp_path, session
):
    settings = IniSettings(session.vault.data_dir)
    late = records.create("tenant", foreign_tenancy(possession_hours_ago=72))
    unset = receipt_text(documents, late.id, tmp_path / "a.pdf")
    assert "not set by the station" in unset and "Filed" not in unset
    settings.set(TENANT_REPORT_WITHIN_HOURS, 48)
    text = receipt_text(documents, late.id, tmp_path / "b.pdf")
    # The row "Filed late at" (its words come out of the PDF in the bidi order of the line).
    assert "Filed" in text and "late" in text


def test_a_receipt_stays_authentic_after_the_tenant_left(
    qapp, records, documents, device_key, tmp_path
):
    tenancy = records.create("tenant", tenant_payload())
    [qr_text] = decoded_qr_texts(printed(documents, tenancy.id, tmp_path / "receipt.pdf"))
    records.edit(tenancy.id, {"vacated_on": tenancy.data["start_date"]})
    records.transition(tenancy.id, "vacated")
    assert records.get(tenancy.id).status == "vacated"
    assert payload_for(records.get(tenancy.id)) == parse_qr_text(qr_text).payload
