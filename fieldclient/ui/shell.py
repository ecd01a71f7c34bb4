"""Which window is up: the first-run wizard, the unlock screen or the main window.

The shell owns the sign-in cycle. Locking (on demand or after the idle time) closes the vault
session, so the data key leaves memory, and shows the unlock screen; switching officer does the
same without preselecting anyone. The app keeps running throughout. Each signed-in window gets
a `SyncController`, started after unlock and stopped on lock.

The language applies without a restart: Qt translates texts as widgets are built, so a change
installs the other translation and builds the open screen again (the main window on the same
page and session; open forms are closed, which keeps what was typed as a draft they offer next
time).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldclient.domain.scanner import FingerprintScanner
from fieldclient.services.device_clock import SessionNotice
from fieldclient.services.training import reset_practice_vault, training_dir
from fieldclient.settings import VaultSettings
from fieldclient.ui.errors import report_error
from fieldclient.ui.first_run_wizard import FirstRunWizard
from fieldclient.ui.idle_lock import IdleLock
from fieldclient.ui.language import install_translation
from fieldclient.ui.main_window import MainWindow, OpenWork
from fieldclient.ui.recovery_key_dialog import RecoveryKeyDialog
from fieldclient.ui.settings_model import (
    FONT_SIZE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    MAIN_WINDOW_GEOMETRY,
    RIGHT_TO_LEFT_LANGUAGES,
    Setting,
    Settings,
)
from fieldclient.ui.sync_controller import SyncController
from fieldclient.ui.tasks import SessionInfo, Tasks
from fieldclient.ui.unlock_screen import UnlockScreen
from fieldclient.ui.window_place import fit_to_screen, geometry_text, restore_geometry
from fieldclient.vault.vault import vault_exists

if TYPE_CHECKING:
    from sync.client.backoff import RetryPolicy

WINDOW_SIZE = (1100, 700)


class AppShell(QObject):
    def __init__(
        self,
        data_dir: Path,
        settings: Settings,
        tasks: Tasks,
        scanner: FingerprintScanner,
        parent: QObject | None = None,
        translations_dir: Path | None = None,
        *,
        training: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.training = training  # data_dir is the practice vault's folder
        self.translations_dir = translations_dir  # None: the app's own (resources/translations)
        self.translator: QTranslator | None = None
        self.settings = settings
        self.tasks = tasks
        self.scanner = scanner
        self.main_window: MainWindow | None = None
        self.notice_box: QMessageBox | None = None
        self.recovery_key_dialog: RecoveryKeyDialog | None = None
        self._open_work: tuple[str, OpenWork] | None = None  # (badge, work) kept over a lock
        self.unlock_screen: UnlockScreen | None = None
        self.wizard: FirstRunWizard | None = None
        self.sync: SyncController | None = None
        self.sync_retry: RetryPolicy | None = None  # the engine's retries; tests make them fast
        self.idle_lock = IdleLock(settings.get(IDLE_LOCK_MINUTES), self)
        self.idle_lock.timed_out.connect(self.lock)
        settings.changed.connect(self._setting_changed)
        self._apply_language()

    def start(self) -> None:
        if vault_exists(self.data_dir):
            self.show_unlock()
        else:
            self.show_wizard()

    # ---- windows -------------------------------------------------------------------------

    def show_wizard(self) -> FirstRunWizard:
        self.wizard = FirstRunWizard(
            self.data_dir, self.tasks, self.settings.get(LANGUAGE), training=self.training
        )
        self.wizard.language_chosen.connect(lambda code: self.settings.set(LANGUAGE, code))
        self.wizard.training_requested.connect(self.switch_to_training)
        self.wizard.vault_created.connect(self._signed_in)
        self.wizard.enroll_requested.connect(self.on_enroll_requested)
        fit_to_screen(self.wizard, 720, 480)
        self.wizard.show()
        return self.wizard

    def show_unlock(self, badge: str | None = None) -> UnlockScreen:
        self.unlock_screen = UnlockScreen(self.data_dir, self.tasks, badge, training=self.training)
        self.unlock_screen.unlocked.connect(self._signed_in)
        fit_to_screen(self.unlock_screen, 480, 360)
        self.unlock_screen.show()
        return self.unlock_screen

    def switch_to_training(self) -> None:
        """The first-run screen's "practise" choice: from now on this run uses the practice
        vault beside the data folder (made now, or unlocked if an earlier run made it)."""
        if self.training:
            return
        wizard, self.wizard = self.wizard, None
        self.data_dir = training_dir(self.data_dir)
        self.training = True
        self.start()
        if wizard is not None:
            wizard.close()

    def _signed_in(self, officer: SessionInfo) -> None:
        self._open_main_window(officer)
        work, self._open_work = self._open_work, None
        if work is not None and work[0] == officer.badge and self.main_window is not None:
            self.main_window.resume(work[1])
        for screen in (self.unlock_screen, self.wizard):
            if screen is not None:
                screen.close()
        self.unlock_screen = self.wizard = None
        self.idle_lock.start()
        self._show_notices(officer.notices)
        if officer.recovery_key is not None:
            self.recovery_key_dialog = RecoveryKeyDialog(
                officer.recovery_key, officer.station, self.main_window
            )
            self.recovery_key_dialog.open()
        self.tasks.run_db(
            lambda services: VaultSettings(services.session.vault).values(),
            lambda values: self.settings.attach_vault(values, self._store_in_vault),
        )

    def _open_main_window(self, officer: SessionInfo) -> MainWindow:
        self.main_window = MainWindow(self.tasks, self.settings, officer, self.scanner)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.switch_officer_requested.connect(self.switch_officer)
        self.main_window.reset_training_requested.connect(self.reset_training)
        if not restore_geometry(self.main_window, self.settings.get(MAIN_WINDOW_GEOMETRY)):
            fit_to_screen(self.main_window, *WINDOW_SIZE)
        self.main_window.show()
        self.sync = SyncController(self.tasks, self.settings, self.main_window, self.sync_retry)
        self.sync.start()
        return self.main_window

    def _show_notices(self, notices: tuple[SessionNotice, ...]) -> None:
        """What the unlock repaired: a line in the status bar and a box the officer closes."""
        texts = {
            SessionNotice.CLOCK_REPAIRED: self.tr(
                "This device's stored clock was unusable (far in the future) and was reset to "
                "the current time; the repair is in the audit log."
            ),
            SessionNotice.PUBLIC_KEYS_CHANGED: self.tr(
                "The copy of the document keys kept outside the vault (for verifying without "
                "login) had been changed outside this application; it was rewritten from the "
                "vault. Documents verified without login since then may have been judged with "
                "wrong keys. This is in the audit log."
            ),
        }
        if not notices or self.main_window is None:
            return
        text = " ".join(texts[notice] for notice in notices)
        self.main_window.status_bar.set_message(text, error=True)
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Unlock"),
            text,
            QMessageBox.StandardButton.Ok,
            self.main_window,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.notice_box = box

    def _store_in_vault(self, setting: Setting, value: object) -> None:
        self.tasks.run_db(
            lambda services: VaultSettings(services.session.vault).set(setting, value)
        )

    def shutdown(self) -> None:
        """At quit: no more sync or idle-lock timers, then close the vault and stop the threads."""
        if self.main_window is not None:
            self.settings.set(MAIN_WINDOW_GEOMETRY, geometry_text(self.main_window))
        self.idle_lock.stop()
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        self.tasks.shutdown()
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

    # ---- locking -------------------------------------------------------------------------

    def lock(self) -> None:
        badge = self.main_window.officer.badge if self.main_window else None
        self._sign_out(badge)

    def switch_officer(self) -> None:
        self._sign_out(None)

    def reset_training(self, password: str) -> None:
        """ "Reset training data": sign out, make the practice vault again, sign back in. A
        wrong password deletes nothing and leaves the unlock screen up with the error."""
        if self.main_window is None or not self.training:
            return
        badge = self.main_window.officer.badge
        self._sign_out(badge)
        data_dir = self.data_dir
        self.tasks.open_session(
            lambda: reset_practice_vault(data_dir, badge, password),
            self._signed_in,
            lambda problem: report_error(self.unlock_screen, problem),
        )

    def _sign_out(self, badge: str | None) -> None:
        if self.main_window is None:
            return
        self.idle_lock.stop()
        self._stop_sync()
        self.show_unlock(badge)  # first, so closing the main window does not quit the app
        window, self.main_window = self.main_window, None
        self.settings.set(MAIN_WINDOW_GEOMETRY, geometry_text(window))
        self._open_work = (window.officer.badge, window.open_work())
        _close_with_its_windows(window)
        self.settings.detach_vault()
        self.tasks.close_session()

    # ---- hooks and settings --------------------------------------------------------------

    def on_enroll_requested(self, server_url: str, one_time_code: str) -> None:
        """The wizard's enrollment: kept in the vault, then tried at once on a worker."""
        if self.sync is not None:
            self.sync.request_enrollment(server_url, one_time_code)

    def _setting_changed(self, name: str, value: object) -> None:
        if name == IDLE_LOCK_MINUTES.name:
            self.idle_lock.set_minutes(float(value))
        elif name == LANGUAGE.name:
            self._apply_language()
            QTimer.singleShot(0, self._rebuild_screens)  # after the settings dialog has closed
        elif name == FONT_SIZE.name:
            apply_display_settings(self.settings)

    def _stop_sync(self) -> None:
        if self.sync is not None:
            self.sync.stop()
            self.sync = None

    def _apply_language(self) -> None:
        """The chosen language's translation (none for English) and its layout direction."""
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
        self.translator = install_translation(self.settings.get(LANGUAGE), self.translations_dir)
        apply_display_settings(self.settings)

    def _rebuild_screens(self) -> None:
        """The open screen built again in the language now installed."""
        if self.main_window is not None:
            old = self.main_window
            self._stop_sync()
            page = old.navigation.currentRow()
            self.settings.set(MAIN_WINDOW_GEOMETRY, geometry_text(old))
            self._open_main_window(old.officer).navigation.setCurrentRow(page)
            _close_with_its_windows(old)
        elif self.unlock_screen is not None:
            old_unlock = self.unlock_screen
            self.show_unlock(old_unlock.officer.currentData())
            old_unlock.close()
        elif self.wizard is not None:  # the language is chosen on its first page
            old_wizard = self.wizard
            self.show_wizard()
            old_wizard.close()


def _close_with_its_windows(window: QWidget) -> None:
    """Close `window` and the windows it opened; open forms save their drafts as they close, so
    the session must still be open."""
    for child in window.findChildren(QWidget):
        if child.isWindow() and child.isVisible():
            child.close()
    window.close()


def apply_display_settings(settings: Settings) -> None:
    """Layout direction (right to left for Urdu) and font size for every window."""
    app = QApplication.instance()
    right_to_left = settings.get(LANGUAGE) in RIGHT_TO_LEFT_LANGUAGES
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight
    )
    font = app.font()
    font.setPointSize(settings.get(FONT_SIZE))
    app.setFont(font)
