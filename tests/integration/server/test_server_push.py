"""Push semantics: at most once, per-mutation results, lifecycles, merge conflicts."""

import secrets
from datetime import UTC, datetime, timedelta

from fieldclient.domain.hlc import Timestamp
from tests.helpers.payloads import (
    PKT,
    attendance_payload,
    challan_payload,
    fir_payload,
    tenant_payload,
)


def outcomes(answer):
    assert answer.status_code == 200, answer.text
    return [(r["outcome"], r["code"]) for r in answer.json()["results"]]


def test_a_retried_batch_is_answered_duplicate_and_applied_once(admin):
    device = admin.device(admin.add_station())
    records = [device.new_record("tenant", tenant_payload(f"Tenant {i}")) for i in range(3)]
    batch = [device.create(record) for record in records]
    assert outcomes(device.push(batch)) == [("applied", None)] * 3
    retry = device.push(batch)
    assert outcomes(retry) == [("duplicate", None)] * 3
    assert retry.json()["last_applied_seq"] == batch[-1]["device_seq"]
    status = device.send("GET", "/v1/status").json()
    assert status["counts"] == {"tenant": 3}
    assert status["last_applied_seq"] == 3


def test_a_rejected_mutation_leaves_no_trace_and_does_not_stop_the_batch(admin):
    device = admin.device(admin.add_station())
    good, bad, also_good = (device.new_record("fir", fir_payload()) for _ in range(3))
    bad["data"]["informant"]["cnic"] = "12345"
    answer = device.push([device.create(good), device.create(bad), device.create(also_good)])
    assert [o for o, _ in outcomes(answer)] == ["applied", "rejected", "applied"]
    rejected = answer.json()["results"][1]
    assert rejected["code"] == "invalid" and "informant.cnic" in rejected["reason"]
    assert {r["id"] for r in device.pull_all()} == {good["id"], also_good["id"]}


def test_times_are_checked_against_the_device_clock_that_accepted_them(admin):
    """A device clock 7 minutes fast accepted an event time of its "now"; pushed at once, that
    time is ahead of the server's clock, and was refused (issue 18). The device's own time of
    the change bounds it instead; a time ahead of that is still refused, in Pakistan time."""
    device = admin.device(admin.add_station())
    fast_now = datetime.now(PKT).replace(microsecond=0) + timedelta(minutes=7)
    event = device.new_record("attendance", {**attendance_payload(), "at": fast_now.isoformat()})
    typo = device.new_record(
        "attendance", {**attendance_payload(), "at": (fast_now + timedelta(hours=1)).isoformat()}
    )
    batch = [
        {**device.create(record), "at": fast_now.astimezone(UTC).isoformat()}
        for record in (event, typo)
    ]
    answer = device.push(batch)
    assert [o for o, _ in outcomes(answer)] == ["applied", "rejected"]
    refused = answer.json()["results"][1]
    assert refused["code"] == "invalid" and "cannot be in the future" in refused["reason"]
    assert f"it is now {fast_now:%Y-%m-%d %H:%M}, Pakistan time)" in refused["reason"]
    assert {r["id"] for r in device.pull_all()} == {event["id"]}


def test_an_old_sequence_with_a_new_id_is_rejected_not_dropped(admin):
    device = admin.device(admin.add_station())
    first = device.create(device.new_record("tenant", tenant_payload()))
    device.push([first])
    reused = {**device.create(device.new_record("tenant", tenant_payload())), "device_seq": 1}
    assert outcomes(device.push([reused])) == [("rejected", "out_of_order")]


