"""The GUI entry point: `fieldclient` with no command runs `run_app`."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from fieldclient.domain.scanner import SimulatedScanner
from fieldclient.paths import default_data_dir, resources_dir
from fieldclient.ui.errors import install_excepthook
from fieldclient.ui.settings_model import Settings
from fieldclient.ui.shell import AppShell
from fieldclient.ui.tasks import Tasks


def load_bundled_fonts() -> None:
    """Noto Naskh Arabic from resources/fonts, so Urdu renders on machines without an Urdu font."""
    for font_file in sorted((resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font_file))


def build_shell(
    data_dir: Path, translations_dir: Path | None = None, *, training: bool = False
) -> AppShell:
    """The app's objects for one data dir (``training``: the practice vault's); the caller owns
    the QApplication.

    The shell installs the translation of the language set (compiled `.qm` files from
    `translations_dir`, by default the app's `resources/translations`).
    """
    tasks = Tasks()
    # No fingerprint driver exists yet: development and training use the simulated scanner.
    shell = AppShell(
        data_dir,
        Settings(data_dir),
        tasks,
        SimulatedScanner(),
        translations_dir=translations_dir,
        training=training,
    )
    tasks.setParent(shell)
    return shell


def run_app(data_dir: str | Path | None = None, *, training: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Field client")
    install_excepthook()
    load_bundled_fonts()
    shell = build_shell(Path(data_dir) if data_dir else default_data_dir(), training=training)
    app.aboutToQuit.connect(shell.shutdown)
    shell.start()
    return app.exec()
