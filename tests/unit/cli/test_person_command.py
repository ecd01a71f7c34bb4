"""`fieldclient person CNIC [--json]`."""

import json

from tests.helpers.payloads import fir_payload, tenant_payload
from tests.unit.cli.conftest import add_record

DRIVER = "35202-1234567-3"
DEALER = "17301-9998887-1"
REFERENCE = "17301-2223334-1"
WIFE = "15602-3334445-6"


def test_the_person_command_lists_the_records_and_refuses_what_is_no_identity(station):
    fir_id = add_record(
        station, "fir", {**fir_payload(), "accused": [{"name": "Rashid Khan", "cnic": DRIVER}]}
    )
    code, out, _ = station("person", DRIVER, "--json")
    assert code == 0
    assert [(row["record_id"], row["role"]) for row in json.loads(out)] == [(fir_id, "accused")]
    code, out, _ = station("person", DRIVER)
    assert code == 0 and "accused" in out and "1 record(s)" in out
    code, _, err = station("person", "??")
    assert code == 1 and "identity" in err


def test_a_foreign_tenant_and_the_tenancys_other_people_are_found(station):
    tenancy = tenant_payload()
    del tenancy["tenant"]["cnic"]
    tenancy["tenant"]["passport"] = {"number": "AB1234567", "nationality": "Afghan"}
    tenancy.update(
        property_dealer={"name": "Khyber Estate", "phone": "0312-9998887", "cnic": DEALER},
        references=[
            {"name": "Amjad Ali", "phone": "0301-2223334", "cnic": REFERENCE},
            {"name": "Naveed Iqbal", "phone": "0321-4445556"},
        ],
        family_members=[{"name": "Bibi Amina", "relation": "wife", "age": 30, "cnic": WIFE}],
    )
    tenancy_id = add_record(station, "tenant", tenancy)
    for typed, role in (
        ("ab 123-4567", "tenant"),  # the passport as a clerk might type it
        (DEALER, "dealer"),
        (REFERENCE, "reference"),
        (WIFE, "family_member"),
    ):
        code, out, _ = station("person", typed, "--json")
        assert code == 0
        assert [(row["record_id"], row["role"]) for row in json.loads(out)] == [(tenancy_id, role)]
