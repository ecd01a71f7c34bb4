"""Turning what the form shows into the record's JSON payload, and back into an edit patch."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit


def typed(editor: QLineEdit | QPlainTextEdit) -> str:
    """The text in `editor` without surrounding spaces."""
    raw = editor.text() if isinstance(editor, QLineEdit) else editor.toPlainText()
    return raw.strip()


def compact(values: Mapping[str, Any]) -> dict[str, Any]:
    """Leave out fields the person left empty (the domain then names the required ones)."""
    return {key: value for key, value in values.items() if value not in ("", None)}


def replacement_patch(
    current: Mapping[str, Any], wanted: Mapping[str, Any], managed: Iterable[str]
) -> dict[str, Any]:
    """The patch that makes the form's fields of `current` equal `wanted`.

    `validate_patch` merges nested objects key by key and treats `None` as "remove", so a field the
    person emptied must be sent as `None`. Top-level fields the form does not show (added by the CLI
    or a newer client) are left alone.
    """
    patch: dict[str, Any] = {}
    for key in managed:
        old, new = current.get(key), wanted.get(key)
        if isinstance(old, dict) and isinstance(new, dict):
            patch[key] = {**{sub: None for sub in old if sub not in new}, **new}
        else:
            patch[key] = new
    return patch
