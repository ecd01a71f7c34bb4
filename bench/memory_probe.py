"""Resident memory of a process that unlocks the vault and shows lists, measured in isolation.

Run as `python -m bench.memory_probe DATA_DIR`; prints one JSON object. A separate process, so the
benchmark's own generated data does not count. It signs in as the officer with the test-only
Argon2id cost, so the 256 MiB the real key derivation borrows for a moment is not counted either.
"""

import json
import sys
from pathlib import Path

import psutil

from bench.generate import PayloadGenerator, search_queries
from bench.vault_setup import FAST_OFFICER_BADGE, PASSWORD
from bench.workloads import first_screen, search_screen
from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session

MIB = 2**20


def main(data_dir: Path) -> dict[str, float]:
    process = psutil.Process()
    before = process.memory_info().rss
    session = open_session(data_dir, FAST_OFFICER_BADGE, PASSWORD)
    opened = process.memory_info().rss
    service = RecordService(session)
    first_screen(service)
    for query in search_queries(PayloadGenerator(seed=7), 20):
        search_screen(service, query)
    used = process.memory_info().rss
    session.close()
    return {
        "rss_before_mib": before / MIB,
        "rss_opened_mib": opened / MIB,
        "rss_in_use_mib": used / MIB,
    }


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
