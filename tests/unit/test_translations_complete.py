"""Every user-visible string is translated in the commit that adds it.

The project's rule (docs/ARCHITECTURE.md, "Adding a record kind" and the style guide): a new tr()
text reaches resources/translations/*.ts through `make update-translations` and gets its Urdu in
the same commit. These tests fail when a message is unfinished or empty, when a translation lost a
`{placeholder}` of its source, and when the sources hold a text the .ts does not have yet.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = sorted((ROOT / "resources" / "translations").glob("*.ts"))
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
PLACEHOLDER = re.compile(r"\{[a-z_]+(?::[^}]*)?\}")


def messages(ts_file: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts_file).getroot()
    return [
        (context.findtext("name") or "", message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def test_there_is_a_translation_file():
    assert [path.name for path in TRANSLATIONS] == ["fieldclient_ur.ts"]


@pytest.mark.parametrize("ts_file", TRANSLATIONS, ids=lambda path: path.name)
def test_every_message_is_finished_and_not_empty(ts_file):
    problems = []
    for context, message in messages(ts_file):
        source = message.findtext("source")
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        elif any(not text.strip() for text in translations_of(message)):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts_file", TRANSLATIONS, ids=lambda path: path.name)
def test_translations_keep_the_placeholders_of_their_source(ts_file):
    problems = []
    for context, message in messages(ts_file):
        wanted = sorted(PLACEHOLDER.findall(message.findtext("source") or ""))
        for text in translations_of(message):
            if sorted(PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"{context}: {message.findtext('source')!r} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("ts_file", TRANSLATIONS, ids=lambda path: path.name)
def test_the_translation_file_holds_every_text_of_the_sources(ts_file, tmp_path):
    """lupdate over the sources (as `make update-translations` runs it) adds nothing."""
    sources = [
        str(path)
        for folder in (
            "fieldclient/ui",
            "fieldclient/domain/records",
            "fieldclient/domain/training",
            "fieldclient/domain/reports",
        )
        for path in sorted((ROOT / folder).rglob("*.py"))
    ]
    sources.append(str(ROOT / "fieldclient/domain/roles.py"))
    refreshed = tmp_path / ts_file.name
    shutil.copy(ts_file, refreshed)
    run = subprocess.run(
        [str(LUPDATE), *sources, "-ts", str(refreshed), "-no-obsolete"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    before = {(context, m.findtext("source")) for context, m in messages(ts_file)}
    after = {(context, m.findtext("source")) for context, m in messages(refreshed)}
    assert sorted(after - before) == [], "run `make update-translations` and translate these"
    assert sorted(before - after) == [], "gone from the sources: `make update-translations`"