def test_a_registered_fir_only_grows(admin):
    device = admin.device(admin.add_station())
    record = device.new_record("fir", fir_payload())
    fir_id = record["id"]
    device.push([device.create(record), device.transition(fir_id, "fir", "registered")])
    edit = device.mutation("update", fir_id, "fir", fields={"narrative": "rewritten"})
    statement = device.mutation(
        "statement",
        fir_id,
        "fir",
        entry={
            "id": secrets.token_hex(8),
            "at": "2024-05-02T09:00:00+05:00",
            "by": "B-100",
            "text": "The informant later identified the accused.",
            "hlc": device.clock.now(),
            "device": device.device_id,
        },
    )
    back_to_draft = device.transition(fir_id, "fir", "draft")
    answer = device.push([edit, statement, back_to_draft])
    assert outcomes(answer) == [
        ("rejected", "frozen"),
        ("applied", None),
        ("rejected", "transition_refused"),
    ]
    (stored,) = device.pull_all()
    assert stored["data"]["narrative"] == record["data"]["narrative"]
    assert stored["status"] == "registered"
    assert [s["text"] for s in stored["statements"]] == [
        "The informant later identified the accused."
    ]


def test_concurrent_edits_merge_by_clock_and_keep_the_loser(admin):
    station = admin.add_station()
    first, second = admin.device(station), admin.device(station)
    record = first.new_record("fir", fir_payload())
    first.push([first.create(record)])
    later_clock = first.clock.now()
    earlier_clock = str(Timestamp(Timestamp.parse(later_clock).wall_ms - 1, 0, second.device_id))
    winner = {**first.mutation("update", record["id"], "fir", fields={"place": "Gulberg"})}
    winner["hlc"] = later_clock
    loser = {**second.mutation("update", record["id"], "fir", fields={"place": "Saddar"})}
    loser["hlc"] = earlier_clock
    assert outcomes(first.push([winner])) == [("applied", None)]
    assert outcomes(second.push([loser])) == [("applied", None)]
    page = second.pull().json()
    (stored,) = page["records"]
    assert stored["data"]["place"] == "Gulberg"
    assert stored["clocks"]["place"] == later_clock
    (conflict,) = page["conflicts"]
    assert conflict["field"] == "place"
    assert conflict["winner"]["value"] == "Gulberg" and conflict["loser"]["value"] == "Saddar"
    assert conflict["loser"]["hlc"] == earlier_clock


def test_only_the_central_check_verifies_a_tenant(admin, server, cli):
    device = admin.device(admin.add_station())
    record = device.new_record("tenant", tenant_payload())
    device.push([device.create(record)])
    self_verified = device.transition(record["id"], "tenant", "verified")
    assert outcomes(device.push([self_verified])) == [("rejected", "transition_refused")]
    code, _, stderr = cli(
        server.database_url, "set-tenant-status", record["id"], "flagged", "--reason", "FIR 12/2023"
    )
    assert code == 0, stderr
    (stored,) = device.pull_all()
    assert stored["status"] == "flagged"
    assert stored["history"][-1]["by"] == "central-check"
    code, _, stderr = cli(server.database_url, "set-tenant-status", record["id"], "verified")
    assert code == 1 and "flagged" in stderr


def test_the_central_check_sets_only_the_statuses_a_kind_takes_from_it(admin, server, cli):
    device = admin.device(admin.add_station())
    record = device.new_record("fir", fir_payload())
    device.push([device.create(record)])
    code, _, stderr = cli(server.database_url, "set-status", record["id"], "verified")
    assert code == 1 and "a FIR never gets the status verified from the server" in stderr
    (stored,) = device.pull_all()
    assert stored["status"] == "draft" and stored["history"] == []


def test_pull_pages_follow_the_cursor_without_gaps(admin):
    device = admin.device(admin.add_station())
    records = [device.new_record("challan", challan_payload()) for _ in range(7)]
    block = device.lease_block(size=7).json()["block"]
    for serial, record in enumerate(records, start=block["start"]):
        record["number"] = f"{block['prefix']}-{serial:07d}"
    device.push([device.create(record) for record in records])
    cursor, seen = 0, []
    while True:
        page = device.pull(cursor, limit=3).json()
        seen += [record["id"] for record in page["records"]]
        assert len(page["records"]) <= 3
        cursor = page["next_cursor"]
        if not page["has_more"]:
            break
    assert seen == [record["id"] for record in records]
