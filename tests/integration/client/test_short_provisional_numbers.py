"""Short provisional numbers (issue 15.9): each enrolled device of a station gets its own code
from the server (A1, A2, …) and numbers its records P-A1-0001, P-A1-0002, …; records made before
the enrollment keep the long form."""

from __future__ import annotations

import re

from fieldclient.domain.records import fir
from sync.client import credentials
from tests.helpers.payloads import challan_payload, fir_payload

SHORT = re.compile(r"P-[A-Z]+[1-9]-\d{4}")


def test_two_devices_of_a_station_number_short_and_never_alike(new_device, station):
    first, second = new_device(), new_device(badge="KP-2")
    codes = [d.session.vault.get_meta(credentials.NUMBER_CODE) for d in (first, second)]
    assert codes == ["A1", "A2"]

    made = [
        first.records.create("fir", fir_payload("Gul Zaman")),
        first.records.create("challan", challan_payload()),
        second.records.create("fir", fir_payload("Imran Shah")),
        first.records.create("fir", fir_payload("Zahid Khan")),
    ]

    numbers = [record.provisional_number for record in made]
    assert numbers == ["P-A1-0001", "P-A1-0002", "P-A2-0001", "P-A1-0003"]
    assert first.sync_ok().rejected == 0 and second.sync_ok().rejected == 0
    first.sync_ok()
    pulled = first.repo.get(made[2].id)
    assert pulled.provisional_number == "P-A2-0001"  # as its device made it


def test_records_made_before_enrollment_keep_the_long_form(new_device, server, admin, station):
    device = new_device(enroll=False)
    early = device.records.create("fir", fir_payload())
    assert early.provisional_number == fir.provisional_number(
        station, int(early.created_at[:4]), early.id
    )
    device.sync.enroll(server.url, admin.enroll_code(station))
    later = device.records.create("fir", fir_payload("Later"))

    report = device.sync_ok()

    assert report.rejected == 0 and report.pushed == 2
    assert SHORT.fullmatch(later.provisional_number or "")
    assert device.repo.get(early.id).provisional_number == early.provisional_number
