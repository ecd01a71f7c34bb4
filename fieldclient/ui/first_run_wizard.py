"""First run: create the vault (station, first officer and their role) and optionally enroll
the device.

The first officer chooses their own role (SHO unless changed). Someone must be able to add the
other officers: only an SHO may, but while the keyring names no SHO every officer may
(``Vault._require_officer_manager``), so a first officer who is not the SHO (a warden's laptop, a
facilitation-centre clerk) can still add the station's officers and name its SHO; the page says
so. The practice vault keeps the SHO (the trainee practises every role's work).

The first page also offers the language, so an officer who reads Urdu sets up the station in
Urdu: the shell applies the choice and builds the wizard again in it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from fieldclient.domain import reference, roles
from fieldclient.domain.reference import station_code
from fieldclient.services.session import create_vault
from fieldclient.services.training import create_practice_vault
from fieldclient.ui.errors import report_error
from fieldclient.ui.officers_dialog import role_box
from fieldclient.ui.password_fields import MIN_PASSWORD_LENGTH
from fieldclient.ui.reference_words import station_name
from fieldclient.ui.settings_model import LANGUAGES
from fieldclient.ui.tasks import SessionInfo, Tasks


def password_strength(password: str) -> int:
    """0 too short, 1 weak, 2 fair, 3 strong: length plus the kinds of characters used."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return 0
    kinds = sum(
        any(test(ch) for ch in password)
        for test in (str.islower, str.isupper, str.isdigit, lambda ch: not ch.isalnum())
    )
    return min(3, 1 + (kinds >= 3) + (len(password) >= 16))


class StationPage(QWizardPage):
    def __init__(self, parent=None, *, training: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Police station"))
        self.setSubTitle(
            self.tr("Training mode: choose the station whose work you will practise.")
            if training
            else self.tr("Choose this computer's police station, or type its code.")
        )
        self.language = QComboBox(self)
        self.language.setObjectName("firstRunLanguage")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.station = QComboBox(self)
        self.station.setEditable(False)
        self.station.addItem(self.tr("(type the station code below)"), "")
        for row in _stations():
            self.station.addItem(station_name(row), station_code(row.district, row.police_station))
        self.code = QLineEdit(self)
        self.code.setObjectName("stationCode")
        self.code.setPlaceholderText("PSH-GULBAHAR")
        self.registerField("station_code*", self.code)
        self.station.currentIndexChanged.connect(self._station_chosen)
        form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Police station"), self.station)
        form.addRow(self.tr("Station code"), self.code)
        self.practise = QPushButton(self.tr("Practise in training mode instead…"), self)
        self.practise.setObjectName("practiseButton")
        self.practise.setToolTip(
            self.tr(
                "Opens a separate practice vault with made-up records, for the police IT "
                "school. Nothing in it is real or ever sent to a server."
            )
        )
        self.practise.setVisible(not training)
        form.addRow(self.practise)

    def _station_chosen(self) -> None:
        if self.station.currentData():
            self.code.setText(self.station.currentData())


class OfficerPage(QWizardPage):
    def __init__(self, parent=None, *, training: bool = False) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("First officer"))
        self.setSubTitle(self.tr("This officer can add the others later (File, Officers)."))
        self.badge = QLineEdit(self)
        self.name = QLineEdit(self)
        self.password = QLineEdit(self)
        self.repeat = QLineEdit(self)
        for name, box in (
            ("badgeBox", self.badge),
            ("nameBox", self.name),
            ("passwordBox", self.password),
            ("repeatBox", self.repeat),
        ):
            box.setObjectName(name)
        for box in (self.password, self.repeat):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = role_box(self, roles.FIRST_OFFICER_ROLE)
        self.role.setEnabled(not training)  # a trainee practises every role's work: the SHO's
        self.role_note = QLabel(self)
        self.role_note.setObjectName("roleNote")
        self.role_note.setWordWrap(True)
        self.role.currentIndexChanged.connect(lambda _index: self._show_role_note())
        self.strength = QLabel(self)
        # In the page, not the subtitle: the wizard's header keeps two lines, and Urdu needs three.
        self.recovery_note = QLabel(
            self.tr("When you finish, a station recovery key is shown once: give it to the SHO."),
            self,
        )
        self.recovery_note.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("officerProblem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.registerField("badge*", self.badge)
        self.registerField("name*", self.name)
        self.registerField("password*", self.password)
        self.registerField("repeat*", self.repeat)
        self.password.textChanged.connect(self._show_strength)
        form = QFormLayout(self)
        form.addRow(self.tr("Badge number"), self.badge)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.role_note)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.strength)
        form.addRow(self.tr("Password again"), self.repeat)
        form.addRow(self.recovery_note)
        form.addRow(self.problem)
        self._show_strength("")
        self._show_role_note()

    def chosen_role(self) -> str:
        return str(self.role.currentData())

    def _show_role_note(self) -> None:
        self.role_note.setText(
            self.tr("The SHO adds the other officers and sets their roles.")
            if self.chosen_role() == roles.SHO
            else self.tr(
                "No officer here is the SHO yet: until one is added (File, Officers), every "
                "officer may add officers and set roles."
            )
        )

    def _show_strength(self, password: str) -> None:
        words = (
            self.tr("too short (at least {n} characters)").format(n=MIN_PASSWORD_LENGTH),
            self.tr("weak: mix capitals, digits and signs"),
            self.tr("fair"),
            self.tr("strong"),
        )
        self.strength.setText(
            self.tr("Strength: {hint}").format(hint=words[password_strength(password)])
        )

    def validatePage(self) -> bool:
        if len(self.password.text()) < MIN_PASSWORD_LENGTH:
            problem = self.tr("Password: use at least {n} characters.").format(
                n=MIN_PASSWORD_LENGTH
            )
        elif self.password.text() != self.repeat.text():
            problem = self.tr("Password again: the two passwords differ.")
        elif not self.badge.text().strip() or not self.name.text().strip():
            problem = self.tr("Badge number and name: fill in both.")
        else:
            self.problem.clear()
            return True
        self.problem.setText(problem)
        return False


