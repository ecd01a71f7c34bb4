"""`fieldclient person CNIC [--json]`."""

import json

from tests.helpers.payloads import fir_payload
from tests.unit.cli.conftest import add_record

DRIVER = "35202-1234567-3"


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
