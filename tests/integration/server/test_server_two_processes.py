"""Two server processes on one PostgreSQL database, devices pushing to both at once."""

from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.helpers.payloads import fir_payload
from tests.helpers.server import GENEROUS_RATE, Admin, postgres_database, run_server

DEVICES = 6
FIRS_PER_DEVICE = 12
BATCH = 4


@pytest.mark.postgres
@pytest.mark.slow
def test_concurrent_pushes_through_two_servers_lose_nothing_and_number_uniquely():
    with (
        postgres_database() as url,
        run_server(url, env=GENEROUS_RATE) as first,
        run_server(url, init=False, env=GENEROUS_RATE) as second,
    ):
        admin = Admin(first)
        station = admin.add_station()
        devices = [admin.device(station) for _ in range(DEVICES)]
        for index, device in enumerate(devices):
            device.base_url = (first if index % 2 else second).url

        def sync_all(device):
            mutations, sent = [], []
            for _ in range(FIRS_PER_DEVICE):
                record = device.new_record("fir", fir_payload())
                mutations += [
                    device.create(record),
                    device.transition(record["id"], "fir", "registered"),
                ]
            for start in range(0, len(mutations), BATCH):
                batch = mutations[start : start + BATCH]
                answer = device.push(batch)
                assert answer.status_code == 200, answer.text
                sent += answer.json()["results"]
            retry = device.push(mutations[:BATCH])
            assert {r["outcome"] for r in retry.json()["results"]} == {"duplicate"}
            return sent

        with ThreadPoolExecutor(max_workers=DEVICES) as pool:
            results = [r for sent in pool.map(sync_all, devices) for r in sent]

        assert len(results) == DEVICES * FIRS_PER_DEVICE * 2
        assert {r["outcome"] for r in results} == {"applied"}
        records = devices[0].pull_all()
        assert len(records) == DEVICES * FIRS_PER_DEVICE
        numbers = sorted(int(record["number"].rsplit("-", 1)[1]) for record in records)
        assert numbers == list(range(1, DEVICES * FIRS_PER_DEVICE + 1))
        cursor_ordered = []
        cursor = 0
        while True:
            page = devices[1].pull(cursor, limit=10).json()
            cursor_ordered += [record["id"] for record in page["records"]]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        assert sorted(cursor_ordered) == sorted(record["id"] for record in records)
        admin.engine.dispose()
