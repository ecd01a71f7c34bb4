"""Official FIR numbers and challan blocks, on the real server."""

import datetime

from tests.helpers.payloads import challan_payload, fir_payload

YEAR = datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=5))).year


def registered_fir(device):
    record = device.new_record("fir", fir_payload())
    return record, [device.create(record), device.transition(record["id"], "fir", "registered")]


def test_fir_numbers_are_assigned_in_order_from_the_starting_serial(admin):
    station = admin.add_station(fir_start=120)
    device = admin.device(station)
    mutations, ids = [], []
    for _ in range(3):
        record, pair = registered_fir(device)
        ids.append(record["id"])
        mutations += pair
    draft = device.new_record("fir", fir_payload())
    mutations.append(device.create(draft))
    answer = device.push(mutations)
    assert answer.status_code == 200, answer.text
    assert {r["outcome"] for r in answer.json()["results"]} == {"applied"}
    pulled = {record["id"]: record for record in device.pull_all()}
    assert [pulled[i]["number"] for i in ids] == [
        f"{station}-{YEAR}-{serial:04d}" for serial in (120, 121, 122)
    ]
    assert pulled[draft["id"]]["number"] is None
    assert pulled[ids[0]]["status"] == "registered"


def test_a_device_cannot_set_an_fir_number_itself(admin):
    device = admin.device(admin.add_station())
    record = device.new_record("fir", fir_payload())
    record["number"] = "PS01-2024-0001"
    (result,) = device.push([device.create(record)]).json()["results"]
    assert result["outcome"] == "rejected" and result["code"] == "server_field"
    assert device.pull_all() == []


def test_challan_blocks_never_overlap_and_a_retry_gets_the_same_block(admin):
    station = admin.add_station()
    wardens = [admin.device(station) for _ in range(3)]
    other_station = admin.device(admin.add_station())
    blocks = []
    for round_ in range(3):
        for warden in [*wardens, other_station]:
            answer = warden.lease_block(size=50 + round_)
            assert answer.status_code == 200, answer.text
            blocks.append(answer.json()["block"])
    numbers = [
        f"{block['prefix']}-{n:07d}"
        for block in blocks
        for n in range(block["start"], block["end"] + 1)
    ]
    assert len(numbers) == len(set(numbers))
    request_id = "ab" * 16
    first = wardens[0].lease_block(request_id=request_id).json()["block"]
    again = wardens[0].lease_block(request_id=request_id).json()["block"]
    assert first == again


def test_challan_numbers_must_come_from_the_device_s_own_blocks(admin):
    station = admin.add_station()
    warden, colleague = admin.device(station), admin.device(station)
    own = warden.lease_block(size=5).json()["block"]
    theirs = colleague.lease_block(size=5).json()["block"]
    number = f"{own['prefix']}-{own['start']:07d}"
    foreign = f"{theirs['prefix']}-{theirs['start']:07d}"
    results = warden.push(
        [
            warden.create(warden.new_record("challan", challan_payload(), number=number)),
            warden.create(warden.new_record("challan", challan_payload(), number=number)),
            warden.create(warden.new_record("challan", challan_payload(), number=foreign)),
        ]
    ).json()["results"]
    assert [r["outcome"] for r in results] == ["applied", "rejected", "rejected"]
    assert [r["code"] for r in results[1:]] == ["number_taken", "number_not_leased"]
    assert [record["number"] for record in warden.pull_all()] == [number]


def test_new_blocks_reach_the_device_by_pull(admin):
    warden = admin.device(admin.add_station())
    block = warden.lease_block(size=7).json()["block"]
    page = warden.pull().json()
    assert page["challan_blocks"] == [block]
    assert warden.pull(blocks_after=block["block_id"]).json()["challan_blocks"] == []


def test_a_challan_issued_before_any_block_is_numbered_by_the_server(admin):
    station = admin.add_station()
    warden = admin.device(station)
    early = warden.new_record("challan", challan_payload())
    early["provisional_number"] = f"P-{early['id'][:8].upper()}"
    (result,) = warden.push([warden.create(early)]).json()["results"]
    assert result["outcome"] == "applied", result
    block = warden.lease_block(size=5).json()["block"]
    (stored,) = warden.pull_all()
    serial = int(stored["number"].rsplit("-", 1)[1])
    assert stored["number"] == f"{block['prefix']}-{serial:07d}"
    assert not block["start"] <= serial <= block["end"]  # never a number of a leased block
    assert stored["provisional_number"] == early["provisional_number"]


def test_a_challan_with_no_number_at_all_is_refused(admin):
    warden = admin.device(admin.add_station())
    (result,) = warden.push(
        [warden.create(warden.new_record("challan", challan_payload()))]
    ).json()["results"]
    assert result["outcome"] == "rejected" and result["code"] == "invalid"
