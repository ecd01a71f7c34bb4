"""A client process for the first-pull kill test: pulls the station into its vault, saying after
each page whether the list indexes are left out (a bulk pull), until killed.

``python -m tests.integration.faults.pull_worker DATA_DIR BADGE PULL_PAGE`` with the password in
``FIELDCLIENT_PASSWORD``. It prints ``ready`` once the vault is open and ``page RECEIVED
DEFERRED`` after each pulled page committed (read on the process's own connection).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from fieldclient.services.session import open_session
from fieldclient.services.sync import SyncService
from fieldclient.vault import deferred_indexes
from sync.client import engine
from sync.client.backoff import RetryPolicy
from sync.client.progress import SyncPhase, SyncProgress


def main(data_dir: str, badge: str, pull_page: str) -> None:
    engine.PULL_PAGE = int(pull_page)
    session = open_session(Path(data_dir), badge, os.environ["FIELDCLIENT_PASSWORD"])
    sync = SyncService(session, retry=RetryPolicy(attempts=2, base_seconds=0.05, cap_seconds=0.1))
    print("ready", flush=True)

    def progress(step: SyncProgress) -> None:
        if step.phase is SyncPhase.RECEIVING:
            deferred = deferred_indexes.pending(session.vault.conn)
            print(f"page {step.received} {int(deferred)}", flush=True)

    while True:
        report = sync.sync_once(progress)
        print(f"synced {report.pulled} {report.error or ''}", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
