"""The main window: a list page per record kind (every registered kind with `list_page`, in
registration order), the attendance page, the conflicts inbox and the reports sent up.

Forms come from the forms package (`open_form`); a kind without a form is listed without a New
button. Locking and switching officer are the shell's business: the window only asks for them
through signals.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain.records import KINDS
from fieldclient.domain.scanner import FingerprintScanner
from fieldclient.services.station import StationServices
from fieldclient.settings import OVERDUE_DAYS
from fieldclient.ui.attendance_page import AttendancePage
from fieldclient.ui.conflicts_page import ConflictsPage
from fieldclient.ui.documents.verify_screen import VerifyDocumentDialog
from fieldclient.ui.forms import form_for, open_form
from fieldclient.ui.forms.record_form import RecordForm
from fieldclient.ui.home_page import HomePage
from fieldclient.ui.kind_words import kind_plural
from fieldclient.ui.officers_dialog import OfficersDialog
from fieldclient.ui.person_dialog import PersonDialog
from fieldclient.ui.record_list_page import RecordListPage
from fieldclient.ui.refusals_dialog import RefusalsDialog
from fieldclient.ui.reports.reports_page import ReportsPage
from fieldclient.ui.review_page import ReviewPage
from fieldclient.ui.settings_dialog import SettingsDialog
from fieldclient.ui.settings_model import Settings
from fieldclient.ui.status_bar import SyncStatusBar
from fieldclient.ui.tasks import SessionInfo, Tasks
from fieldclient.ui.training.exercises_dialog import ExercisesDialog
from fieldclient.ui.training.results_dialog import ResultsDialog
from fieldclient.version import app_version


@dataclass(frozen=True)
class OpenWork:
    """What the officer had open at a lock: the page, and the forms (kind, record id or None)."""

    page: int
    forms: tuple[tuple[str, str | None], ...]


class MainWindow(QMainWindow):
    lock_requested = Signal()
    switch_officer_requested = Signal()
    reset_training_requested = Signal(str)  # the officer's password, checked by the reset

    def __init__(
        self,
        tasks: Tasks,
        settings: Settings,
        officer: SessionInfo,
        scanner: FingerprintScanner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.settings = settings
        self.officer = officer
        self.setObjectName("mainWindow")
        title = self.tr("Field client — {station} — {name} ({badge})").format(
            station=officer.station, name=officer.name, badge=officer.badge
        )
        self.setWindowTitle(
            self.tr("TRAINING — {title}").format(title=title) if officer.training else title
        )
        self.lists = {
            kind.name: RecordListPage(
                tasks, kind.name, can_create=form_for(kind.name) is not None, parent=self
            )
            for kind in KINDS.values()
            if kind.list_page
        }
        for page in self.lists.values():
            page.model.overdue_days = settings.get(OVERDUE_DAYS)
        self.home = HomePage(tasks, self)
        self.home.overdue_days = settings.get(OVERDUE_DAYS)
        self.attendance = AttendancePage(tasks, scanner, self)
        self.conflicts = ConflictsPage(tasks, self)
        self.review = ReviewPage(tasks, self)
        self.reports = ReportsPage(tasks, self)
        self.navigation = QListWidget(self)
        self.pages = QStackedWidget(self)
        self._add_pages()
        self.status_bar = SyncStatusBar(self)
        self.status_bar.refusals_requested.connect(self.show_refusals)
        self.setStatusBar(self.status_bar)
        self.home.sync_requested.connect(self.status_bar.sync_requested)
        self._build_menus()
        self.refresh_pending()
        self.conflicts.refresh()
        self.review.refresh()
        self.home.refresh()

    # ---- building ------------------------------------------------------------------------

    def _add_pages(self) -> None:
        self._add_page(self.tr("Today"), self.home)
        self.home.form_requested.connect(self.open_draft)
        self.home.list_requested.connect(self.show_filtered)
        self.home.page_requested.connect(self.show_page)
        for kind, page in self.lists.items():
            self._add_page(kind_plural(kind), page)
            page.new_requested.connect(self.open_form)
            page.open_requested.connect(self.open_form)
        self.attendance.events.open_requested.connect(self.open_form)
        self._add_page(self.tr("Attendance"), self.attendance)
        self._add_page(self.tr("Conflicts"), self.conflicts)
        self._add_page(self.tr("Review"), self.review)
        self.review.open_requested.connect(self.open_form)
        self.review.count_changed.connect(self._show_review_count)
        self.review.decided.connect(lambda _record_id: self.refresh_all())
        self._add_page(self.tr("Reports"), self.reports)
        self.conflicts.count_changed.connect(self._show_conflict_count)
        self.conflicts.resolved.connect(lambda _record_id: self.refresh_all())
        self.navigation.setMaximumWidth(150)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        if self.officer.training:
            outer.addWidget(self._training_banner())
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, stretch=1)
        outer.addLayout(layout, stretch=1)
        self.setCentralWidget(central)

    def _training_banner(self) -> QLabel:
        """Always on screen in training mode: the practice vault is never taken for the real one."""
        banner = QLabel(
            self.tr("TRAINING — practice records only: nothing here is real or sent to a server"),
            self,
        )
        banner.setObjectName("trainingBanner")
        banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        banner.setStyleSheet(
            "background: #b00020; color: white; font-weight: bold; font-size: 13pt; padding: 6px"
        )
        return banner

    def _add_page(self, title: str, page: QWidget) -> None:
        self.navigation.addItem(title)
        self.pages.addWidget(page)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New record"), QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_record)
        self.search_action = self._action(self.tr("&Search"), QKeySequence.StandardKey.Find)
        self.search_action.triggered.connect(self.focus_search)
        self.lock_action = self._action(self.tr("&Lock"), QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        switch_action = self._action(self.tr("S&witch officer"))
        switch_action.triggered.connect(self.switch_officer_requested)
        self.enroll_action = self._action(self.tr("&Enroll this device…"))
        self.person_action = self._action(self.tr("&Person by CNIC…"), QKeySequence("Ctrl+Shift+P"))
        # From any screen, the record forms' own windows included.
        self.person_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.person_action.triggered.connect(self.open_person_dialog)
        self.verify_action = self._action(self.tr("&Verify a document…"))
        self.verify_action.triggered.connect(self.open_verify_screen)
        officers_action = self._action(self.tr("&Officers…"))
        officers_action.triggered.connect(self.open_officers)
        settings_action = self._action(self.tr("Se&ttings…"))
        settings_action.triggered.connect(self.open_settings)
        quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(QApplication.quit)
        for action in (
            self.new_action,
            self.search_action,
            self.person_action,
            self.verify_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        for action in (
            self.lock_action,
            switch_action,
            officers_action,
            self.enroll_action,
            settings_action,
        ):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        if self.officer.training:
            self._build_training_menu()
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = self._action(self.tr("&About"))
        about_action.triggered.connect(self.show_about)
        help_menu.addAction(about_action)

    def _build_training_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("T&raining"))
        self.exercises_action = self._action(self.tr("&Exercises…"))
        self.exercises_action.triggered.connect(self.open_exercises)
        self.results_action = self._action(self.tr("Trainees' &results…"))
        self.results_action.triggered.connect(self.open_results)
        self.reset_action = self._action(self.tr("Re&set training data…"))
        self.reset_action.triggered.connect(self.ask_reset_training)
        for action in (self.exercises_action, self.results_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.reset_action)

    def _action(self, text: str, shortcut: QKeySequence | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addAction(action)
        return action

    # ---- behaviour -----------------------------------------------------------------------

    def open_person_dialog(self) -> PersonDialog:
        dialog = PersonDialog(self.tasks, self)
        dialog.show()
        return dialog

    def open_exercises(self) -> ExercisesDialog:
        dialog = ExercisesDialog(self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_results(self) -> ResultsDialog:
        dialog = ResultsDialog(self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def ask_reset_training(self) -> QInputDialog:
        """Starting over deletes every practice record: the officer confirms with the password."""
        dialog = QInputDialog(self)
        dialog.setObjectName("resetTrainingDialog")
        dialog.setWindowTitle(self.tr("Reset training data"))
        dialog.setLabelText(
            self.tr(
                "Delete every practice record and start again with fresh made-up records?\n"
                "Exercise results are kept. Type your password to confirm:"
            )
        )
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(self._reset_confirmed)
        dialog.open()
        return dialog

    def _reset_confirmed(self, password: str) -> None:
        if password:
            self.reset_training_requested.emit(password)

    def open_verify_screen(self) -> VerifyDocumentDialog:
        dialog = VerifyDocumentDialog(self.tasks, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def current_list(self) -> RecordListPage | None:
        page = self.pages.currentWidget()
        if page is self.attendance:
            return self.attendance.events
        return page if isinstance(page, RecordListPage) else None

    def show_page(self, name: str) -> None:
        """A record type's page, "attendance", "conflicts", "reports" or "review"."""
        special = {
            "home": self.home,
            "attendance": self.attendance,
            "conflicts": self.conflicts,
            "reports": self.reports,
            "review": self.review,
        }
        page = special.get(name) or self.lists[name]
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def open_draft(self, record_type: str, record_id: str) -> None:
        """An unsaved form from the home screen: opened with what was typed, without asking."""
        form = self.open_form(record_type, record_id or None)
        if isinstance(form, RecordForm):
            form.resume_draft = True

    def show_filtered(self, record_type: str, status: str) -> None:
        """A kind's list showing only the records in ``status`` (from the home screen)."""
        self.show_page(record_type)
        page = self.lists[record_type]
        page.status_filter.setCurrentIndex(max(0, page.status_filter.findData(status)))

    def new_record(self) -> None:
        page = self.pages.currentWidget()
        if page is self.home and "fir" in self.lists:
            self.open_form("fir")
        elif page is self.attendance:
            self.attendance.setCurrentWidget(self.attendance.screen_tab)
        elif isinstance(page, RecordListPage):
            self.open_form(page.record_type)

    def focus_search(self) -> None:
        page = self.current_list()
        if page is not None:
            if page is self.attendance.events:
                self.attendance.setCurrentWidget(page)
            page.focus_search()

    def open_form(self, record_type: str, record_id: str | None = None) -> QWidget | None:
        """Open the kind's form; a saved record refreshes the lists."""
        if form_for(record_type) is None:
            self._note(self.tr("Record forms are not in this build yet."))
            return None
        form = open_form(self, self.tasks, record_type, record_id)
        form.saved.connect(lambda _record_id: self.refresh_all())
        return form

    def open_work(self) -> OpenWork:
        """The page and the open forms, to bring back after the next unlock."""
        forms = tuple(
            (form.record_type, form.record_id)
            for form in self.findChildren(RecordForm)
            if form.isVisible()
        )
        return OpenWork(self.navigation.currentRow(), forms)

    def resume(self, work: OpenWork) -> None:
        """After an unlock: the same page, and each form again with what was typed (its draft,
        saved at the lock, is restored without asking)."""
        self.navigation.setCurrentRow(work.page)
        for record_type, record_id in work.forms:
            form = self.open_form(record_type, record_id)
            if isinstance(form, RecordForm):
                form.resume_draft = True

    def refresh_all(self) -> None:
        """Re-read every list (after a sync: official FIR numbers), conflicts, the outbox count."""
        self.home.refresh()
        for page in self.lists.values():
            page.refresh()
        self.attendance.refresh()
        self.conflicts.refresh()
        self.review.refresh()
        self.refresh_pending()

    def _show_review_count(self, count: int) -> None:
        title = self.tr("Review ({count})").format(count=count) if count else self.tr("Review")
        self.navigation.item(self.pages.indexOf(self.review)).setText(title)

    def _show_conflict_count(self, count: int) -> None:
        title = (
            self.tr("Conflicts ({count})").format(count=count) if count else self.tr("Conflicts")
        )
        self.navigation.item(self.pages.indexOf(self.conflicts)).setText(title)

    def refresh_pending(self) -> None:
        """The outbox: changes waiting to be sent, and those the server refused."""
        self.tasks.run_db(_outbox_counts, self._show_outbox)

    def _show_outbox(self, counts: tuple[int, int]) -> None:
        pending, refused = counts
        self.status_bar.set_pending(pending)
        self.status_bar.set_refused(refused)

    def show_refusals(self) -> RefusalsDialog:
        dialog = RefusalsDialog(self.tasks, self)
        dialog.open_requested.connect(self.open_form)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.settings, self)
        dialog.open()
        return dialog

    def open_officers(self) -> OfficersDialog:
        dialog = OfficersDialog(self.tasks, self.officer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> QMessageBox:
        return self._note(
            self.tr("Field client {version}\nOffline-first records for police stations.").format(
                version=app_version()
            ),
            title=self.tr("About Field client"),
        )

    def _note(self, text: str, title: str | None = None) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            title or self.tr("Field client"),
            text,
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box


def _outbox_counts(services: StationServices) -> tuple[int, int]:
    repo = services.session.repo
    return repo.pending_count(), repo.rejected_count()
