"""Sync use cases for the GUI and the CLI: enroll this device, sync once, sync status.

Usable from a worker thread: every call opens its own vault connection
(``Vault.second_connection``) and closes it, so the GUI thread's connection is never touched.
The session's hybrid logical clock is shared (it is thread-safe), so the server-time correction
and the clocks seen in pulled records reach the officer's next edit.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace

from fieldclient.services import challan_numbers
from fieldclient.services.public_keys_file import write_public_keys
from fieldclient.services.session import Session
from fieldclient.vault.repository import RecordRepository
from fieldclient.vault.vault import Vault
from sync.client import credentials
from sync.client.backoff import RetryPolicy
from sync.client.credentials import Enrollment
from sync.client.engine import SyncEngine, SyncReport
from sync.client.errors import SyncErrorKind
from sync.client.local_store import BlockLedger
from sync.client.progress import ProgressCallback, no_progress

LEDGER = BlockLedger(
    numbers_left=challan_numbers.numbers_left, low_water_mark=challan_numbers.LOW_WATER_MARK
)

__all__ = ["SyncErrorKind", "SyncReport", "SyncService", "SyncStatus"]


@dataclass(frozen=True)
class SyncStatus:
    enrolled: bool
    last_sync: str | None
    pending: int
    rejected: int = 0
    server_url: str | None = None
    station: str | None = None


class SyncService:
    def __init__(self, session: Session, *, retry: RetryPolicy | None = None) -> None:
        self.session = session
        # Its own stop event: cancelling this service must not stop another sharing the policy.
        self.retry = replace(retry or RetryPolicy(), stop=threading.Event())
        self._running = threading.Lock()

    def enroll(
        self,
        url: str,
        code: str,
        *,
        fingerprint: str | None = None,
        accept_fingerprint: Callable[[str], bool] | None = None,
    ) -> Enrollment:
        """Enroll; over https without ``fingerprint`` the presented certificate's fingerprint is
        pinned only if ``accept_fingerprint`` (the officer asked) says yes."""
        with self._own_connection() as vault:
            enrollment = self._engine(vault).enroll(
                url, code, fingerprint=fingerprint, accept_fingerprint=accept_fingerprint
            )
            with contextlib.suppress(OSError):  # this device's key, for verifying without login
                write_public_keys(vault)
            return enrollment

    def sync_once(self, progress: ProgressCallback = no_progress) -> SyncReport:
        """Push, then pull, then lease challan numbers if low; errors come back in the report.
        ``progress`` hears how far it got (on this worker's thread)."""
        if not self._running.acquire(blocking=False):
            return SyncReport.failed(
                SyncErrorKind.BUSY, "A sync is already running; wait for it to finish."
            )
        self.retry.stop.clear()
        try:
            with self._own_connection() as vault:
                report = self._engine(vault).sync_once(progress)
                with contextlib.suppress(OSError):  # keys for verifying without login
                    write_public_keys(vault)
                return report
        finally:
            self._running.release()

    def cancel(self) -> None:
        """Stop a running sync at its next wait or before its next try (from any thread)."""
        self.retry.stop.set()

    def status(self) -> SyncStatus:
        with self._own_connection() as vault:
            repo = RecordRepository(vault)
            rejected = repo.rejected_count()
            if not credentials.is_enrolled(vault):
                return SyncStatus(False, None, repo.pending_count(), rejected)
            enrollment = credentials.load_enrollment(vault)
            return SyncStatus(
                enrolled=True,
                last_sync=vault.get_meta(credentials.LAST_SYNC),
                pending=repo.pending_count(),
                rejected=rejected,
                server_url=enrollment.server_url,
                station=enrollment.station_code,
            )

    def _engine(self, vault: Vault) -> SyncEngine:
        return SyncEngine(vault, LEDGER, hlc=self.session.clock, retry=self.retry)

    @contextmanager
    def _own_connection(self) -> Iterator[Vault]:
        vault = self.session.vault.second_connection()
        try:
            yield vault
        finally:
            vault.close()
