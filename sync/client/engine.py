"""One sync cycle: push the outbox, pull the station's changes, fetch the server's
countersignatures of documents printed here, lease challan numbers when low, then check the
device's copy against the server's.

Push goes first so the server merges this device's changes before it sends the station's state
back. Each step is safe to cut at any point: an outbox entry is deleted only after its
acknowledgement, and a pulled page is applied together with its cursor.

Push batches and pull pages follow the link (``batch_size``): a timeout or a broken connection
halves them, success grows them back. A pulled page the disk cannot hold (``StorageFull``, the
page rolled back with its cursor) halves the pull page too, down to one record, before the sync
reports the disk full: a disk with room for less than a page still takes what fits.

While a pulled page is applied, the next one is already being fetched and checked on a thread of
its own (the server, the link and the parsing overlap the vault's work); only the sync's thread
touches the vault, and a page fetched ahead is used only if the cursor it was asked from is the
vault's.

After a sync that changed something, with nothing left in the outbox, the device compares its
per-type counts and record digest with ``/v1/status``; on a mismatch it pulls everything again
from cursor 0 and says so. A sync with nothing to do is one pull request.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.vault.errors import StorageFull, VaultError
from fieldclient.vault.vault import Vault
from sync.client import credentials
from sync.client.backoff import RetryPolicy, check_stop, pause, with_retries
from sync.client.batch_size import AdaptiveSize
from sync.client.countersign import fetch_countersignatures
from sync.client.credentials import Enrollment
from sync.client.enrollment import enroll_device
from sync.client.errors import (
    BadServerResponse,
    LinkFailed,
    MissingServerKey,
    ServerRefused,
    ServerUnreachable,
    SyncError,
    SyncErrorKind,
)
from sync.client.local_store import BlockLedger, LocalStore, Rejection, StationSummary
from sync.client.officers import declare_officers_if_changed, held_digest, store_officer_roles
from sync.client.page_check import CheckedPage, check_block, check_page
from sync.client.progress import ProgressCallback, SyncPhase, SyncProgress, no_progress
from sync.client.server_clock import ServerClock
from sync.client.sync_warnings import SyncWarning, SyncWarningKind
from sync.client.transport import SignedAnswer, Transport
from sync.client.url_policy import insecure_host
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import (
    ChallanBlockRequest,
    ChallanBlockResponse,
    PullRequest,
    PullResponse,
    PushRequest,
    PushResponse,
    StatusResponse,
)

log = logging.getLogger(__name__)

BATCH_MUTATIONS = 500
BATCH_BYTES = 2 * 1024 * 1024
PULL_PAGE = 1000
BLOCK_SIZE = 500
_SHRINK_CODES = {ErrorCode.PAYLOAD_TOO_LARGE, ErrorCode.INVALID_REQUEST}


@dataclass
class SyncReport:
    """What a sync did. When it stopped early, ``error_kind`` says why (the GUI and the CLI
    choose their words from it) and ``error`` is the detail, one line safe to show and log."""

    pushed: int = 0
    pulled: int = 0
    rejected: int = 0
    conflicts: int = 0
    error: str | None = None
    error_kind: SyncErrorKind | None = None
    rejections: list[Rejection] = field(default_factory=list)
    warnings: list[SyncWarning] = field(default_factory=list)

    @classmethod
    def failed(cls, kind: SyncErrorKind, detail: str) -> SyncReport:
        return cls(error=detail, error_kind=kind)

    def add_rejections(self, rejections: list[Rejection]) -> None:
        self.rejections += rejections
        self.rejected += len(rejections)

    def stop(self, kind: SyncErrorKind, detail: str) -> None:
        self.error_kind, self.error = kind, detail


class SyncEngine:
    """Sync of one vault connection; use it from one thread (a worker opens its own connection)."""

    def __init__(
        self,
        vault: Vault,
        ledger: BlockLedger,
        *,
        hlc: HybridLogicalClock | None = None,
        retry: RetryPolicy | None = None,
    ) -> None:
        self.vault = vault
        self.store = LocalStore(vault, ledger, hlc)
        self.retry = retry or RetryPolicy()
        self.clock = ServerClock(hlc, credentials.int_meta(vault, credentials.CLOCK_OFFSET_MS))
        self.push_size = AdaptiveSize.start(
            BATCH_MUTATIONS, credentials.int_meta(vault, credentials.PUSH_BATCH)
        )
        self.pull_size = AdaptiveSize.start(
            PULL_PAGE, credentials.int_meta(vault, credentials.PULL_PAGE)
        )
        self._far_future_records = 0  # in the pages of the current sync
        self._progress: ProgressCallback = no_progress
        self._pages = 0

    def enroll(
        self,
        url: str,
        code: str,
        *,
        fingerprint: str | None = None,
        accept_fingerprint: Callable[[str], bool] | None = None,
    ) -> Enrollment:
        try:
            return enroll_device(
                self.store.writer,
                url,
                code,
                self.clock,
                self.retry,
                fingerprint=fingerprint,
                accept_fingerprint=accept_fingerprint,
            )
        except BadServerResponse as refused:
            log.warning("refused a sync server answer: %s", refused.reason)
            raise

    def sync_once(self, progress: ProgressCallback = no_progress) -> SyncReport:
        """Push, pull, countersignatures, a challan block if low, the consistency check;
        ``progress`` hears after each push batch and each pulled page."""
        report = SyncReport()
        self._progress = progress
        self._pages = 0
        self._far_future_records = 0
        insecure = None
        try:
            enrollment = credentials.load_enrollment(self.vault)
            insecure = insecure_host(enrollment.server_url)
            transport = Transport(
                enrollment.server_url, self.clock, cert_sha256=enrollment.cert_sha256
            )
            try:
                declare_officers_if_changed(self.vault, transport, enrollment, self.retry)
                self._push(transport, enrollment, report)
                self._pull(transport, enrollment, report)
                fetch_countersignatures(
                    self.vault, transport, enrollment, _server_key(enrollment), self.retry
                )
                self._lease_block_if_low(transport, enrollment)
                self._check_consistency(transport, enrollment, report)
            finally:
                transport.close()
            self.store.mark_synced(self.clock.offset_ms)
        except BadServerResponse as refused:
            log.warning("refused a sync server answer: %s", refused.reason)
            report.stop(refused.kind, str(refused))
        except SyncError as stopped:
            log.info("sync stopped: %s", stopped.__class__.__name__)
            report.stop(stopped.kind, str(stopped))
        except VaultError as failed:
            log.warning("sync stopped by the vault: %s", failed.__class__.__name__)
            kind = (
                SyncErrorKind.DISK_FULL if isinstance(failed, StorageFull) else SyncErrorKind.VAULT
            )
            report.stop(kind, f"{failed} The sync stopped; it resumes where it stopped next time.")
        with contextlib.suppress(VaultError):
            self.store.keep_batch_sizes(self.push_size.value, self.pull_size.value)
        if warning := self.clock.warning():
            log.warning("device clock is %d ms off the server's", self.clock.offset_ms)
            report.warnings.append(warning)
        if self._far_future_records:
            log.warning("pulled %d record(s) clocked far in the future", self._far_future_records)
            report.warnings.append(
                SyncWarning(SyncWarningKind.FAR_FUTURE_RECORDS, {"count": self._far_future_records})
            )
        if insecure:
            report.warnings.append(SyncWarning(SyncWarningKind.INSECURE_HTTP, {"host": insecure}))
        return report

    # ---- push ----------------------------------------------------------------------------

    def _push(self, transport: Transport, enrollment: Enrollment, report: SyncReport) -> None:
        failures = 0
        to_send = self.store.pending_count()
        if to_send:
            self._progress(SyncProgress(SyncPhase.SENDING, 0, to_send))
        while True:
            check_stop(self.retry)
            batch, invalid = self.store.next_batch(self.push_size.value, BATCH_BYTES)
            report.add_rejections(invalid.rejected)
            if not batch:
                if invalid.rejected:
                    continue
                return
            try:
                answer = transport.call(
                    "POST",
                    "/v1/push",
                    PushResponse,
                    PushRequest(mutations=batch),
                    signer=enrollment,
                    compress=True,
                )
            except ServerRefused as refused:
                if refused.code not in _SHRINK_CODES:
                    raise
                if len(batch) > 1:
                    self.push_size.shrink(len(batch))
                    continue
                tally = self.store.refuse_locally(batch[0], refused.code, refused.message)
                report.add_rejections(tally.rejected)
                continue
            except ServerUnreachable as failed:
                failures = self._after_failure(failed, failures, self.push_size, len(batch))
                continue
            failures = 0
            self.push_size.grow()
            tally = self.store.apply_push_results(batch, answer.results)
            report.pushed += tally.acknowledged
            report.add_rejections(tally.rejected)
            sent = report.pushed + report.rejected
            self._progress(SyncProgress(SyncPhase.SENDING, sent, max(to_send, sent)))
            if tally.acknowledged + len(tally.rejected) == 0:
                log.warning("the server acknowledged none of %d mutations", len(batch))
                return

    def _after_failure(
        self, failed: ServerUnreachable, failures: int, size: AdaptiveSize, tried: int
    ) -> int:
        """Count a failed try, shrink the batch when the link broke, wait; raise when out of
        tries. Returns the new count of failures in a row."""
        failures += 1
        if failures >= self.retry.attempts:
            raise failed
        if isinstance(failed, LinkFailed):
            size.shrink(tried)
            log.info("sync request failed on the link; batches of %d now", size.value)
        pause(self.retry, failures - 1)
        return failures

    # ---- pull ----------------------------------------------------------------------------

    def _pull(self, transport: Transport, enrollment: Enrollment, report: SyncReport) -> None:
        """Pages until the server has no more; the next page is fetched (and checked) on a
        thread of its own while this one applies the current page to the vault. Only this
        thread touches the vault, and each page still commits with its own cursor: a page
        fetched ahead is used only when the vault's cursor is the one it was asked from."""
        try:
            self._pull_pages(transport, enrollment, report)
        finally:
            # A bulk pull (from cursor 0) leaves the list indexes out until here, also when it
            # stopped early: the next sync pulls on from its cursor with them in place.
            try:
                self.store.build_deferred_indexes()
            except VaultError as failed:  # built at the next sync or unlock; reads stay whole
                log.warning("list indexes not built yet: %s", failed.__class__.__name__)

    def _pull_pages(self, transport: Transport, enrollment: Enrollment, report: SyncReport) -> None:
        failures = 0
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="sync-pull") as fetcher:
            ahead: _Fetch | None = None
            while True:
                check_stop(self.retry)
                cursor = self.store.cursor()
                if ahead is None or ahead.request.cursor != cursor:
                    request = self._pull_request(cursor, self.store.blocks_after(), roles=True)
                    ahead = _Fetch(
                        request, fetcher.submit(self._fetch, transport, enrollment, request)
                    )
                fetch, ahead = ahead, None
                try:
                    answer, page = fetch.pending.result()
                except ServerUnreachable as failed:
                    limit = fetch.request.limit
                    failures = self._after_failure(failed, failures, self.pull_size, limit)
                    continue
                failures = 0
                self.pull_size.grow()
                if page.has_more:
                    newest_block = max([b.block_id for b in page.blocks], default=0)
                    request = self._pull_request(
                        page.next_cursor, max(fetch.request.blocks_after, newest_block)
                    )
                    ahead = _Fetch(
                        request, fetcher.submit(self._fetch, transport, enrollment, request)
                    )
                try:
                    tally = self.store.apply_page(page)
                except StorageFull:
                    if len(page.records) <= 1:
                        raise
                    self.pull_size.shrink(len(page.records))  # the page rolled back with its cursor
                    log.info(
                        "a pulled page did not fit on the disk; pages of %d now",
                        self.pull_size.value,
                    )
                    continue
                if answer.device_keys is not None and answer.device_keys_digest is not None:
                    self.store.store_device_keys(answer.device_keys, answer.device_keys_digest)
                if answer.officer_roles is not None and answer.officer_roles_digest is not None:
                    store_officer_roles(
                        self.vault, answer.officer_roles, answer.officer_roles_digest
                    )
                self._far_future_records += page.far_future_records
                report.pulled += tally.pulled
                report.conflicts += tally.conflicts
                self._pages += 1
                self._progress(
                    SyncProgress(SyncPhase.RECEIVING, received=report.pulled, pages=self._pages)
                )
                if not page.has_more:
                    return

    def _pull_request(self, cursor: int, blocks_after: int, roles: bool = False) -> PullRequest:
        """``roles``: ask for the officers' roles if they changed (the first page of a pull
        only: the server reads them for each page that asks)."""
        return PullRequest(
            cursor=cursor,
            limit=self.pull_size.value,
            blocks_after=blocks_after,
            device_keys_digest=self.store.device_keys_digest(),
            compact_clocks=True,
            officer_roles_digest=held_digest(self.vault) if roles else None,
        )

    @staticmethod
    def _fetch(
        transport: Transport, enrollment: Enrollment, request: PullRequest
    ) -> tuple[PullResponse, CheckedPage]:
        """One page, asked for and checked (on the fetching thread: no vault here)."""
        answer = transport.call(
            "POST",
            "/v1/pull",
            PullResponse,
            request,
            signer=enrollment,
            signed_answer=SignedAnswer(_server_key(enrollment), request.cursor),
        )
        return answer, check_page(
            answer, enrollment.station_code, request.cursor, compact_clocks=request.compact_clocks
        )

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

    # ---- consistency check ---------------------------------------------------------------

    def _check_consistency(
        self, transport: Transport, enrollment: Enrollment, report: SyncReport
    ) -> None:
        """Compare what the device holds with what the server says it should hold.

        Only when the outbox is empty (pending local writes differ from the server on purpose)
        and something changed since the last check that matched, so an idle sync stays one
        request. The device's side costs the same however many records it holds (the running
        digest, `LocalStore.station_summary`). A mismatch first gets an ordinary pull (another
        device may have synced in between), then a recount of the digest from every row (it
        finds a running digest out of step), then a full pull from cursor 0, which rewrites
        every record from the server.
        """
        if self.store.pending_count() or (
            self.store.cursor() == self.store.verified_cursor() and not report.rejected
        ):
            return
        local, remote = self._compare(transport, enrollment)
        if local.matches(remote):
            self.store.mark_verified(self.store.cursor())
            return
        pulled_before = report.pulled
        self._pull(transport, enrollment, report)
        if report.pulled > pulled_before:
            local, remote = self._compare(transport, enrollment)
            if local.matches(remote):
                self.store.mark_verified(self.store.cursor())
                return
        # The running digest itself may be what is wrong: count every row once (linear, local)
        # before pulling every record again (linear, over the network).
        recounted = self.store.station_summary(recount=True)
        if recounted.matches(remote):
            log.warning("the device's stored digest was out of step with its records; recounted")
            self.store.mark_verified(self.store.cursor())
            return
        log.warning("the device's copy differs from the server's; pulling everything again")
        self.store.restart_pull()
        self._pull(transport, enrollment, report)
        repaired, remote = self._compare(transport, enrollment)
        if repaired.matches(remote):
            self.store.mark_verified(self.store.cursor())
            log.warning(
                "copy repaired: %s here, %s on the server",
                local.describe(),
                _describe(remote.counts),
            )
            report.warnings.append(_copy_warning(SyncWarningKind.COPY_REPAIRED, local, remote))
            return
        log.warning(
            "copy still differs: %s here, %s on the server",
            repaired.describe(),
            _describe(remote.counts),
        )
        report.warnings.append(_copy_warning(SyncWarningKind.COPY_DIFFERS, repaired, remote))

    def _compare(
        self, transport: Transport, enrollment: Enrollment
    ) -> tuple[StationSummary, StatusResponse]:
        signed = SignedAnswer(_server_key(enrollment))
        remote = with_retries(
            lambda: transport.call(
                "GET", "/v1/status", StatusResponse, signer=enrollment, signed_answer=signed
            ),
            self.retry,
        )
        if remote.station.code != enrollment.station_code:
            raise BadServerResponse("the status names another station")
        return self.store.station_summary(), remote


@dataclass(frozen=True)
class _Fetch:
    """A pull request on its way: the request, and its answer and checked page to come."""

    request: PullRequest
    pending: Future[tuple[PullResponse, CheckedPage]]


def _server_key(enrollment: Enrollment) -> Ed25519PublicKey:
    if enrollment.server_key is None:
        raise MissingServerKey
    return enrollment.server_key


def _copy_warning(
    kind: SyncWarningKind, local: StationSummary, remote: StatusResponse
) -> SyncWarning:
    return SyncWarning(
        kind, {"here": sum(local.counts.values()), "there": sum(remote.counts.values())}
    )


def _describe(counts: dict[str, int]) -> str:
    return ", ".join(f"{count} {kind}" for kind, count in sorted(counts.items())) or "no records"
