"""Background work in one shape, after Anki's `taskman`.

Every vault access runs on ONE worker thread, so the SQLCipher connection is only ever used from
that thread (it is even opened there: unlocking runs Argon2id, which must not freeze the window).
Network work runs on a QThreadPool. Results come back to the GUI thread through a queued signal,
and a failure without its own handler goes to the app's error reporter.

    tasks.run_db(lambda services: services.records.count(query), on_success=label.set_count)
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal, Slot

from fieldclient.domain.hlc import HybridLogicalClock
from fieldclient.domain.pakistan_time import pakistan_now
from fieldclient.services.device_clock import SessionNotice
from fieldclient.services.session import Session
from fieldclient.services.station import StationServices
from fieldclient.ui import gui_thread_gc
from fieldclient.ui.errors import report_error
from fieldclient.vault.errors import VaultError

log = logging.getLogger(__name__)

T = TypeVar("T")
SuccessCallback = Callable[[Any], object] | None  # what it returns is ignored
FailureCallback = Callable[[Exception], None] | None


class SessionClosed(VaultError):
    """A vault job arrived while nobody is signed in (after a lock)."""


@dataclass(frozen=True)
class SessionInfo:
    """What the GUI shows about the signed-in officer, read on the DB thread once."""

    badge: str
    name: str
    station: str
    notices: tuple[SessionNotice, ...] = ()  # what the unlock repaired, shown once
    training: bool = False  # a practice vault (training mode)
    recovery_key: str | None = None  # a new vault's station recovery key, shown once


@dataclass(frozen=True)
class _Delivery:
    """A finished job on its way to the GUI thread, with what its worker referenced."""

    callback: Callable[[], None]
    released: threading.Event  # set once the worker holds no reference to the job
    work: object  # kept alive here, so the GUI thread is the one that drops it


class Tasks(QObject):
    """One DB thread for the vault, a pool for the network, callbacks on the GUI thread."""

    _finished = Signal(object)
    idle = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        report_failure: Callable[[Exception], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self._report_failure = report_failure or (lambda failure: report_error(None, failure))
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vault")
        self._network = QThreadPool(self)
        self._services: StationServices | None = None  # touched on the DB thread only
        self._clock: HybridLogicalClock | None = None  # the session's; thread-safe
        self._epoch = itertools.count()
        self._current_epoch = next(self._epoch)
        self.in_flight = 0
        self._shut_down = False
        self._unreleased: list[_Delivery] = []  # delivered jobs a worker may still reference
        self._sweeper = QTimer(self)
        self._sweeper.setInterval(50)
        self._sweeper.timeout.connect(self._sweep)
        self._finished.connect(self._deliver)
        gui_thread_gc.acquire()

    # ---- the API -------------------------------------------------------------------------

    def run_db(
        self,
        fn: Callable[[StationServices], T],
        on_success: Callable[[T], object] | None = None,
        on_failure: FailureCallback = None,
    ) -> None:
        """Run `fn(services)` on the DB thread; callbacks run on the GUI thread."""
        self._submit_db(lambda: fn(self._require_services()), on_success, on_failure)

    def run_network(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureCallback = None,
    ) -> None:
        """Run `fn()` on the network pool; it must not touch the vault (use run_db for that)."""
        if self._shut_down:
            return  # after quit: a late timer's request has nobody to answer
        job = self._job(fn, on_success, on_failure)
        self._network.start(job)

    def open_session(
        self,
        opener: Callable[[], Session],
        on_success: Callable[[SessionInfo], None] | None = None,
        on_failure: FailureCallback = None,
    ) -> None:
        """Unlock or create the vault on the DB thread; later run_db calls use this session."""

        def open_on_db_thread() -> SessionInfo:
            self._close_services()
            session = opener()
            self._services = StationServices.for_session(session)
            self._clock = session.clock
            return SessionInfo(
                session.officer_badge,
                session.officer_name,
                session.station,
                tuple(session.notices),
                session.training,
                session.recovery_key,
            )

        self._current_epoch = next(self._epoch)
        self._submit_db(open_on_db_thread, on_success, on_failure)

    def now(self) -> datetime:
        """Pakistan time by the signed-in device's clock, corrected by the server's (what the
        services stamp records with); the PC's clock before anyone signs in."""
        clock = self._clock
        return pakistan_now(clock.physical_ms() if clock is not None else None)

    def close_session(self, on_closed: Callable[[None], None] | None = None) -> None:
        """Lock: close the vault (its key goes with it). Callbacks of earlier jobs are dropped."""
        self._current_epoch = next(self._epoch)
        self._submit_db(self._close_services, on_closed, None)

    def shutdown(self) -> None:
        """Close the vault and stop the threads (at quit); waits for running work."""
        if self._shut_down:
            return
        self._shut_down = True
        self._db.submit(self._close_services).result()
        self._db.shutdown(wait=True)
        self._network.waitForDone()
        gui_thread_gc.release()

    # ---- the machinery -------------------------------------------------------------------

    def _require_services(self) -> StationServices:
        if self._services is None:
            raise SessionClosed("The vault is locked. Unlock it and try again.")
        return self._services

    def _close_services(self) -> None:
        if self._services is not None:
            services, self._services = self._services, None
            services.close()

    def _submit_db(
        self, fn: Callable[[], T], on_success: SuccessCallback, on_failure: FailureCallback
    ) -> None:
        if self._shut_down:
            return  # quitting: the vault is closed and nobody waits for the answer
        self._db.submit(self._job(fn, on_success, on_failure))

    def _job(
        self, fn: Callable[[], T], on_success: SuccessCallback, on_failure: FailureCallback
    ) -> Callable[[], None]:
        epoch = self._current_epoch
        self.in_flight += 1
        parts: list[Any] = [fn, on_success, on_failure]  # taken (and cleared) by the worker

        def job() -> None:
            released = threading.Event()
            self._run_and_deliver(parts, epoch, released)
            released.set()  # this thread holds nothing of the job any more

        return job

    def _run_and_deliver(self, parts: list[Any], epoch: int, released: threading.Event) -> None:
        """Run the job's work and hand everything it referenced to the GUI thread.

        The work and its callbacks often hold widgets (bound methods, lambdas over `self`). Had
        this thread dropped the last reference, the widget would be deleted off the GUI thread,
        which crashes Qt; so the GUI thread keeps them until ``released`` says this thread
        (whose frame still held them) has let go.
        """
        work, on_success, on_failure = parts
        parts.clear()
        try:
            result = work()
        except Exception as failure:  # every failure is delivered, never lost in a thread
            delivery = _Delivery(partial(self._fail, epoch, failure, on_failure), released, work)
        else:
            delivery = _Delivery(partial(self._succeed, epoch, result, on_success), released, work)
        self._deliver_later(delivery)

    def _deliver_later(self, delivery: _Delivery) -> None:
        """Hand a result to the GUI thread, unless the app already deleted this object."""
        try:
            self._finished.emit(delivery)
        except RuntimeError:  # "Signal source has been deleted": quitting, nobody waits
            log.debug("a background result arrived after the window closed; dropped")

    @Slot(object)
    def _deliver(self, delivery: _Delivery) -> None:
        self.in_flight -= 1
        self._keep_until_released(delivery)
        try:
            delivery.callback()
        finally:
            if self.in_flight == 0:
                self.idle.emit()

    def _keep_until_released(self, delivery: _Delivery) -> None:
        """Hold a delivered job until its worker has let go of it (see _run_and_deliver)."""
        self._unreleased = [kept for kept in self._unreleased if not kept.released.is_set()]
        self._unreleased.append(delivery)
        if not self._sweeper.isActive():
            self._sweeper.start()

    def _sweep(self) -> None:
        self._unreleased = [kept for kept in self._unreleased if not kept.released.is_set()]
        if not self._unreleased:
            self._sweeper.stop()

    def _succeed(self, epoch: int, result: Any, on_success: SuccessCallback) -> None:
        if on_success is not None and self._still_wanted(epoch, on_success):
            on_success(result)

    def _fail(self, epoch: int, failure: Exception, on_failure: FailureCallback) -> None:
        if on_failure is not None:
            if self._still_wanted(epoch, on_failure):
                on_failure(failure)
        elif not (isinstance(failure, SessionClosed) and epoch != self._current_epoch):
            self._report_failure(failure)

    def _still_wanted(self, epoch: int, callback: Callable[..., object]) -> bool:
        """False after a lock or when the widget that asked has been deleted."""
        if epoch != self._current_epoch:
            return False
        owner = getattr(callback, "__self__", None)
        return not isinstance(owner, QObject) or shiboken6.isValid(owner)
