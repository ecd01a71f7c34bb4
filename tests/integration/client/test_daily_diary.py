"""The daily diary end to end: entries written by hand, by attendance and by an FIR's
registration, numbered per station and day by the server in the order they arrive, closed for
the day, never edited, and pulled by a second device."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from fieldclient.domain.errors import FrozenRecord, ValidationFailed
from fieldclient.domain.records import diary
from fieldclient.services.station import StationServices
from fieldclient.vault.repository import RecordQuery
from tests.helpers.payloads import fir_payload


def test_entries_from_the_desk_attendance_and_an_fir_are_numbered_per_day(new_device, station):
    device = new_device()
    desk = StationServices.for_session(device.session)
    today = desk.session.now().date()

    general = desk.diary.add({"entry_type": "general", "text": "Gasht party left for Saddar."})
    desk.attendance.set_pin("KP-7", "4321")
    event = desk.attendance.check_by_pin("KP-7", "4321", "check_in")
    without_diary_no = {k: v for k, v in fir_payload().items() if k != "diary_no"}
    draft = desk.records.create("fir", without_diary_no)
    fir, fir_entry = desk.diary.register_fir(draft.id, "registered at the desk")

    entries = desk.diary.entries(today)
    assert [e.data["entry_type"] for e in entries][-3:] == ["general", "arrival", "fir"]
    arrival = entries[-2]
    assert (arrival.data["record_ref"], arrival.data["badge_no"]) == (event.id, "KP-7")
    assert fir.status == "registered"
    assert fir.data["diary_no"] == fir_entry.provisional_number
    assert fir.data["diary_entry_id"] == fir_entry.id
    assert fir_entry.data["record_ref"] == fir.id
    assert re.fullmatch(r"P-A1-\d{4}", general.provisional_number or "")  # the device's short one
    with pytest.raises(FrozenRecord):
        desk.records.edit(general.id, {"text": "Gasht party left for Cantt."})
    with pytest.raises(ValidationFailed) as refused:
        desk.diary.add({"entry_type": "arrival", "text": "someone arrived"})
    assert refused.value.fields == ["badge_no"]

    report = device.sync_ok()
    assert report.rejected == 0
    numbers = [desk.records.get(e.id).number for e in entries[-3:]]
    assert numbers == [diary.official_number(station, today, serial) for serial in (1, 2, 3)]

    second = new_device(badge="KP-2")
    second.sync_ok()
    assert second.records.get(fir_entry.id).number == numbers[2]
    assert second.records.get(fir.id).data["diary_entry_id"] == fir_entry.id
    assert second.records.count(RecordQuery(record_type="diary")) == 3


def test_a_closed_day_takes_no_more_entries_and_later_ones_go_to_the_next_day(new_device, station):
    device = new_device(enroll=False)
    desk = StationServices.for_session(device.session)
    today = desk.session.now().date()
    desk.diary.add({"entry_type": "general", "text": "Morning roll call held."})
    desk.diary.close_day("Diary closed; copy sent to the SDPO.")
    with pytest.raises(ValidationFailed, match="already closed"):
        desk.diary.close_day("again")

    late = desk.diary.add({"entry_type": "property_received", "text": "One motorcycle, LEA-1234."})
    assert late.data["diary_date"] == (today + timedelta(days=1)).isoformat()
    assert [e.data["entry_type"] for e in desk.diary.entries(today)] == ["general", "day_closed"]
    assert [e.id for e in desk.diary.entries(today + timedelta(days=1))] == [late.id]
    with pytest.raises(ValidationFailed) as refused:
        desk.records.create(
            "diary",
            {
                "entry_type": "general",
                "text": "backdated",
                "diary_date": (today - timedelta(days=3)).isoformat(),
            },
        )
    assert refused.value.fields == ["diary_date"]
