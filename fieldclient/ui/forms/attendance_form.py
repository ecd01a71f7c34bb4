"""`open_form`'s attendance window: a stored event shown as it is (events never change), or for a
new one the PIN and supervisor-override entry of the attendance screen (no scanner in a form)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from fieldclient.domain.record import Record
from fieldclient.ui.forms import register_form
from fieldclient.ui.kind_words import status_label
from fieldclient.ui.tasks import Tasks


@register_form
class AttendanceWindow(QWidget):
    """`saved(record_id)` after an event is recorded here."""

    saved = Signal(str)
    record_type = "attendance"

    def __init__(
        self, tasks: Tasks, record_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.tasks = tasks
        self.record_id = record_id
        self.details: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        if record_id is None:
            # Imported here: the attendance package uses the forms' field styles.
            from fieldclient.ui.attendance import AttendanceScreen

            self.setWindowTitle(self.tr("Record attendance"))
            self.screen = AttendanceScreen(tasks, None, self)
            self.screen.recorded.connect(self.saved)
            layout.addWidget(self.screen)
            return
        self.setWindowTitle(self.tr("Attendance event"))
        form = QFormLayout()
        labels = {
            "badge_no": self.tr("Badge no."),
            "kind": self.tr("Event"),
            "method": self.tr("Method"),
            "at": self.tr("At"),
            "match_score": self.tr("Match score"),
            "supervisor_badge": self.tr("Supervisor"),
            "device": self.tr("Device"),
            "status": self.tr("Status"),
        }
        for key, label in labels.items():
            self.details[key] = QLabel(self)
            self.details[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, self.details[key])
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Attendance events are never changed."), self))

    def start(self) -> None:
        if self.record_id is not None:
            record_id = self.record_id
            self.tasks.run_db(lambda services: services.records.get(record_id), self._show)

    def _show(self, record: Record) -> None:
        words = {
            "check_in": self.tr("check-in"),
            "check_out": self.tr("check-out"),
            "fingerprint": self.tr("fingerprint"),
            "pin": self.tr("PIN"),
            "supervisor_override": self.tr("supervisor override"),
        }
        for key, label in self.details.items():
            value = status_label(record.status) if key == "status" else record.data.get(key, "")
            label.setText(words.get(str(value), str(value)))
