"""The Urdu translation: compiled with pyside6-lrelease as the build does, loaded at start."""

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from fieldclient.paths import resources_dir
from fieldclient.ui.language import install_translation
from fieldclient.ui.status_bar import SyncStatusBar

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def test_urdu_is_compiled_and_shown_in_the_status_bar(qtbot, tmp_path):
    source = resources_dir() / "translations" / "fieldclient_ur.ts"
    compiled = subprocess.run(
        [str(LRELEASE), str(source), "-qm", str(tmp_path / "fieldclient_ur.qm")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr
    translator = install_translation("ur", tmp_path)
    assert translator is not None
    try:
        bar = SyncStatusBar()
        qtbot.addWidget(bar)
        assert bar.sync_button.text() == "ابھی سنک کریں"
        assert bar.pending_label.text() == "0 تبدیلیاں منتظر"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_english_or_a_missing_file_keeps_the_source_texts(qtbot, tmp_path):
    assert install_translation("en", tmp_path) is None
    assert install_translation("ur", tmp_path) is None  # nothing compiled there
    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    assert bar.sync_button.text() == "Sync now"
