"""The GUI entry point: `fieldclient` with no command runs `run_app`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from fieldclient.domain.scanner import SimulatedScanner
from fieldclient.paths import default_data_dir, resources_dir
from fieldclient.ui.errors import install_excepthook
from fieldclient.ui.settings_model import LANGUAGE, Settings
from fieldclient.ui.shell import AppShell
from fieldclient.ui.tasks import Tasks


def load_bundled_fonts() -> None:
    """Noto Naskh Arabic from resources/fonts, so Urdu renders on machines without an Urdu font."""
    for font_file in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))


def install_translation(language: str, folder: Path | None = None) -> QTranslator | None:
    """Load `fieldclient_<language>.qm` (compiled from resources/translations at build time).

    English is the source language; a missing or unreadable file leaves the screens in English.
    Texts are translated as widgets are made, so a language change applies at the next start.
    """
    if language == "en":
        return None
    compiled = (folder or resources_dir() / "translations") / f"fieldclient_{language}.qm"
    translator = QTranslator(QCoreApplication.instance())
    if not compiled.is_file() or not translator.load(str(compiled)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def build_shell(data_dir: Path) -> AppShell:
    """The app's objects for one data dir; the caller owns the QApplication."""
    tasks = Tasks()
    # No fingerprint driver exists yet: development and training use the simulated scanner.
    shell = AppShell(data_dir, Settings(data_dir), tasks, SimulatedScanner())
    tasks.setParent(shell)
    return shell


def run_app(data_dir: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Field client")
    install_excepthook()
    load_bundled_fonts()
    shell = build_shell(Path(data_dir) if data_dir else default_data_dir())
    install_translation(shell.settings.get(LANGUAGE))
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    return app.exec()
