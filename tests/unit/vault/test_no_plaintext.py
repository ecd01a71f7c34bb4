"""Invariant 1: no record field is readable in any file the client writes."""

from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from tests.helpers.files import files_containing
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload

MARKERS = ["Zebrafinch Quokka", "Xylophone Marmoset", "نیلگوں طوطا", "QZX-987", "Pangolin Street"]
PNG_WITH_MARKER = b"\x89PNG\r\n\x1a\n" + b"Pangolin Street" * 20


def _store_marked_records(records: RecordService) -> None:
    fir = fir_payload(name=MARKERS[0], narrative=f"{MARKERS[1]} {MARKERS[2]}")
    records.create("fir", fir)
    records.create("challan", challan_payload(vehicle_reg=MARKERS[3]))
    tenant = tenant_payload()
    tenant["property_address"] = MARKERS[4]
    tenant["photos"] = {"tenant": records.store_photo(PNG_WITH_MARKER, "tenant")}
    records.create("tenant", tenant)
    # Enough churn that pages are rewritten, freed and the WAL is busy.
    for i in range(300):
        record = records.create("fir", fir_payload(name=f"{MARKERS[0]} {i}"))
        if i % 3 == 0:
            records.edit(record.id, {"place": f"{MARKERS[4]} {i}"})


def test_no_marker_in_any_file_while_open_and_after_close(session, data_dir):
    records = RecordService(session)
    _store_marked_records(records)
    # While the vault is open: the WAL and SHM hold recent pages.
    assert (data_dir / "vault.db-wal").exists()
    assert files_containing(data_dir, MARKERS) == {}
    session.close()
    assert files_containing(data_dir, MARKERS) == {}


def test_markers_are_really_stored_and_searchable(session, data_dir):
    """The negative test above is only meaningful if the markers were written at all."""
    records = RecordService(session)
    _store_marked_records(records)
    session.close()
    reopened = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    from fieldclient.vault.repository import RecordQuery

    hits = RecordService(reopened).find(RecordQuery(search=MARKERS[1]))
    assert [r.data["informant"]["name"] for r in hits] == [MARKERS[0]]
    reopened.close()
