"""What every record form shares: inline validation, Ctrl+S / Esc, saving through the DB thread,
drafts kept in the vault, and freezing once the record may no longer change.

A subclass builds its fields with `add_row`, turns them into the record's JSON with `payload`, fills
them back with `fill`, and may add panels (statements, payment) in `show_record`. The domain
validation runs on the GUI thread as the officer types: it is pure and fast and touches no vault.
Nothing else here touches the vault except through `Tasks.run_db`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fieldclient.domain import records as kinds
from fieldclient.domain import review, roles
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.pakistan_time import shown
from fieldclient.domain.record import Record
from fieldclient.domain.records.kind import ANY_FIELD
from fieldclient.domain.records.people import ROLE_LABELS
from fieldclient.domain.translatable import KIND_CONTEXT
from fieldclient.services.drafts import Draft
from fieldclient.services.people import PersonRecord, tally
from fieldclient.services.station import StationServices
from fieldclient.ui.bidi import shown_iso
from fieldclient.ui.documents.print_button import PrintDocumentButton
from fieldclient.ui.error_words import error_line
from fieldclient.ui.errors import report_error
from fieldclient.ui.forms.field_row import (
    ERROR_STYLE,
    FORM_STYLE,
    FieldRow,
    place_errors,
    restyle,
)
from fieldclient.ui.forms.history_panel import HistoryPanel
from fieldclient.ui.forms.payloads import replacement_patch
from fieldclient.ui.forms.photo_slot import PhotoSlot
from fieldclient.ui.forms.refusal_banner import RefusalBanner
from fieldclient.ui.kind_words import kind_label, status_label
from fieldclient.ui.role_words import roles_needed
from fieldclient.ui.tasks import Tasks
from fieldclient.ui.window_place import fit_to_screen

DRAFT_DELAY_MS = 1000  # keep a draft this long after typing stops
PERSON_NOTICE_STYLE = "background: #fff4ce; padding: 4px;"
_FULL_CNIC = re.compile(r"\d{5}-?\d{7}-?\d")
PersonFindings = tuple[str, list[PersonRecord], list[PersonRecord]]
StoreStep = Callable[[StationServices, Record], Record]


def role_label(role: str) -> str:
    """A person's role in a record in words ("accused", "driver"), translated."""
    return QCoreApplication.translate(KIND_CONTEXT, ROLE_LABELS.get(role, role))


