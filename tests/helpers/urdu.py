"""The Urdu translation compiled as the build does it (pyside6-lrelease), for GUI tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from fieldclient.paths import resources_dir

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
ISOLATES = {ord("\u2066"): None, ord("\u2069"): None}


def compile_urdu(folder: Path) -> Path:
    """`fieldclient_ur.qm` in `folder`, compiled from the committed .ts; returns the folder."""
    source = resources_dir() / "translations" / "fieldclient_ur.ts"
    compiled = subprocess.run(
        [str(LRELEASE), str(source), "-qm", str(folder / "fieldclient_ur.qm")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert compiled.returncode == 0, compiled.stderr
    return folder


def english_words(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Latin words (two letters or more) in `text` that are not in `allowed` (lower case)."""
    return [word for word in LATIN_WORD.findall(text) if word.lower() not in allowed]


def as_read(text: str) -> str:
    """The text as a person reads it: the display-only isolate marks removed."""
    return text.translate(ISOLATES)
