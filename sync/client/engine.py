"""One sync cycle: push the outbox, pull the station's changes, lease challan numbers when low.

Push goes first so the server merges this device's changes before it sends the station's state
back. Each step is safe to cut at any point: an outbox entry is deleted only after its
acknowledgement, and a pulled page is applied together with its cursor.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.vault.vault import Vault
from sync.client import credentials
from sync.client.backoff import RetryPolicy, with_retries
from sync.client.credentials import Enrollment
from sync.client.enrollment import enroll_device
from sync.client.errors import BadServerResponse, ServerRefused, SyncError
from sync.client.local_store import BlockLedger, LocalStore, Rejection
from sync.client.page_check import check_block, check_page
from sync.client.server_clock import ServerClock
from sync.client.transport import Transport
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import (
    ChallanBlockRequest,
    ChallanBlockResponse,
    Mutation,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
)

log = logging.getLogger(__name__)

BATCH_MUTATIONS = 500
BATCH_BYTES = 2 * 1024 * 1024
PULL_PAGE = 1000
BLOCK_SIZE = 500
_SHRINK_CODES = {ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.INVALID_REQUEST}


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    rejected: int = 0
    conflicts: int = 0
    error: str | None = None
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add_rejections(self, rejections: list[Rejection]) -> None:
        self.rejections += rejections
        self.rejected += len(rejections)


class SyncEngine:
    """Sync of one vault connection; use it from one thread (a worker opens its own connection)."""

    def __init__(
        self,
        vault: Vault,
        ledger: BlockLedger,
        *,
        hlc: HybridLogicalClock | None = None,
        hlc_meta_key: str = "",
        retry: RetryPolicy | None = None,
    ) -> None:
        self.vault = vault
        self.store = LocalStore(vault, ledger, hlc, hlc_meta_key)
        self.retry = retry or RetryPolicy()
        self.clock = ServerClock(hlc, credentials.int_meta(vault, credentials.CLOCK_OFFSET_MS))

    def enroll(self, url: str, code: str, *, fingerprint: str | None = None) -> Enrollment:
        try:
            return enroll_device(
                self.vault, url, code, self.clock, self.retry, fingerprint=fingerprint
            )
        except BadServerResponse as refused:
            log.warning("refused a sync server answer: %s", refused.reason)
            raise

    def sync_once(self) -> SyncReport:
        report = SyncReport()
        try:
            enrollment = credentials.load_enrollment(self.vault)
            transport = Transport(
                enrollment.server_url, self.clock, cert_sha256=enrollment.cert_sha256
            )
            try:
                self._push(transport, enrollment, report)
                self._pull(transport, enrollment, report)
                self._lease_block_if_low(transport, enrollment)
            finally:
                transport.close()
            self.store.mark_synced(self.clock.offset_ms)
        except BadServerResponse as refused:
            log.warning("refused a sync server answer: %s", refused.reason)
            report.error = str(refused)
        except SyncError as stopped:
            log.info("sync stopped: %s", stopped.__class__.__name__)
            report.error = str(stopped)
        if warning := self.clock.warning():
            log.warning("device clock is %d ms off the server's", self.clock.offset_ms)
            report.warnings.append(warning)
        return report

    # ---- push ----------------------------------------------------------------------------

    def _push(self, transport: Transport, enrollment: Enrollment, report: SyncReport) -> None:
        max_count = BATCH_MUTATIONS
        while True:
            batch, invalid = self.store.next_batch(max_count, BATCH_BYTES)
            report.add_rejections(invalid.rejected)
            if not batch:
                if invalid.rejected:
                    continue
                return
            try:
                answer = self._send_batch(transport, enrollment, batch)
            except ServerRefused as refused:
                if refused.code not in _SHRINK_CODES:
                    raise
                if len(batch) > 1:
                    max_count = max(1, len(batch) // 2)
                    continue
                tally = self.store.refuse_locally(batch[0], str(refused))
                report.add_rejections(tally.rejected)
                continue
            tally = self.store.apply_push_results(batch, answer.results)
            report.pushed += tally.acknowledged
            report.add_rejections(tally.rejected)
            if tally.acknowledged + len(tally.rejected) == 0:
                log.warning("the server acknowledged none of %d mutations", len(batch))
                return

    def _send_batch(
        self, transport: Transport, enrollment: Enrollment, batch: list[Mutation]
    ) -> PushResponse:
        message = PushRequest(mutations=batch)
        return with_retries(
            lambda: transport.call(
                "POST", "/v1/push", PushResponse, message, signer=enrollment, compress=True
            ),
            self.retry,
        )

    # ---- pull ----------------------------------------------------------------------------

    def _pull(self, transport: Transport, enrollment: Enrollment, report: SyncReport) -> None:
        while True:
            cursor = self.store.cursor()
            message = PullRequest(
                cursor=cursor, limit=PULL_PAGE, blocks_after=self.store.blocks_after()
            )
            answer = with_retries(
                lambda message=message: transport.call(
                    "POST", "/v1/pull", PullResponse, message, signer=enrollment
                ),
                self.retry,
            )
            page = check_page(answer, enrollment.station_code, cursor)
            tally = self.store.apply_page(page)
            report.pulled += tally.pulled
            report.conflicts += tally.conflicts
            if not page.has_more:
                return

    # ---- challan numbers -----------------------------------------------------------------

    def _lease_block_if_low(self, transport: Transport, enrollment: Enrollment) -> None:
        if not self.store.needs_block():
            self.store.forget_block_request()  # a lost lease's block came back by pull
            return
        message = ChallanBlockRequest(request_id=self.store.block_request_id(), size=BLOCK_SIZE)
        answer = with_retries(
            lambda: transport.call(
                "POST", "/v1/challan-blocks", ChallanBlockResponse, message, signer=enrollment
            ),
            self.retry,
        )
        self.store.store_leased_block(check_block(answer.block))
