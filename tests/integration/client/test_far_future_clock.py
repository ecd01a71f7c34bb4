"""A record clocked in year 33658 (pushed before the server refused such clocks) reaches a device
by pull: the device stores it as the server holds it, its own clock does not follow, it warns,
and every later unlock works."""

from __future__ import annotations

import json

from sqlalchemy import select, update

from fieldclient.domain.hlc import is_plausible
from fieldclient.services.session import HLC_META_KEY, open_session
from sync.client.sync_warnings import SyncWarning, SyncWarningKind
from sync.protocol.fingerprint import canonical_json, record_fingerprint
from sync.server.db.tables import records
from sync.server.services.station_digest import recompute_station_digests
from tests.helpers.payloads import fir_payload
from tests.integration.client.conftest import PASSWORD

YEAR_33658 = "999999999999999:99999:{device}"


def test_a_pulled_record_clocked_in_year_33658_leaves_the_device_clock_sane(new_device, admin):
    writer, reader = new_device(), new_device(badge="KP-2")
    made = writer.records.create("fir", fir_payload())
    writer.sync_ok()
    with admin.engine.begin() as connection:
        doc = json.loads(
            connection.execute(select(records.c.doc).where(records.c.id == made.id)).scalar_one()
        )
        doc["clocks"]["place"] = YEAR_33658.format(device=writer.device_id)
        connection.execute(
            update(records)
            .where(records.c.id == made.id)
            .values(doc=canonical_json(doc), fingerprint=record_fingerprint(doc))
        )
        recompute_station_digests(connection)  # the table was changed by hand

    report = reader.sync_ok()

    assert report.pulled == 1
    assert SyncWarning(SyncWarningKind.FAR_FUTURE_RECORDS, {"count": 1}) in report.warnings
    assert (
        reader.repo.get(made.id).clocks["place"] == doc["clocks"]["place"]
    )  # as the server has it
    assert not any(w.kind is SyncWarningKind.COPY_REPAIRED for w in report.warnings)
    assert is_plausible(reader.session.vault.get_meta(HLC_META_KEY))
    assert is_plausible(reader.session.clock.now())
    folder, badge = reader.session.vault.data_dir, reader.session.officer_badge
    reader.session.close()
    reopened = open_session(folder, badge, PASSWORD)
    assert reopened.notices == []
    reopened.close()
