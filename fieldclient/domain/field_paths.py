"""Dotted field paths of a record's data: what changed, as the clocks and the merge see it."""

from typing import Any


def leaf_paths(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Every leaf of nested objects as `{"a.b": value}`; lists are single values."""
    leaves: dict[str, Any] = {}
    for key, value in data.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and value:
            leaves.update(leaf_paths(value, f"{path}."))
        else:
            leaves[path] = value
    return leaves


def changed_paths(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """The leaves that differ; a leaf that disappeared maps to None."""
    old, new = leaf_paths(before), leaf_paths(after)
    changes = {path: value for path, value in new.items() if old.get(path, _ABSENT) != value}
    changes.update({path: None for path in old if path not in new})
    return changes


_ABSENT = object()
