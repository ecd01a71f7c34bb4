"""The translation of the interface: Qt Linguist `.qm` files compiled from the committed `.ts`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from fieldclient.domain.translatable import QT_TRANSLATE_NOOP
from fieldclient.paths import resources_dir


def install_translation(language: str, folder: Path | None = None) -> QTranslator | None:
    """Load `fieldclient_<language>.qm` (compiled from resources/translations at build time).

    English is the source language; a missing or unreadable file leaves the screens in English.
    Texts are translated as widgets are made: `AppShell` builds the open screen again after a
    change of language.
    """
    if language == "en":
        return None
    compiled = (folder or resources_dir() / "translations") / f"fieldclient_{language}.qm"
    translator = QTranslator(QCoreApplication.instance())
    if not compiled.is_file() or not translator.load(str(compiled)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


# Qt's own words on the app's dialogs (OK, Cancel, Yes, No, the wizard's buttons). Qt ships no
# Urdu translation of itself; it asks every installed translator under its own contexts, so these
# texts are listed here for lupdate and translated in the app's .ts with the rest.
QT_OWN_WORDS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QWizard", "< &Back"),
    QT_TRANSLATE_NOOP("QWizard", "&Next >"),
    QT_TRANSLATE_NOOP("QWizard", "&Next"),
    QT_TRANSLATE_NOOP("QWizard", "&Finish"),
    QT_TRANSLATE_NOOP("QWizard", "Cancel"),
    QT_TRANSLATE_NOOP("QWizard", "&Help"),
    QT_TRANSLATE_NOOP("QWizard", "Commit"),
)
