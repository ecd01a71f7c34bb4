"""Sync in the background: on a timer, when the network returns, and when the officer asks.

`SyncService.sync_once()` runs on the network pool (`Tasks.run_network`), never on the GUI thread
and never on the DB thread: the service opens its own vault connection. Only one sync runs at a
time; a request during a sync runs one more right after it, so a "Sync now" is never lost.

After an attempt that could not reach the server the controller retries with backoff (a short
first wait, doubling, capped) and also when Qt reports the network back (`QNetworkInformation`,
where a backend loads). A revoked device or a required update stops every automatic try until the
officer acts (Sync now, or a new enrollment). The shell starts the controller after unlock and
stops it on lock, when the session closes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, cast
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtNetwork import QNetworkInformation
from PySide6.QtWidgets import QMessageBox

from fieldclient.services.station import StationServices
from fieldclient.services.sync import SyncReport, SyncService, SyncStatus
from fieldclient.ui.enroll_dialog import EnrollDialog
from fieldclient.ui.enroll_words import (
    enroll_failure_field,
    enroll_failure_words,
    is_retryable_later,
)
from fieldclient.ui.enrollment import (
    clear_pending_enrollment,
    pending_enrollment,
    remember_enrollment,
)
from fieldclient.ui.error_words import officer_message, refusal_words
from fieldclient.ui.errors import report_error
from fieldclient.ui.settings_model import SERVER_URL, SYNC_INTERVAL_MINUTES, Settings
from fieldclient.ui.sync_outcome import SyncOutcome, SyncOutcomeKind, classify, warning_words
from fieldclient.ui.tasks import Tasks
from fieldclient.vault.errors import VaultError
from sync.client.errors import FingerprintNotAccepted, SyncError
from sync.client.pinning import fetch_fingerprint
from sync.client.progress import SyncProgress

if TYPE_CHECKING:
    from fieldclient.ui.main_window import MainWindow
    from sync.client.backoff import RetryPolicy
    from sync.client.credentials import Enrollment

RETRY_FIRST_SECONDS = 15.0
RETRY_CAP_SECONDS = 300.0
MIN_INTERVAL_MINUTES = 0.05
REFUSALS_SHOWN = 3  # refused changes the status bar names (code and reason)

_network_information_tried = False


def network_information() -> QNetworkInformation | None:
    """Qt's reachability source, loaded once; None where no backend loads (offscreen tests)."""
    global _network_information_tried
    if not _network_information_tried:
        _network_information_tried = True
        QNetworkInformation.loadDefaultBackend()
    return QNetworkInformation.instance()


