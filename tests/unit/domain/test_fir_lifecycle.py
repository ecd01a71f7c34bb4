"""The FIR's lifecycle per the rules (issue 13; docs/REGISTERS.md section 1, "Lifecycle"):
refusal and s.155 entries instead of a silent cancel, cancellation only on the Magistrate's
order, untraced reopened, s.173 reports (interim deadline), transfer."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.records import check_transition, validate_new, validate_patch
from fieldclient.domain.records.fir.lifecycle import (
    interim_report_due,
    interim_report_pressing,
)

ORDER = {
    "court": "Judicial Magistrate, Peshawar",
    "order_no": "CR-112/2026",
    "order_date": "2026-11-30",
}


@pytest.fixture
def registered(fir_payload, now) -> dict:
    return validate_new(
        "fir",
        fir_payload | {"diary_no": "23", "reported_at": "2026-11-22T11:00:00+05:00"},
        now=now,
    )


def refused(before: str, after: str, data: dict) -> str:
    with pytest.raises(TransitionRefused) as refusal:
        check_transition("fir", before, after, "as ordered", data)
    return str(refusal.value)


def test_a_draft_is_refused_or_entered_under_s155_never_simply_cancelled(registered):
    check_transition("fir", "draft", "refused", "dispute over a boundary wall", registered)
    check_transition("fir", "draft", "non_cognizable", "s.155: referred to Magistrate", registered)
    assert "cancelled" in refused("draft", "cancelled", registered)
    with pytest.raises(TransitionRefused, match="reason"):
        check_transition("fir", "draft", "refused", "  ", registered)


def test_cancellation_is_proposed_with_a_category_then_needs_the_magistrates_order(registered, now):
    assert "category" in refused("under_investigation", "cancellation_proposed", registered)
    proposed = validate_patch(
        "fir",
        "under_investigation",
        registered,
        {"cancellation_proposal": {"category": "false_mistake_of_fact"}},
        now=now,
    )
    check_transition("fir", "under_investigation", "cancellation_proposed", "r.24.7", proposed)
    assert "Magistrate's order" in refused("cancellation_proposed", "cancelled", proposed)
    ordered = validate_patch(
        "fir", "cancellation_proposed", proposed, {"cancellation_order": ORDER}, now=now
    )
    check_transition("fir", "cancellation_proposed", "cancelled", "order received", ordered)
    check_transition("fir", "cancellation_proposed", "under_investigation", "sent back", proposed)


def test_cancellation_category_is_one_of_the_rule_24_7_grounds(registered, now):
    with pytest.raises(ValidationFailed) as bad:
        validate_patch(
            "fir",
            "under_investigation",
            registered,
            {"cancellation_proposal": {"category": "false"}},
            now=now,
        )
    assert bad.value.fields == ["cancellation_proposal.category"]


def test_the_order_needs_court_number_and_date(registered, now):
    proposed = registered | {"cancellation_proposal": {"category": "civil_dispute"}}
    with pytest.raises(ValidationFailed) as bad:
        validate_patch(
            "fir",
            "cancellation_proposed",
            proposed,
            {"cancellation_order": {"court": "JM Peshawar", "order_date": "30-11-2026"}},
            now=now,
        )
    assert sorted(bad.value.fields) == [
        "cancellation_order.order_date",
        "cancellation_order.order_no",
    ]


def test_register_fields_stay_frozen_while_lifecycle_fields_are_recorded(registered, now):
    with pytest.raises(FrozenRecord):
        validate_patch("fir", "under_investigation", registered, {"narrative": "changed"}, now=now)
    with pytest.raises(FrozenRecord):
        validate_patch("fir", "registered", registered, {"cancellation_order": ORDER}, now=now)
    with pytest.raises(FrozenRecord):
        validate_patch("fir", "cancelled", registered, {"cancellation_order": ORDER}, now=now)


def test_untraced_can_be_reopened(registered):
    check_transition("fir", "under_investigation", "untraced", "accused not traced", registered)
    check_transition("fir", "untraced", "under_investigation", "new lead", registered)


def test_challan_needs_a_final_report_and_a_supplementary_follows_it(registered, now):
    assert "final report" in refused("under_investigation", "challan_submitted", registered)
    reports = [{"kind": "interim", "submitted_on": "2026-12-01"}]
    interim = validate_patch(
        "fir", "under_investigation", registered, {"reports_under_s173": reports}, now=now
    )
    assert "final report" in refused("under_investigation", "challan_submitted", interim)
    final = validate_patch(
        "fir",
        "under_investigation",
        interim,
        {"reports_under_s173": [*reports, {"kind": "final", "submitted_on": "2026-12-05"}]},
        now=now,
    )
    check_transition("fir", "under_investigation", "challan_submitted", "challan sent", final)
    supplementary = [
        *final["reports_under_s173"],
        {"kind": "supplementary", "submitted_on": "2026-12-09"},
    ]
    assert (
        validate_patch(
            "fir", "challan_submitted", final, {"reports_under_s173": supplementary}, now=now
        )["reports_under_s173"][-1]["kind"]
        == "supplementary"
    )
    with pytest.raises(ValidationFailed) as bad:
        validate_patch(
            "fir",
            "under_investigation",
            registered,
            {"reports_under_s173": [{"kind": "supplementary", "submitted_on": "2026-12-09"}]},
            now=now,
        )
    assert bad.value.fields == ["reports_under_s173"]


def test_interim_report_deadline_is_day_17_flagged_from_day_14(registered):
    due = interim_report_due(registered, "under_investigation")
    reported = datetime.fromisoformat(registered["reported_at"])
    assert due == reported + timedelta(days=17)
    assert not interim_report_pressing(
        registered, "under_investigation", reported + timedelta(days=13)
    )
    assert interim_report_pressing(registered, "under_investigation", reported + timedelta(days=14))
    with_interim = registered | {
        "reports_under_s173": [{"kind": "interim", "submitted_on": "2026-12-05"}]
    }
    assert interim_report_due(with_interim, "under_investigation") is None
    assert interim_report_due(registered, "challan_submitted") is None
    assert interim_report_due(registered, "draft") is None


def test_transfer_names_the_station(registered, now):
    assert "transferred_to" in refused("registered", "transferred", registered)
    moved = validate_patch(
        "fir", "registered", registered, {"transferred_to": {"station": "PS Hayatabad"}}, now=now
    )
    check_transition("fir", "registered", "transferred", "jurisdiction", moved)
