"""Invariant 2: a process killed in the middle of writes leaves a vault holding every commit."""

import os
import random
import signal
import subprocess
import sys
import textwrap

import pytest

from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from fieldclient.vault.audit import verify_chain
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_PASSWORD

# A child that stores FIRs in a loop and reports each id only after its transaction committed.
WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from fieldclient.services.records import RecordService
    from fieldclient.services.session import open_session
    from tests.helpers.payloads import fir_payload

    session = open_session(Path(sys.argv[1]), sys.argv[2], sys.argv[3])
    records = RecordService(session)
    print("ready", flush=True)
    while True:
        record = records.create("fir", fir_payload())
        print(record.id, flush=True)
    """
)


@pytest.mark.parametrize(
    "kills",
    [
        pytest.param(12, id="short"),
        pytest.param(300, id="soak", marks=[pytest.mark.soak, pytest.mark.timeout(3600)]),
    ],
)
def test_sigkill_during_writes_loses_no_committed_record(session, data_dir, kills):
    session.close()
    rng = random.Random(20261122)
    committed: list[str] = []
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(data_dir), OFFICER_BADGE, OFFICER_PASSWORD],
            stdout=subprocess.PIPE,
            text=True,
            env=os.environ | {"PYTHONPATH": os.getcwd()},
        )
        assert child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(1, 40)):
            committed.append(child.stdout.readline().strip())
        child.send_signal(signal.SIGKILL)
        child.wait()
        # Whatever it printed before dying (committed, then printed) must be there too.
        committed.extend(line.strip() for line in child.stdout if line.strip())

    reopened = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    try:
        reopened.vault.check_integrity()
        stored = RecordService(reopened).get_many(committed)
        assert set(stored) == set(committed)
        assert reopened.repo.pending_count() >= len(committed)
        assert verify_chain(reopened.vault.conn).intact
    finally:
        reopened.close()
