"""A pull with nothing new (an idle sync) is answered from what authentication read (the
station's change sequence and the device's newest challan block): it must still see every
change committed before it, every new block and a changed list of the station's device keys,
and answer exactly as a page read from the tables would."""

from tests.helpers.payloads import fir_payload

_VARYING = ("server_time",)


def _pull(device, cursor: int, blocks_after: int = 0, keys_digest: str | None = None) -> dict:
    message = {"protocol_version": 1, "cursor": cursor, "limit": 1000}
    message["blocks_after"] = blocks_after
    if keys_digest is not None:
        message["device_keys_digest"] = keys_digest
    answer = device.send("POST", "/v1/pull", message)
    assert answer.status_code == 200, answer.text
    return answer.json()


def _without_time(page: dict) -> dict:
    return {key: value for key, value in page.items() if key not in _VARYING}


def test_an_idle_pull_sees_a_change_committed_just_before_it(admin):
    station = admin.add_station()
    writer, reader = admin.device(station), admin.device(station)
    cursor = _pull(reader, 0)["next_cursor"]
    for round_ in range(3):
        idle = _pull(reader, cursor)
        assert _without_time(idle) == {
            "protocol_version": 1,
            "next_cursor": cursor,
            "has_more": False,
            "conflicts": [],
            "challan_blocks": [],
            "records": [],
        }
        record = writer.new_record("fir", fir_payload())
        assert writer.push([writer.create(record)]).status_code == 200
        page = _pull(reader, cursor)
        assert [pulled["id"] for pulled in page["records"]] == [record["id"]], round_
        assert page["next_cursor"] > cursor
        cursor = page["next_cursor"]


def test_an_idle_pull_brings_a_new_challan_block(admin):
    device = admin.device(admin.add_station())
    cursor = _pull(device, 0)["next_cursor"]
    assert _pull(device, cursor)["challan_blocks"] == []
    leased = device.lease_block(50)
    assert leased.status_code == 200, leased.text
    blocks = _pull(device, cursor)["challan_blocks"]
    assert len(blocks) == 1
    assert _pull(device, cursor, blocks_after=blocks[0]["block_id"])["challan_blocks"] == []


def test_an_idle_pull_sends_the_device_keys_only_when_they_changed(admin):
    station = admin.add_station()
    device = admin.device(station)
    first = _pull(device, 0, keys_digest="")
    cursor, digest = first["next_cursor"], first["device_keys_digest"]
    assert [key["device_id"] for key in first["device_keys"]] == [device.device_id]
    assert "device_keys" not in _pull(device, cursor, keys_digest=digest)
    other = admin.device(station)
    changed = _pull(device, cursor, keys_digest=digest)
    assert changed["device_keys_digest"] != digest
    assert {key["device_id"] for key in changed["device_keys"]} == {
        device.device_id,
        other.device_id,
    }


def test_an_idle_page_is_the_bytes_a_page_read_from_the_tables_is(admin):
    from sync.protocol.messages import PullRequest
    from sync.server.core.security import AuthenticatedDevice
    from sync.server.services.pull import pull_page

    station = admin.add_station()
    device = admin.device(station)
    record = device.new_record("fir", fir_payload())
    assert device.push([device.create(record)]).status_code == 200
    cursor = _pull(device, 0)["next_cursor"]
    for digest in (None, "", _pull(device, cursor, keys_digest="")["device_keys_digest"]):
        request = PullRequest(cursor=cursor, blocks_after=0, device_keys_digest=digest)
        read = AuthenticatedDevice(id=device.device_id, station=station)
        idle = AuthenticatedDevice(
            id=device.device_id, station=station, station_seq=cursor, last_block=0
        )
        assert pull_page(admin.engine, idle, request, 1000, 1234) == pull_page(
            admin.engine, read, request, 1000, 1234
        )
