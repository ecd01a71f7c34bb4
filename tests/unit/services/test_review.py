"""The review inbox and the decision on one vault (issue 17.4): what waits, who may decide, a
return needs its reason, and the decision is an ordinary, audited edit of the record."""

import pytest

from fieldclient.domain import review
from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.roles import RoleRefused
from fieldclient.services.review import ReviewService
from tests.helpers.fixtures import OFFICER_BADGE
from tests.helpers.payloads import fir_payload


def _refused(records):
    fir = records.create("fir", fir_payload())
    return records.transition(fir.id, "refused", "no cognizable offence")


def test_a_refused_fir_waits_until_the_sho_decides(session, records):
    reviews = ReviewService(records)
    assert reviews.inbox() == []
    draft = records.create("fir", fir_payload())
    assert reviews.inbox() == []  # a draft waits for nobody
    fir = _refused(records)
    assert [r.id for r in reviews.inbox()] == [fir.id]
    assert review.waiting(records.get(fir.id)) and review.author(fir) == OFFICER_BADGE

    with pytest.raises(ValidationFailed) as no_reason:
        reviews.decide(fir.id, review.RETURNED, "   ")
    assert no_reason.value.fields == ["review.reason"]
    assert "review" not in records.get(fir.id).data

    reviews.decide(fir.id, review.RETURNED, "take the statement again")
    stored = records.get(fir.id)
    assert reviews.inbox() == []
    assert review.returned(stored)["reason"] == "take the statement again"
    assert [r.id for r in reviews.returned_to(OFFICER_BADGE)] == [fir.id]
    assert reviews.returned_to("SOMEONE-ELSE") == []
    with pytest.raises(ValidationFailed, match="not waiting"):
        reviews.decide(fir.id, review.APPROVED)
    with pytest.raises(ValidationFailed, match="not waiting"):
        reviews.decide(draft.id, review.APPROVED)
    actions = [row[0] for row in session.vault.conn.execute("SELECT action FROM audit")]
    assert "review.decide" in actions
    outbox = [e.mutation().op for e in session.repo.outbox_entries(record_id=fir.id)]
    assert outbox[-1] == "update"  # it syncs like any edit


def test_only_the_sho_decides_and_nothing_is_written_otherwise(session, records):
    fir = _refused(records)
    session.vault.add_officer("SHO-2", "Second SHO", "second sho password", "sho")
    session.vault.set_role(OFFICER_BADGE, "clerk")
    queued = len(session.repo.outbox_entries())
    for attempt in (
        lambda: ReviewService(records).decide(fir.id, review.APPROVED),
        lambda: records.edit(fir.id, {"review": {"status": "refused"}}),
    ):
        with pytest.raises(RoleRefused, match="clerk"):
            attempt()
    assert len(session.repo.outbox_entries()) == queued
    assert review.waiting(records.get(fir.id))
