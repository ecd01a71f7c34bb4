"""Challan number blocks: leased when a device runs low, never overlapping between devices, and
a lease whose answer was lost is not leased twice."""

from __future__ import annotations

import itertools

from sqlalchemy import select

from fieldclient.services.challan_numbers import LOW_WATER_MARK, numbers_left
from sync.client import credentials
from sync.server.db.tables import challan_blocks
from tests.helpers.payloads import challan_payload
from tests.integration.client.loopback import LossyProxy, serving


def blocks(device) -> list[tuple[str, int, int]]:  # type: ignore[no-untyped-def]
    query = 'SELECT prefix, first, "last" FROM challan_blocks ORDER BY first'
    return device.session.vault.conn.execute(query).fetchall()


def test_each_device_leases_its_own_block_and_no_two_overlap(new_device):
    devices = [new_device(badge=f"KP-{i}") for i in range(3)]
    for device in devices:
        device.sync_ok()
        device.sync_ok()  # enough numbers left: no second lease
    held = [blocks(device) for device in devices]
    assert all(len(each) == 1 for each in held)
    ranges = sorted(block for each in held for block in each)
    for (prefix, _, last), (next_prefix, first, _) in itertools.pairwise(ranges):
        assert prefix == next_prefix and last < first
    assert all(numbers_left(d.session.vault) > LOW_WATER_MARK for d in devices)


def test_a_lease_whose_answer_was_lost_gets_the_same_block(new_device, server, admin):
    device = new_device()
    proxy = LossyProxy(server.url)
    with serving(proxy.respond) as loopback:
        with device.session.vault.transaction():
            device.session.vault.set_meta(credentials.SERVER_URL, loopback.url)  # type: ignore[attr-defined]
        proxy.lose("/v1/challan-blocks", times=2)
        assert device.sync.sync_once().error is not None
        assert blocks(device) == []
        device.sync_ok()
        device.sync_ok()
    with admin.engine.connect() as connection:
        leased = connection.execute(
            select(challan_blocks.c.start, challan_blocks.c.end).where(
                challan_blocks.c.device_id == device.device_id
            )
        ).all()
    assert [(first, last) for _, first, last in blocks(device)] == [tuple(r) for r in leased]
    assert len(leased) == 1
    assert device.session.vault.get_meta(credentials.BLOCK_REQUEST_ID) is None


def test_a_challan_issued_offline_from_a_leased_block_is_accepted(new_device):
    warden, station_pc = new_device(), new_device(badge="KP-2")
    warden.sync_ok()
    challan = warden.records.create("challan", challan_payload())
    report = warden.sync_ok()
    assert report.rejected == 0 and report.pushed == 1
    station_pc.sync_ok()
    assert station_pc.repo.get(challan.id).number == challan.number


def test_a_challan_issued_before_the_first_sync_gets_an_official_number(new_device):
    warden = new_device()
    early = warden.records.create("challan", challan_payload())
    assert early.number is None and early.provisional_number
    report = warden.sync_ok()
    assert report.rejected == 0
    numbered = warden.repo.get(early.id)
    assert numbered.number and numbered.number.startswith("CH-")
    assert numbered.provisional_number == early.provisional_number
    later = warden.records.create("challan", challan_payload())  # from the block leased meanwhile
    assert later.number and later.number != numbered.number