class EnrollPage(QWizardPage):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Connect to the server"))
        self.setSubTitle(self.tr("Enroll this device with the one-time code from your admin."))
        self.offline = QRadioButton(self.tr("Work offline and enroll later"), self)
        self.enroll = QRadioButton(self.tr("Enroll now"), self)
        self.offline.setChecked(True)
        choice = QButtonGroup(self)
        choice.addButton(self.offline)
        choice.addButton(self.enroll)
        self.server_url = QLineEdit(self)
        self.server_url.setPlaceholderText("https://sync.example.gov.pk")
        self.code = QLineEdit(self)
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.enroll.toggled.connect(self._enable_fields)
        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow(self.tr("One-time code"), self.code)
        layout = QVBoxLayout(self)
        layout.addWidget(self.offline)
        layout.addWidget(self.enroll)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        self._enable_fields(False)

    def _enable_fields(self, enroll: bool) -> None:
        self.server_url.setEnabled(enroll)
        self.code.setEnabled(enroll)

    def validatePage(self) -> bool:
        if not self.enroll.isChecked():
            return True
        if not self.server_url.text().strip().startswith(("https://", "http://")):
            self.problem.setText(self.tr("Server address: must start with https://"))
        elif not self.code.text().strip():
            self.problem.setText(self.tr("One-time code: type the code from your admin."))
        else:
            self.problem.clear()
            return True
        return False


class FirstRunWizard(QWizard):
    """Emits `vault_created(SessionInfo)`, then `enroll_requested(url, code)` if asked for;
    `training_requested()` when the officer chooses to practise instead (the shell then runs
    this wizard again with ``training``: a practice vault, and no enrollment page)."""

    vault_created = Signal(object)
    enroll_requested = Signal(str, str)
    language_chosen = Signal(str)  # the shell applies it and builds the wizard again
    training_requested = Signal()

    def __init__(
        self,
        data_dir: Path,
        tasks: Tasks,
        language: str = "en",
        parent=None,
        *,
        training: bool = False,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.tasks = tasks
        self.training = training
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(
            self.tr("Field client (TRAINING) — first run")
            if training
            else self.tr("Field client — first run")
        )
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.station_page = StationPage(self, training=training)
        self.station_page.practise.clicked.connect(self.training_requested)
        self.officer_page = OfficerPage(self, training=training)
        self.enroll_page = EnrollPage(self)
        pages = [self.station_page, self.officer_page]
        if not training:  # a practice vault is never enrolled with a production server
            pages.append(self.enroll_page)
        for page in pages:
            self.addPage(page)
        language_box = self.station_page.language
        language_box.setCurrentIndex(max(0, language_box.findData(language)))
        language_box.currentIndexChanged.connect(
            lambda _index: self.language_chosen.emit(language_box.currentData())
        )
        self._creating = False

    def accept(self) -> None:
        if self._creating or not self.validateCurrentPage():
            return  # QWizard validates in done(); the vault must not be made before that
        self._creating = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        data_dir = self.data_dir
        badge = self.field("badge").strip()
        name = self.field("name").strip()
        password = self.field("password")
        station = self.field("station_code").strip()
        role = self.officer_page.chosen_role()
        make = create_practice_vault if self.training else create_vault
        self.tasks.open_session(
            lambda: make(
                data_dir, badge=badge, name=name, password=password, station=station, role=role
            ),
            self._created,
            self._refused,
        )

    def _created(self, info: SessionInfo) -> None:
        super().accept()
        self.vault_created.emit(info)
        if not self.training and self.enroll_page.enroll.isChecked():
            self.enroll_requested.emit(
                self.enroll_page.server_url.text().strip(), self.enroll_page.code.text().strip()
            )

    def _refused(self, problem: Exception) -> None:
        self._creating = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        report_error(self, problem)


def _stations() -> list[reference.PoliceStationRow]:
    try:
        rows = reference.police_stations()
    except (FileNotFoundError, OSError):  # a bundle without reference data: type the code
        return []
    return sorted((row for row in rows if row.police_station), key=lambda r: r.police_station)
