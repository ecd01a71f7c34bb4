"""The GUI entry point (a placeholder window until the desktop app lands)."""

import sys

from PySide6.QtWidgets import QApplication, QLabel


def run_app(data_dir: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel(QApplication.translate("app", "Field client: the desktop app is coming."))
    label.resize(480, 120)
    label.show()
    return app.exec()