class SyncController(QObject):
    """Owns the sync timer of one signed-in window and keeps its status bar true."""

    attempt_finished = Signal(object)  # SyncOutcome, after every sync attempt
    # SyncProgress, emitted on the sync's worker thread: Qt queues it to the window's thread
    progress_changed = Signal(object)
    enrollment_finished = Signal(bool, str)  # succeeded, the sentence shown

    def __init__(
        self,
        tasks: Tasks,
        settings: Settings,
        window: MainWindow,
        retry: RetryPolicy | None = None,
    ) -> None:
        super().__init__(window)
        self.tasks = tasks
        self.settings = settings
        self.window = window
        self.status_bar = window.status_bar
        self.retry = retry
        self.service: SyncService | None = None
        self.enrolled = False
        self.running = False
        self.offline = True  # until an attempt reaches the server
        self.halted = False  # revoked or update required: no automatic tries
        self.last_note: QMessageBox | None = None
        self.last_question: QMessageBox | None = None  # the certificate question, for tests
        self.enroll_dialog: EnrollDialog | None = None
        self._enroll_url = self._enroll_code = ""  # the enrollment running, for a retry
        self._again = False
        self._failures_in_a_row = 0
        self._status_asked = self._status_shown = 0
        self.interval_timer = QTimer(self)
        self.interval_timer.timeout.connect(self.sync_now)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.sync_now)
        self._apply_interval(settings.get(SYNC_INTERVAL_MINUTES))
        settings.changed.connect(self._setting_changed)
        self.status_bar.sync_requested.connect(self.officer_sync)
        self.progress_changed.connect(self._show_progress)
        window.enroll_action.triggered.connect(self.open_enroll_dialog)

    # ---- lifecycle -----------------------------------------------------------------------

    def start(self) -> None:
        """After unlock: make the service on the DB thread, take up a pending enrollment."""
        information = network_information()
        if information is not None:
            information.reachabilityChanged.connect(self._reachability_changed)
        self.tasks.run_db(self._open_service, self._service_ready)

    def stop(self) -> None:
        """On lock: no more tries; a running sync stops at its next step."""
        self.interval_timer.stop()
        self.retry_timer.stop()
        if self.service is not None:
            self.service.cancel()
        self.service = None
        self.running = False

    def _open_service(self, services: StationServices) -> tuple[SyncService, dict | None]:
        return SyncService(services.session, retry=self.retry), pending_enrollment(services)

    def _service_ready(self, ready: tuple[SyncService, dict | None]) -> None:
        self.service, pending = ready
        if pending and pending.get("server_url") and pending.get("code"):
            self.enroll(pending["server_url"], pending["code"], pending.get("fingerprint", ""))
        else:
            self.refresh_status(sync_after=True)

    # ---- syncing -------------------------------------------------------------------------

    def officer_sync(self) -> None:
        """Sync now, clicked: also lifts a stop after a revocation or an update notice."""
        self.halted = False
        self.sync_now()

    def sync_now(self) -> None:
        if self.service is None or not self.enrolled or self.halted:
            return
        if self.running:
            self._again = True
            return
        self.running = True
        self._again = False
        self.retry_timer.stop()
        self.status_bar.set_syncing(True)
        service = self.service
        self.tasks.run_network(
            lambda: service.sync_once(self.progress_changed.emit),
            self._sync_finished,
            self._sync_failed,
        )

    def _show_progress(self, progress: SyncProgress) -> None:
        if self.running:  # a late report after the sync ended (or a lock) is dropped
            self.status_bar.set_progress(progress)

    def _sync_finished(self, report: SyncReport) -> None:
        self.running = False
        self.status_bar.set_syncing(False)
        outcome = classify(report)
        self.offline = not outcome.reached_server
        self.status_bar.set_online(outcome.reached_server)
        self._show_outcome(outcome, report)
        if report.pulled or report.conflicts:
            self.window.refresh_all()  # official FIR numbers, pulled records, new conflicts
        self.refresh_status()
        self._schedule_after(outcome)
        self.attempt_finished.emit(outcome)
        if self._again:
            self.sync_now()

    def _sync_failed(self, problem: Exception) -> None:
        """A sync that raised instead of reporting: a vault problem, or a bug (logged)."""
        self.running = False
        self.status_bar.set_syncing(False)
        if isinstance(problem, VaultError | SyncError):
            self.status_bar.set_message(officer_message(problem), error=True)
        else:
            self.status_bar.set_message(
                self.tr("The sync stopped because of a fault in the program; it was logged."),
                error=True,
            )
            report_error(self.window, problem)
        self._schedule_after(SyncOutcome(SyncOutcomeKind.REFUSED, None))

    def _show_outcome(self, outcome: SyncOutcome, report: SyncReport) -> None:
        if outcome.kind is SyncOutcomeKind.SYNCED:
            parts = [
                self.tr("Synced: {sent} sent, {received} received.").format(
                    sent=report.pushed, received=report.pulled
                )
            ]
            if report.conflicts:
                parts.append(
                    self.tr("{count} conflict(s) to review.").format(count=report.conflicts)
                )
            if report.rejected:
                parts.append(
                    self.tr("{count} change(s) refused by the server: {refusals}").format(
                        count=report.rejected, refusals=_refusals(report)
                    )
                )
                parts.append(
                    self.tr(
                        "Open a refused record (the refused button lists them) to correct it or "
                        "send it again."
                    )
                )
            parts += map(warning_words, report.warnings)
            problem = bool(report.rejected or report.warnings)
            self.status_bar.set_message(" ".join(parts), error=problem)
            return
        message = outcome.words
        if outcome.kind is SyncOutcomeKind.OFFLINE:
            message = self.tr("Offline: {reason}").format(reason=message)
        self.status_bar.set_message(
            " ".join([message, *map(warning_words, report.warnings)]),
            error=True,
            detail=outcome.message,
        )
        if outcome.kind is SyncOutcomeKind.STOPPED:
            self._note(
                self.tr("Sync stopped: {reason}").format(reason=outcome.words),
                QMessageBox.Icon.Warning,
            )

    def _schedule_after(self, outcome: SyncOutcome) -> None:
        if outcome.kind is SyncOutcomeKind.STOPPED:
            self.halted = True
            self.interval_timer.stop()
            self.retry_timer.stop()
            return
        if outcome.kind is SyncOutcomeKind.OFFLINE:
            self._failures_in_a_row += 1
            self.retry_timer.start(round(self.retry_delay_seconds() * 1000))
        else:
            self._failures_in_a_row = 0
        if not self.interval_timer.isActive():
            self.interval_timer.start()

    def retry_delay_seconds(self) -> float:
        """15 s after the first failure, doubling, never more than the cap or the interval."""
        cap = min(RETRY_CAP_SECONDS, self.interval_timer.interval() / 1000)
        return min(cap, RETRY_FIRST_SECONDS * 2 ** max(0, self._failures_in_a_row - 1))

    def _reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        if reachability == QNetworkInformation.Reachability.Online and self.offline:
            self.sync_now()

    # ---- status --------------------------------------------------------------------------

    def refresh_status(self, *, sync_after: bool = False) -> None:
        """Read the sync state on the pool; answers that arrive out of order are dropped."""
        service = self.service
        if service is None:
            return
        self._status_asked += 1
        asked = self._status_asked
        self.tasks.run_network(
            lambda: (asked, service.status()),
            self._status_then_sync if sync_after else self._show_status,
        )

    def _status_then_sync(self, answer: tuple[int, SyncStatus]) -> None:
        self._show_status(answer)
        self.sync_now()

    def _show_status(self, answer: tuple[int, SyncStatus]) -> None:
        asked, status = answer
        if asked < self._status_shown:
            return
        self._status_shown = asked
        self.enrolled = status.enrolled
        self.window.enroll_action.setEnabled(not status.enrolled)
        self.window.refresh_pending()  # on the DB thread, in order with the officer's writes
        if not status.enrolled:
            self.status_bar.set_not_enrolled()
            if not self.status_bar.message_label.text():  # an enrollment's answer stays shown
                self.status_bar.set_message(
                    self.tr("Working offline. To sync, use File ▸ Enroll this device…")
                )
            return
        self.status_bar.set_online(not self.offline)
        last = datetime.fromisoformat(status.last_sync) if status.last_sync else None
        self.status_bar.set_last_sync(last)
        if not self.halted and not self.interval_timer.isActive():
            self.interval_timer.start()

    # ---- enrollment ----------------------------------------------------------------------

    def open_enroll_dialog(self) -> EnrollDialog:
        """The enroll dialog (one per window, opened again as it was left); it stays open until
        the device is enrolled or the officer cancels."""
        dialog = self.enroll_dialog
        if dialog is None:
            dialog = EnrollDialog(self.settings.get(SERVER_URL), self.window)
            dialog.enroll_requested.connect(self.request_enrollment)
            self.enroll_dialog = dialog
        if not dialog.isVisible():
            dialog.open()
        dialog.raise_()
        return dialog

    def request_enrollment(self, server_url: str, code: str, fingerprint: str = "") -> None:
        """Keep the request in the vault (it survives a failure), then enroll on a worker."""
        self.settings.set(SERVER_URL, server_url)
        self.tasks.run_db(
            lambda services: remember_enrollment(services, server_url, code, fingerprint),
            lambda _stored: self.enroll(server_url, code, fingerprint),
        )

    def enroll(self, server_url: str, code: str, fingerprint: str = "") -> None:
        """Enroll on a worker; an https server without a fingerprint from the administrator
        first shows its certificate's fingerprint and asks the officer before pinning it."""
        service = self.service
        if service is None:
            return
        self._enroll_url, self._enroll_code = server_url, code
        if not fingerprint and urlsplit(server_url).scheme == "https":
            self.status_bar.set_message(
                self.tr("Reading the certificate of {server}…").format(server=server_url)
            )
            self.tasks.run_network(
                lambda: fetch_fingerprint(server_url),
                lambda presented: self._ask_to_pin(server_url, code, presented),
                self._enrollment_failed,
            )
            return
        self.status_bar.set_message(
            self.tr("Enrolling this device at {server}…").format(server=server_url)
        )
        self.tasks.run_network(
            lambda: service.enroll(server_url, code, fingerprint=fingerprint or None),
            self._enrolled,
            self._enrollment_failed,
        )

    def _ask_to_pin(self, server_url: str, code: str, presented: str) -> None:
        grouped = ":".join(presented[i : i + 2] for i in range(0, len(presented), 2)).upper()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Server certificate"),
            self.tr(
                "The server at {server} presents a certificate with the SHA-256 fingerprint\n\n"
                "{fingerprint}\n\nCompare it with the fingerprint from your administrator. "
                "Pin this certificate and enroll?"
            ).format(server=server_url, fingerprint=grouped),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self.window,
        )
        box.setObjectName("pinCertificateQuestion")
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered() -> None:
            if box.standardButton(box.clickedButton()) == QMessageBox.StandardButton.Yes:
                self.enroll(server_url, code, presented)
            else:
                self._enrollment_failed(FingerprintNotAccepted(presented))

        box.finished.connect(answered)
        box.open()
        self.last_question = box

    def _enrolled(self, enrollment: Enrollment) -> None:
        self.tasks.run_db(clear_pending_enrollment)
        self.settings.set(SERVER_URL, enrollment.server_url)
        self.halted = self.offline = False
        text = self.tr("This device is enrolled at station {station} ({name}).").format(
            station=enrollment.station_code, name=enrollment.station_name
        )
        if self.enroll_dialog is not None and self.enroll_dialog.isVisible():
            self.enroll_dialog.enrolled()
        self.status_bar.set_message(text)
        self._note(text, QMessageBox.Icon.Information)
        self.enrollment_finished.emit(True, text)
        self.refresh_status(sync_after=True)

    def _enrollment_failed(self, problem: Exception) -> None:
        """Say what is wrong in the officer's words (never the exception's text). A request
        the server could not receive stays kept for the next unlock; any other failure is
        shown in the enroll dialog (opened if need be) for the officer to correct and retry."""
        if not isinstance(problem, SyncError | VaultError):
            report_error(self.window, problem)
            return
        words = enroll_failure_words(problem)
        text = self.tr("Enrollment failed: {reason}").format(reason=words)
        self.status_bar.set_message(text, error=True)
        dialog_open = self.enroll_dialog is not None and self.enroll_dialog.isVisible()
        if is_retryable_later(problem) and not dialog_open:
            self._note(text, QMessageBox.Icon.Warning)
        else:
            if not is_retryable_later(problem):
                self.tasks.run_db(clear_pending_enrollment)  # the same request cannot succeed
            dialog = self.open_enroll_dialog()
            if not dialog_open:  # the wizard's or a pending request: shown for correcting
                dialog.server_url.setText(self._enroll_url)
                dialog.code.setText(self._enroll_code)
            dialog.failed(words, enroll_failure_field(problem))
        self.enrollment_finished.emit(False, text)

    # ---- helpers -------------------------------------------------------------------------

    def _note(self, text: str, icon: QMessageBox.Icon) -> None:
        box = QMessageBox(icon, self.tr("Sync"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.last_note = box

    def _apply_interval(self, minutes: float) -> None:
        self.interval_timer.setInterval(round(max(MIN_INTERVAL_MINUTES, minutes) * 60_000))

    def _setting_changed(self, name: str, value: object) -> None:
        if name == SYNC_INTERVAL_MINUTES.name:
            self._apply_interval(cast(float, value))  # the setting is declared a float


def _refusals(report: SyncReport) -> str:
    """Why each refused change was refused (the server's code and reason in English, the code in
    words in Urdu); the first few."""
    shown = [refusal_words(rejection.refusal) for rejection in report.rejections[:REFUSALS_SHOWN]]
    return "; ".join(shown) + ("; …" if len(report.rejections) > REFUSALS_SHOWN else "")
