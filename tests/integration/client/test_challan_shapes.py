"""Challans of both shapes through the real server (issue 13): one stored before the ticket's
fields existed (a superseded code, ``documents_seized`` as a list) and one with them all."""

from __future__ import annotations

from fieldclient.domain import records as kinds
from fieldclient.domain.record import Record
from fieldclient.vault.repository import RecordQuery
from tests.helpers.payloads import challan_payload


def _store_old_shape(device) -> Record:  # type: ignore[no-untyped-def]
    session = device.session
    data = kinds.validate_new(
        "challan",
        {**challan_payload(), "violations": ["3"], "documents_seized": ["driving licence"]},
        now=session.now(),
    )
    record = Record(
        id="0" * 32,
        type="challan",
        status="issued",
        data=data,
        station=session.station,
        created_by="KP-1",
        created_at=session.now().isoformat(),
        updated_at=session.now().isoformat(),
        device_id=session.device_id,
    )
    with session.writer.transaction():
        device.records.store_new(record, session.now())
    return record


def test_an_old_shape_challan_syncs_lists_and_is_paid_elsewhere(new_device):
    warden, station_pc = new_device(), new_device(badge="KP-2")
    warden.sync_ok()
    old = _store_old_shape(warden)
    warden.sync_ok()
    station_pc.sync_ok()
    listed = station_pc.records.find(RecordQuery(record_type="challan"))
    assert [record.id for record in listed] == [old.id]
    assert listed[0].data["documents_seized"] == ["driving licence"]
    station_pc.records.edit(old.id, {"payment_ref": "BOP-778812"})
    station_pc.records.transition(old.id, "paid")
    station_pc.sync_ok()
    warden.sync_ok()
    assert warden.repo.get(old.id).status == "paid"


def test_a_full_ticket_syncs_with_its_new_fields(new_device):
    warden, station_pc = new_device(), new_device(badge="KP-2")
    warden.sync_ok()
    ticket = {
        **challan_payload(),
        "psid": "123456123456780000",
        "traffic_sector": "Civil Lines",
        "district": "Lahore",
        "vehicle": {"make": "Honda", "colour": "black"},
        "seized_document": {"kind": "registration book", "number": "RB-77"},
        "officer": {"name": "Imran Ali", "rank": "Traffic Warden"},
        "offender_refused_to_sign": True,
    }
    issued = warden.records.create("challan", ticket)
    warden.sync_ok()
    station_pc.sync_ok()
    pulled = station_pc.repo.get(issued.id).data
    assert pulled["psid"] == "123456123456780000"
    assert pulled["seized_document"] == {"kind": "registration book", "number": "RB-77"}
    station_pc.records.transition(issued.id, "voided", "issued to the wrong vehicle")
    station_pc.sync_ok()
    warden.sync_ok()
    assert warden.repo.get(issued.id).status == "voided"
