"""A client process for the SIGKILL test: makes a record, says so, syncs, and again, forever.

``python -m tests.integration.faults.sync_worker DATA_DIR BADGE PULL_PAGE`` with the password in
``FIELDCLIENT_PASSWORD``. It prints ``ready`` once the vault is open. A line
``made RECORD_ID MUTATION_ID`` is printed only after the record's transaction committed: an
acknowledged local write that must reach the server exactly once.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from fieldclient.services.sync import SyncService
from sync.client import engine
from sync.client.backoff import RetryPolicy
from tests.helpers.payloads import tenant_payload


def main(data_dir: str, badge: str, pull_page: str) -> None:
    engine.PULL_PAGE = int(pull_page)
    session = open_session(Path(data_dir), badge, os.environ["FIELDCLIENT_PASSWORD"])
    records = RecordService(session)
    sync = SyncService(session, retry=RetryPolicy(attempts=2, base_seconds=0.05, cap_seconds=0.1))
    print("ready", flush=True)
    number = 0
    while True:
        number += 1
        made = records.create("tenant", tenant_payload(f"Killed {number}"))
        newest = session.repo.outbox_entries()[-1]
        print(f"made {made.id} {newest.mutation_id}", flush=True)
        report = sync.sync_once()
        print(f"synced {report.pushed} {report.pulled} {report.error or ''}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
