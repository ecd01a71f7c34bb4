"""The settings dialog: sync server and interval, idle lock, language, font size. Saved on OK."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldclient.ui.settings_model import (
    CERTIFICATE_FILE,
    FONT_SIZE,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LANGUAGES,
    SERVER_URL,
    SYNC_INTERVAL_MINUTES,
    Settings,
)


class SettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.server_url = QLineEdit(settings.get(SERVER_URL), self)
        self.server_url.setPlaceholderText("https://sync.example.gov.pk")
        self.certificate_file = QLineEdit(settings.get(CERTIFICATE_FILE), self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._choose_certificate)
        self.sync_minutes = QSpinBox(self)
        self.sync_minutes.setObjectName("syncMinutes")
        self.sync_minutes.setRange(1, 240)
        self.sync_minutes.setSuffix(self.tr(" min"))
        self.sync_minutes.setValue(max(1, round(settings.get(SYNC_INTERVAL_MINUTES))))
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.idle_minutes.setValue(max(1, round(settings.get(IDLE_LOCK_MINUTES))))
        self.language = QComboBox(self)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.get(LANGUAGE))))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(8, 24)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(settings.get(FONT_SIZE))
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        certificate_row = QHBoxLayout()
        certificate_row.addWidget(self.certificate_file, stretch=1)
        certificate_row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("Sync server address"), self.server_url)
        form.addRow(self.tr("Server certificate file"), certificate_row)
        form.addRow(self.tr("Sync every"), self.sync_minutes)
        form.addRow(self.tr("Lock after idle"), self.idle_minutes)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Font size"), self.font_size)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _choose_certificate(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Server certificate"), "", self.tr("Certificates (*.pem *.crt *.cer)")
        )
        if chosen:
            self.certificate_file.setText(chosen)

    def accept(self) -> None:
        url = self.server_url.text().strip()
        if url and not url.startswith(("https://", "http://")):
            self.problem.setText(
                self.tr(
                    "Sync server address: must start with https:// (for example {example})"
                ).format(example="https://sync.example.gov.pk")
            )
            self.server_url.setFocus()
            return
        self.settings.set(SERVER_URL, url)
        self.settings.set(CERTIFICATE_FILE, self.certificate_file.text().strip())
        self.settings.set(SYNC_INTERVAL_MINUTES, float(self.sync_minutes.value()))
        self.settings.set(IDLE_LOCK_MINUTES, float(self.idle_minutes.value()))
        self.settings.set(LANGUAGE, self.language.currentData())
        self.settings.set(FONT_SIZE, self.font_size.value())
        super().accept()
