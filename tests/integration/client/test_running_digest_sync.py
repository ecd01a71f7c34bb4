"""The station digest both ends keep per write equals the digest from scratch after creates,
edits, pushes, pulls, conflicts and server verdicts through the real server; the consistency
check after a sync matches without recounting or pulling again."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from fieldclient.domain.fingerprint import DigestTally, record_fingerprint
from fieldclient.services.sync import LEDGER
from fieldclient.vault import digests
from sync.client.local_store import LocalStore, StationSummary
from sync.client.sync_warnings import SyncWarningKind
from sync.server.core.clock import now_ms
from sync.server.db.tables import records
from sync.server.services.admin import set_status_by_server
from sync.server.services.station_digest import stored_tally
from tests.helpers.payloads import fir_payload, tenant_payload

PLACES = ["Chowk Yadgar", "Firdous Cinema", "Qissa Khwani", "Saddar"]
COPY_WARNINGS = {SyncWarningKind.COPY_REPAIRED, SyncWarningKind.COPY_DIFFERS}

OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("create"), st.integers(0, 1), st.sampled_from(["fir", "tenant"])),
        st.tuples(st.just("edit"), st.integers(0, 1), st.integers(0, 20), st.sampled_from(PLACES)),
        st.tuples(st.just("sync"), st.integers(0, 1)),
    ),
    min_size=1,
    max_size=8,
)


def server_summary(admin, station: str) -> tuple[StationSummary, StationSummary]:  # type: ignore[no-untyped-def]
    """(kept per write, from every record's text) on the server."""
    with admin.engine.connect() as connection:
        kept = stored_tally(connection, station)
        scratch = DigestTally()
        for row in connection.execute(
            select(records.c.id, records.c.type, records.c.doc).where(records.c.station == station)
        ):
            scratch.add(row.type, row.id, record_fingerprint(json.loads(row.doc)))
    return (
        StationSummary(kept.held_counts(), kept.digest()),
        StationSummary(scratch.held_counts(), scratch.digest()),
    )


def sync_clean(device) -> None:  # type: ignore[no-untyped-def]
    report = device.sync_ok()
    assert not [w for w in report.warnings if w.kind in COPY_WARNINGS]


def assert_digests_true(devices, admin, station: str) -> None:  # type: ignore[no-untyped-def]
    for _ in range(2):
        for device in devices:
            sync_clean(device)
    kept, scratch = server_summary(admin, station)
    assert kept == scratch
    for device in devices:
        store = LocalStore(device.session.vault, LEDGER, device.session.clock)
        assert digests.in_step(device.session.vault.conn)
        assert store.station_summary() == store.station_summary(recount=True) == scratch


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=OPERATIONS)
def test_both_ends_keep_the_digest_true_through_syncs_and_conflicts(
    new_device, admin, station, operations
):
    # One station for every example (new devices pull what earlier ones left there).
    devices = (new_device(), new_device(badge="KP-2"))
    for kind, who, *args in operations:
        device = devices[who]
        held = sorted(device.record_ids())
        if kind == "create":
            device.records.create(args[0], fir_payload() if args[0] == "fir" else tenant_payload())
        elif kind == "edit":
            firs = [rid for rid in held if device.repo.get(rid).type == "fir"]
            if firs:
                device.records.edit(firs[args[0] % len(firs)], {"place": args[1]})
        else:
            sync_clean(device)
    assert_digests_true(devices, admin, station)


def test_a_server_verdict_and_concurrent_edits_keep_both_digests_true(new_device, admin, station):
    first, second = new_device(), new_device(badge="KP-2")
    draft = first.records.create("fir", fir_payload())
    tenant = second.records.create("tenant", tenant_payload())
    assert_digests_true([first, second], admin, station)
    first.records.edit(draft.id, {"place": "Chowk Yadgar"})
    second.records.edit(draft.id, {"place": "Firdous Cinema"})  # a conflict on the server
    assert_digests_true([first, second], admin, station)
    kept = [d.session.vault.conn.execute("SELECT count(*) FROM conflicts") for d in (first, second)]
    assert sum(rows.fetchone()[0] for rows in kept) >= 1  # the concurrent edit was a conflict
    first.records.transition(draft.id, "registered", "Diary 14")  # the server numbers it
    set_status_by_server(admin.engine, tenant.id, "verified", None, now_ms())

    assert_digests_true([first, second], admin, station)
    assert first.repo.get(draft.id).number is not None
    assert second.repo.get(tenant.id).status == "verified"


def test_a_running_digest_out_of_step_is_recounted_instead_of_pulling_everything(
    new_device, admin, station, caplog
):
    first, second = new_device(), new_device(badge="KP-2")
    first.records.create("fir", fir_payload())
    assert_digests_true([first, second], admin, station)
    conn = second.session.vault.conn
    conn.execute("UPDATE record_digests SET total = ?", ("0" * 64,))  # as a bug would leave it
    conn.commit()
    first.records.create("tenant", tenant_payload())
    first.sync_ok()

    report = second.sync_ok()

    assert report.pulled == 1  # the new record only, not everything again
    assert not [w for w in report.warnings if w.kind in COPY_WARNINGS]
    assert "recounted" in caplog.text
    assert_digests_true([first, second], admin, station)