class RecordForm(QWidget):
    print_button: PrintDocumentButton | None = None
    """Base of the FIR, challan and tenant forms; `saved(record_id)` after each successful store."""

    saved = Signal(str)
    record_type: ClassVar[str] = ""
    managed_fields: ClassVar[tuple[str, ...]] = ()  # top-level data fields this form edits

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tasks = tasks
        self.record_id = record_id
        self.record: Record | None = None
        self.read_only = False
        self.resume_draft = False  # reopened (unlock, home screen): restore the draft, no asking
        self._rows: dict[str, FieldRow] = {}
        self._show_all_errors = False
        self._dirty = False
        self._filling = False
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.save_draft)
        self._build_frame()
        self.build_form(self.form_layout)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.request_close)

    # ---- what a subclass provides --------------------------------------------------------

    def build_form(self, layout: QFormLayout) -> None:
        raise NotImplementedError

    def payload(self) -> dict[str, Any]:
        raise NotImplementedError

    def fill(self, data: dict[str, Any]) -> None:
        raise NotImplementedError

    def form_title(self) -> str:
        raise NotImplementedError

    def restore_question(self) -> str:
        raise NotImplementedError

    def error_rows(self) -> dict[str, FieldRow]:
        """Dotted path → row; a form with rows that come and go (accused) extends this."""
        return dict(self._rows)

    def validation_errors(self, payload: dict[str, Any]) -> list[FieldError]:
        try:
            kinds.validate_new(self.record_type, payload, now=self.tasks.now())
        except ValidationFailed as refused:
            return refused.errors
        return []

    def show_record(self, record: Record) -> None:
        """Show a stored record's number and status; freeze the fields once it may not change."""
        self.record, self.record_id = record, record.id
        number = record.number or record.provisional_number or ""
        provisional = "" if record.number else self.tr(" (provisional)") if number else ""
        self.header.setText(
            self.tr("No. {number}{provisional} — status: {status}").format(
                number=number, provisional=provisional, status=status_label(record.status)
            )
        )
        self.header.show()
        self.setWindowTitle(f"{self.form_title()} {number}")
        self.history.show_for(record)
        self._show_review(record)
        editable = kinds.KINDS[record.type].editable.get(record.status, frozenset())
        if editable != ANY_FIELD:
            self.freeze()
        if self.print_button is not None:
            self.print_button.show_for(record)
        record_id = record.id
        self.tasks.run_db(
            lambda services: services.records.refusals(record_id), self._show_refusals
        )

    def _show_review(self, record: Record) -> None:
        """A supervisor's return, with its reason; or that the record waits for review."""
        decision = review.returned(record)
        if decision is not None:
            returned = str(decision.get("status", ""))
            words = (
                self.tr("Returned by {officer} on {when}: {reason}")
                if returned == record.status
                else self.tr("Returned by {officer} on {when} ({status}): {reason}")
            )  # a return that moved the record back names what it returned (a void proposed)
            self.review_banner.setText(
                words.format(
                    officer=decision.get("by", ""),
                    when=shown_iso(str(decision.get("at", ""))),
                    status=status_label(returned, record.type),
                    reason=decision.get("reason", ""),
                )
            )
            self.review_banner.show()
        elif review.waiting(record):
            self.review_banner.setText(
                self.tr("Waiting for review by: {roles}.").format(
                    roles=roles_needed(roles.Action(review.action(record.type)))
                )
            )
            self.review_banner.show()
        else:
            self.review_banner.hide()

    def _show_refusals(self, reasons: list[str]) -> None:
        self.refusals.show_refusals(reasons, editable=not self.read_only)

    def resend(self) -> None:
        """Queue the refused record (or its refused changes) again, as it is now."""
        record_id = self.record_id
        if record_id is None:
            return
        self.tasks.run_db(lambda services: services.records.resend(record_id), self._resent)

    def _resent(self, record: Record) -> None:
        self.after_change(record)
        self.notice.setText(self.tr("Queued to be sent again at the next sync."))

    def add_print_button(self) -> None:
        """The record's document (FIR copy, challan ticket, receipt) to a printer or a PDF."""
        self.print_button = PrintDocumentButton(self.tasks, self)
        self.print_button.written.connect(
            lambda path: self._print_notice(self.tr("Document saved: {path}").format(path=path))
        )
        self.print_button.printed.connect(
            lambda: self._print_notice(self.tr("The document was sent to the printer."))
        )
        self.print_button.failed.connect(lambda sentence: self._print_notice(sentence, ERROR_STYLE))
        self.button_row.insertWidget(1, self.print_button)

    def _print_notice(self, sentence: str, style: str = "") -> None:
        self.notice.setStyleSheet(style)
        self.notice.setText(sentence)

    # ---- building blocks -----------------------------------------------------------------

    def _build_frame(self) -> None:
        self.setWindowTitle(self.form_title())
        self.header = QLabel(self)
        self.header.setObjectName("recordHeader")
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setStyleSheet("font-weight: bold; font-size: large;")
        self.header.hide()
        self.general_errors = QLabel(self)
        self.general_errors.setStyleSheet(ERROR_STYLE)
        self.general_errors.setWordWrap(True)
        self.general_errors.hide()
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.person_notice = QLabel(self)
        self.person_notice.setObjectName("personNotice")
        self.person_notice.setWordWrap(True)
        self.person_notice.setStyleSheet(PERSON_NOTICE_STYLE)
        self.person_notice.hide()
        self._people_asked: list[str] = []
        self.refusals = RefusalBanner(self)
        self.refusals.resend_requested.connect(self.resend)
        self.review_banner = QLabel(self)
        self.review_banner.setObjectName("reviewBanner")
        self.review_banner.setWordWrap(True)
        self.review_banner.setStyleSheet(ERROR_STYLE)
        self.review_banner.hide()
        # Fields and panels (statements, status) scroll together, so a registered record's panels
        # never squeeze its fields into a strip.
        self.body = QWidget()
        self.body.setObjectName("formBody")
        self.body.setStyleSheet(FORM_STYLE)
        self.fields = QWidget(self.body)
        self.form_layout = QFormLayout(self.fields)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.panels = QVBoxLayout()
        body_layout = QVBoxLayout(self.body)
        body_layout.addWidget(self.fields)
        body_layout.addLayout(self.panels)
        body_layout.addStretch(1)
        self.history = HistoryPanel(self.body)
        self.panels.addWidget(self.history)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.close_button.clicked.connect(self.request_close)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.save_button)
        self.button_row.addWidget(self.close_button)
        outer = QVBoxLayout(self)
        outer.addWidget(self.header)
        outer.addWidget(self.refusals)
        outer.addWidget(self.review_banner)
        outer.addWidget(self.general_errors)
        outer.addWidget(self.person_notice)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.notice)
        outer.addLayout(self.button_row)
        fit_to_screen(self, 640, 720)

    def add_row(
        self, label: str, editor: QWidget, path: str, layout: QFormLayout | None = None
    ) -> FieldRow:
        """Put `editor` in the form with its error label, bound to the dotted data `path`."""
        row = FieldRow(editor, label=label)
        (layout or self.form_layout).addRow(label, row)
        self._rows[path] = row
        self.watch(row.edited)
        return row

    def watch(self, signal: Any) -> None:
        """Every change a person makes goes through `_on_edited` (inline check, draft timer)."""
        signal.connect(self._on_edited)

    # ---- inline validation ---------------------------------------------------------------

    def _on_edited(self, *_args: object) -> None:
        if self._filling or self.read_only:
            return
        self._dirty = True
        self.refresh_errors()
        self._draft_timer.start()
        self._look_up_people()

    # ---- what the station has on the people typed ---------------------------------------

    def _look_up_people(self) -> None:
        """Each complete CNIC typed in the form: what the station has on that person, and any
        record of this kind made today that names them (a probable duplicate). Asked on the DB
        thread; the form never waits for it."""
        typed = sorted(
            {
                row.editor.text().strip()
                for path, row in self.error_rows().items()
                if path.endswith(".cnic")
                and isinstance(row.editor, QLineEdit)
                and _FULL_CNIC.fullmatch(row.editor.text().strip())
            }
        )
        if typed == self._people_asked:
            return
        self._people_asked = typed
        if not typed:
            self.person_notice.hide()
            return
        record_type, record_id = self.record_type, self.record_id

        def look(services: StationServices) -> list[PersonFindings]:
            return [
                (
                    cnic,
                    services.people.lookup(cnic),
                    services.people.probable_duplicates(cnic, record_type, record_id),
                )
                for cnic in typed
            ]

        self.tasks.run_db(look, self._show_people)

    def _show_people(self, findings: list[PersonFindings]) -> None:
        lines = []
        for cnic, rows, duplicates in findings:
            for row in duplicates:
                lines.append(
                    self.tr(
                        "Possible duplicate: {kind} {number}, made today, names {cnic}. "
                        "Check it before saving."
                    ).format(kind=kind_label(row.record_type), number=row.number, cnic=cnic)
                )
            if rows:
                groups = [
                    self.tr("{count} × {kind} as {role}").format(
                        count=count, kind=kind_label(kind), role=role_label(role)
                    )
                    + (self.tr(" (unpaid)") if still_open else "")
                    for kind, role, count, still_open in tally(rows)
                ]
                lines.append(
                    self.tr("The station has on {cnic}: {records}.").format(
                        cnic=cnic, records="; ".join(groups)
                    )
                )
        self.person_notice.setText("\n".join(lines))
        self.person_notice.setVisible(bool(lines))

    def refresh_errors(self) -> list[FieldError]:
        errors = self.validation_errors(self.payload())
        unplaced = place_errors(
            errors, self.error_rows(), lambda row: self._show_all_errors or row.touched
        )
        if not errors:
            self.general_errors.hide()
        elif self._show_all_errors:
            lines = [self.tr("Not saved: correct the fields marked in red.")]
            lines += [error_line(error) for error in unplaced]
            self.general_errors.setText("\n".join(lines))
            self.general_errors.show()
        return errors

    def _show_every_error(self) -> bool:
        """Show all problems (not only touched fields); True if there were any."""
        self._show_all_errors = True
        errors = self.refresh_errors()
        for row in self.error_rows().values():
            if row.error_text:
                row.editor.setFocus()
                break
        return bool(errors)

    # ---- saving --------------------------------------------------------------------------

    def save(self) -> None:
        self.store()

    def store(self, then: StoreStep | None = None) -> None:
        """Validate, then create or edit the record on the DB thread (and run `then` after)."""
        if self.read_only or self._show_every_error():
            return
        payload = self.payload()
        record_id, managed = self.record_id, self.managed_fields
        draft_key = self.draft_key

        create = self.creator()

        def store_on_db_thread(services: StationServices) -> Record:
            if record_id is None:
                record = create(services, payload)
            else:
                current = services.records.get(record_id)
                patch = replacement_patch(current.data, payload, managed)
                record = services.records.edit(record_id, patch)
            services.drafts.discard(draft_key)
            return then(services, record) if then else record

        self._set_busy(True)
        self.tasks.run_db(store_on_db_thread, self._on_stored, self._on_store_failed)

    def creator(self) -> Callable[[StationServices, dict[str, Any]], Record]:
        """How a new record is stored, run on the DB thread (so it must not touch widgets): a
        plain create, or (an FIR made from a complaint) a create that links another record."""
        record_type = self.record_type
        return lambda services, payload: services.records.create(record_type, payload)

    def _on_stored(self, record: Record) -> None:
        self._set_busy(False)
        self._dirty = False
        self._draft_timer.stop()
        self.general_errors.hide()
        self.show_record(record)
        self.notice.setText(self.tr("Saved."))
        self.saved.emit(record.id)

    def after_change(self, record: Record) -> None:
        """A status change, statement or payment was stored: show it and tell the lists."""
        self.show_record(record)
        self.notice.setText(self.tr("Saved."))
        self.saved.emit(record.id)

    def _on_store_failed(self, failure: Exception) -> None:
        self._set_busy(False)
        self.show_failure(failure)

    def show_failure(self, failure: Exception) -> None:
        """A refused value goes under its field; anything else is shown as a message."""
        if isinstance(failure, ValidationFailed):
            self._show_all_errors = True
            unplaced = place_errors(failure.errors, self.error_rows(), lambda row: True)
            lines = [self.tr("Not saved: correct the fields marked in red.")]
            self.general_errors.setText("\n".join(lines + [error_line(e) for e in unplaced]))
            self.general_errors.show()
        else:
            report_error(self, failure)

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)

    def freeze(self) -> None:
        """Make every field read-only: the record can no longer be changed here."""
        self.read_only = True
        self._draft_timer.stop()
        editors = (
            self.fields.findChildren(QLineEdit)
            + self.fields.findChildren(QPlainTextEdit)
            + self.fields.findChildren(QAbstractSpinBox)
        )
        for editor in editors:
            editor.setReadOnly(True)
            restyle(editor)
        for widget in self.fields.findChildren(QComboBox) + self.fields.findChildren(
            QAbstractButton
        ):
            widget.setEnabled(False)
        self.save_button.hide()

    # ---- drafts --------------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        return f"{self.record_type}:{self.record_id or 'new'}"

    def start(self) -> None:
        """Load the record being opened (if any), then offer a draft left from last time."""
        if self.record_id is None:
            self._look_for_draft()
            return
        record_id = self.record_id
        self.tasks.run_db(lambda services: services.records.get(record_id), self._on_loaded)

    def _on_loaded(self, record: Record) -> None:
        self._fill_quietly(record.data)
        self.show_record(record)
        if not self.read_only:
            self._look_for_draft()

    def _fill_quietly(self, data: dict[str, Any]) -> None:
        self._filling = True
        try:
            self.fill(data)
        finally:
            self._filling = False
        for row in self.error_rows().values():
            row.touched = False

    def _look_for_draft(self) -> None:
        key = self.draft_key

        def load(services: StationServices) -> tuple[Draft | None, str]:
            return services.drafts.load(key), services.session.officer_badge

        self.tasks.run_db(load, self._offer_draft)

    def _offer_draft(self, found: tuple[Draft | None, str]) -> None:
        draft, badge = found
        if draft is None or draft.officer != badge or self.read_only:
            return
        if self.resume_draft:
            self._fill_quietly(draft.body)
            self._dirty = True
            self.notice.setText(self.tr("What you were typing is back."))
            return
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved form"),
            self.restore_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._fill_quietly(draft.body)
            self._dirty = True
            self.notice.setText(
                self.tr("Restored the unsaved text from {when}.").format(
                    when=shown(draft.updated_at)
                )
            )
        else:
            self.discard_draft()

    def save_draft(self) -> None:
        """Keep what is typed, encrypted in the vault, under this form's key."""
        if not self._dirty or self.read_only:
            return
        key, body = self.draft_key, self.payload()
        self.tasks.run_db(lambda services: services.drafts.save(key, body))

    def discard_draft(self) -> None:
        key = self.draft_key
        self.tasks.run_db(lambda services: services.drafts.discard(key))

    # ---- closing -------------------------------------------------------------------------

    def request_close(self) -> None:
        """Esc / Close: ask before throwing typed text away; a kept draft is offered next time."""
        if self._dirty and not self.read_only:
            answer = QMessageBox.question(
                self,
                self.tr("Close the form"),
                self.tr(
                    "What you typed is not saved.\n"
                    "Yes: keep it as a draft and offer it next time.\n"
                    "No: throw it away."
                ),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.No:
                self._dirty = False
                self._draft_timer.stop()
                self.discard_draft()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing by any route (window button, lock, quit) keeps unsaved text as a draft."""
        self._draft_timer.stop()
        self.save_draft()
        super().closeEvent(event)

    # ---- pictures (a signature, a tenant's photos): stored encrypted as soon as chosen ------

    def ask_for_picture(self, slot: PhotoSlot, title: str) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, title, "", self.tr("Pictures (*.jpg *.jpeg *.png)")
        )
        if path:
            self.choose_picture(slot, path)

    def choose_picture(self, slot: PhotoSlot, path: str) -> None:
        """Read the picture at `path`, preview it in `slot` and store it encrypted in the vault
        (a draft refers to it by id; the record links it when saved)."""
        row, kind = self.error_rows()[f"photos.{slot.kind}"], slot.kind
        try:
            content = Path(path).read_bytes()
        except OSError as unreadable:
            row.show_errors(
                [
                    self.tr("could not read the file ({reason})").format(
                        reason=unreadable.strerror or type(unreadable).__name__
                    )
                ]
            )
            return
        if not slot.show_picture(content):
            row.show_errors([self.tr("is not a picture; choose a JPEG or PNG file")])
            return
        row.show_errors([])
        slot.choose_button.setEnabled(False)
        self.tasks.run_db(
            lambda services: services.records.store_photo(content, kind),
            slot.stored,
            slot.store_failed,
        )
