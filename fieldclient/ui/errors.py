"""How the app shows a failure: the officer's words on screen, a bug's traceback in the log.

`VaultError` and `DomainError` messages are written for the person at the keyboard (they say what
is wrong and what to do), so they are shown as they are. Anything else is a bug: the officer sees a
plain sentence, and the log gets the exception's type and traceback but never its message, which
may quote record content.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from fieldclient import bug_log
from fieldclient.domain.errors import DomainError
from fieldclient.ui.error_words import officer_message
from fieldclient.vault.errors import VaultError

log = logging.getLogger("fieldclient.ui")
ERROR_BOX_NAME = "errorMessage"


def is_officers_problem(exc: BaseException) -> bool:
    return isinstance(exc, VaultError | DomainError)


def user_message(exc: BaseException) -> str:
    if is_officers_problem(exc):
        return officer_message(exc)
    return QCoreApplication.translate(
        "errors", "Something went wrong; the app keeps running and nothing you typed was lost."
    )


def report_error(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """Show `exc` as a plain message (non-blocking) and log it if it is a bug."""
    if not is_officers_problem(exc):
        log_bug(exc)
    box = QMessageBox(
        QMessageBox.Icon.Warning if is_officers_problem(exc) else QMessageBox.Icon.Critical,
        QCoreApplication.translate("errors", "Field client"),
        user_message(exc),
        QMessageBox.StandardButton.Ok,
        parent or QApplication.activeWindow(),
    )
    box.setObjectName(ERROR_BOX_NAME)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def log_bug(exc: BaseException) -> None:
    """Log the type and traceback of `exc` and of its causes, leaving out every message."""
    bug_log.log_bug(log, exc)


def install_excepthook() -> None:
    """Route an exception escaping any slot or event handler to `report_error`."""
    sys.excepthook = _excepthook


def _excepthook(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    report_error(None, exc.with_traceback(tb))
