"""The complaint register end to end through the kinds registry: validated, stored, searched,
moved along its lifecycle, pushed, given its e-tag by the server, pulled by a second device and
converted to an FIR that links back to it."""

from __future__ import annotations

from datetime import datetime

import pytest

from fieldclient.domain.errors import FrozenRecord, TransitionRefused, ValidationFailed
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.domain.records import complaint
from fieldclient.services.complaints import convert_to_fir
from fieldclient.vault.repository import RecordQuery
from tests.helpers.payloads import complaint_payload, fir_payload


def test_a_complaint_is_received_numbered_by_the_server_and_followed_on_a_second_device(
    new_device, station
):
    desk = new_device(badge="KP-1")
    with pytest.raises(ValidationFailed) as refused:
        desk.records.create("complaint", complaint_payload(via="senior_officer"))
    assert refused.value.fields == ["referred_by"]
    with pytest.raises(ValidationFailed) as refused:
        desk.records.create("complaint", complaint_payload(via="carrier pigeon"))
    assert refused.value.fields == ["received_via"]
    assert desk.records.count(RecordQuery(record_type="complaint")) == 0

    threat = desk.records.create("complaint", complaint_payload())
    land = desk.records.create(
        "complaint",
        {**complaint_payload("Noor Jehan", "senior_officer"), "referred_by": "SP Cantt"},
    )
    assert threat.number is None
    assert threat.provisional_number == "P-A1-0001"  # the enrolled device's short number
    assert threat.data["received_at"] <= datetime.now(PAKISTAN_TIME).isoformat()
    found = desk.records.find(RecordQuery(record_type="complaint", search="shabana neighbour"))
    assert [record.id for record in found] == [threat.id]

    with pytest.raises(TransitionRefused, match="inquiry officer"):
        desk.records.transition(threat.id, "inquiry", "marked")
    desk.records.edit(threat.id, {"inquiry_officer": "KP-77"})
    desk.records.transition(threat.id, "inquiry", "marked to ASI KP-77")
    with pytest.raises(FrozenRecord):
        desk.records.edit(threat.id, {"details": "something else"})
    with pytest.raises(TransitionRefused, match="reason"):
        desk.records.transition(land.id, "filed", "")
    desk.records.transition(land.id, "filed", "settled between the parties")
    report = desk.sync_ok()
    assert report.rejected == 0

    year = datetime.now(PAKISTAN_TIME).year
    numbers = {desk.records.get(r.id).number for r in (threat, land)}
    assert numbers == {complaint.official_number(station, year, n) for n in (1, 2)}

    second = new_device(badge="KP-2")
    second.sync_ok()
    pulled = second.records.get(threat.id)
    assert pulled.number == desk.records.get(threat.id).number
    assert (pulled.status, pulled.data["inquiry_officer"]) == ("inquiry", "KP-77")
    by_number = second.records.find(RecordQuery(record_type="complaint", search=pulled.number))
    assert [record.id for record in by_number] == [threat.id]


def test_converting_a_complaint_makes_an_fir_linked_both_ways(new_device):
    desk = new_device()
    received = desk.records.create("complaint", complaint_payload())
    prefilled = complaint.fir_draft(received)
    assert prefilled["informant"]["name"] == "Shabana Bibi"
    assert prefilled["accused"] == [{"name": "Rashid Khan", "cnic": "17301-8765432-1"}]
    completed = {**fir_payload(), **prefilled}

    fir, converted = convert_to_fir(desk.records, received.id, completed)
    assert fir.type == "fir" and fir.status == "draft"
    assert fir.data["complaint_id"] == received.id
    assert converted.status == "converted" and converted.data["fir_id"] == fir.id
    assert desk.records.get(received.id).history[-1]["to"] == "converted"
    with pytest.raises(TransitionRefused):
        desk.records.transition(received.id, "filed", "changed my mind")
    report = desk.sync_ok()
    assert report.rejected == 0

    second = new_device(badge="KP-2")
    second.sync_ok()
    assert second.records.get(fir.id).data["complaint_id"] == received.id
    assert second.records.get(received.id).data["fir_id"] == fir.id


def test_a_refused_fir_leaves_the_complaint_as_it_was(new_device):
    desk = new_device(enroll=False)
    received = desk.records.create("complaint", complaint_payload())
    incomplete = complaint.fir_draft(received)  # no offences yet
    with pytest.raises(ValidationFailed) as refused:
        convert_to_fir(desk.records, received.id, incomplete)
    assert "offences" in refused.value.fields
    assert desk.records.get(received.id).status == "received"
    assert desk.records.count(RecordQuery(record_type="fir")) == 0
