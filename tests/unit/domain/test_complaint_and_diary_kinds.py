"""The complaint's and the diary entry's own rules: overdue, what a move needs, the diary day."""

from datetime import datetime, timedelta

import pytest

from fieldclient.domain.errors import TransitionRefused, ValidationFailed
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.record import Record
from fieldclient.domain.records import check_transition, complaint, diary, validate_new
from fieldclient.domain.records.numbering import NumberingScheme
from tests.helpers.payloads import complaint_payload

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=PAKISTAN_TIME)


def stored(status: str, received_days_ago: float) -> Record:
    received = (NOW - timedelta(days=received_days_ago)).isoformat(timespec="seconds")
    data = {**complaint_payload(), "received_at": received}
    return Record(
        id="c" * 32,
        type="complaint",
        status=status,
        data=data,
        station="PS01",
        created_by="KP-1",
        created_at=received,
        updated_at=received,
        device_id="d",
    )


def test_an_open_complaint_past_the_limit_is_overdue_and_a_closed_one_never():
    assert complaint.is_overdue(stored("received", 8), NOW, 7)
    assert complaint.is_overdue(stored("inquiry", 8), NOW, 7)
    assert not complaint.is_overdue(stored("received", 6), NOW, 7)
    assert not complaint.is_overdue(stored("filed", 30), NOW, 7)
    assert not complaint.is_overdue(stored("converted", 30), NOW, 7)


def test_each_move_of_a_complaint_needs_what_it_names():
    data = validate_new("complaint", complaint_payload(), now=NOW)
    with pytest.raises(TransitionRefused, match="inquiry officer"):
        check_transition("complaint", "received", "inquiry", "x", data)
    check_transition("complaint", "received", "inquiry", "x", {**data, "inquiry_officer": "KP-9"})
    with pytest.raises(TransitionRefused, match="station"):
        check_transition("complaint", "inquiry", "referred", "sent on", data)
    with pytest.raises(TransitionRefused, match="FIR"):
        check_transition("complaint", "inquiry", "converted", "x", data)
    with pytest.raises(TransitionRefused):
        check_transition("complaint", "filed", "inquiry", "reopen", data)


def test_the_complaint_e_tag_is_numbered_by_the_server_on_arrival_from_a_yearly_counter():
    numbering = complaint.KIND.numbering
    assert numbering.scheme is NumberingScheme.SERVER
    due = numbering.due_on_server("PS01", {"created_at": NOW.isoformat()}, NOW)
    assert due is not None and due.counter == "complaint/2026"
    assert due.number(42) == "ET-PS01-2026-00042"


def test_a_diary_entry_is_numbered_in_the_day_it_names_and_may_name_only_its_day_or_the_next():
    entered = NOW.isoformat()
    data = validate_new(
        "diary", {"entry_type": "general", "text": "x", "entered_at": entered}, now=NOW
    )
    assert data["diary_date"] == "2026-12-01"
    due = diary.KIND.numbering.due_on_server(
        "PS01", {"data": {**data, "diary_date": "2026-12-02"}}, NOW
    )
    assert due is not None and due.counter == "diary/2026-12-02"
    assert due.number(7) == "DD-PS01-20261202-007"
    with pytest.raises(ValidationFailed) as refused:
        validate_new(
            "diary",
            {
                "entry_type": "general",
                "text": "x",
                "entered_at": entered,
                "diary_date": "2026-12-03",
            },
            now=NOW,
        )
    assert refused.value.fields == ["diary_date"]
    with pytest.raises(ValidationFailed) as refused:
        validate_new("diary", {"entry_type": "fir", "text": "x"}, now=NOW)
    assert refused.value.fields == ["record_ref"]
