"""JSON typed or uploaded by a person or a script, read within limits no record comes near.

Python's ``json`` module is lenient where it hurts: it recurses once per nesting level (10,000
levels raise ``RecursionError``), it turns ``"\\ud800"`` into a lone surrogate that no UTF-8 file
or database can hold, an integer of more than 4,300 digits raises ``ValueError``, and it accepts
``NaN`` and ``Infinity``, which are not JSON. Each of these is refused here as a
``ValidationFailed`` that says where the input went wrong, like any other bad field.
"""

from __future__ import annotations

import json
from typing import Any

from fieldclient.domain.errors import FieldError, ValidationFailed

INPUT = "(input)"
MAX_DEPTH = 32  # a record's data is at most four or five levels deep
MAX_SAFE_INTEGER = 2**53 - 1  # the largest integer every JSON reader holds exactly
_MAX_INTEGER_DIGITS = len(str(MAX_SAFE_INTEGER))


def parse_json_input(raw: str | bytes) -> Any:
    """The parsed value, or ``ValidationFailed`` naming the first problem."""
    try:
        value = json.loads(
            raw, parse_int=_bounded_int, parse_float=_finite_float, parse_constant=_no_constant
        )
    except json.JSONDecodeError as broken:
        where = f" at line {broken.lineno}, column {broken.colno}"
        raise _refused(INPUT, f"is not valid JSON{where}: {broken.msg}", "invalid_json") from None
    except UnicodeDecodeError:
        raise _refused(INPUT, "is not valid JSON: not UTF-8 text", "invalid_json") from None
    except RecursionError:
        raise _too_deep(INPUT) from None
    except _OutOfRange as refused:
        raise _refused(INPUT, str(refused), "out_of_range") from None
    _check_structure(value)
    return value


class _OutOfRange(ValueError):
    pass


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_INTEGER_DIGITS or abs(int(digits)) > MAX_SAFE_INTEGER:
        raise _OutOfRange(f"holds a number larger than {MAX_SAFE_INTEGER:,}")
    return int(digits)


def _finite_float(digits: str) -> float:
    number = float(digits)
    if number in (float("inf"), float("-inf")):
        raise _OutOfRange("holds a number too large to store")
    return number


def _no_constant(name: str) -> float:
    raise _OutOfRange(f"holds {name}, which is not a JSON number")


def _check_structure(value: Any) -> None:
    """Depth and text, walked without recursion: every string (keys too) must be valid Unicode."""
    pending: list[tuple[Any, tuple[str, ...]]] = [(value, ())]
    while pending:
        item, path = pending.pop()
        if len(path) > MAX_DEPTH:
            raise _too_deep(_dotted(path[:MAX_DEPTH]))
        if isinstance(item, str):
            _check_text(item, path)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key, path)
                pending.append((child, (*path, key)))
        elif isinstance(item, list):
            pending.extend((child, (*path, str(index))) for index, child in enumerate(item))


def _check_text(text: str, path: tuple[str, ...]) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise _refused(
            _dotted(path),
            "holds an escape such as \\ud800 that is half of a character, not text",
            "invalid_text",
        ) from None


def _dotted(path: tuple[str, ...]) -> str:
    return ".".join(path) or INPUT


def _too_deep(field: str) -> ValidationFailed:
    return _refused(field, f"is nested more than {MAX_DEPTH} levels deep", "too_deep")


def _refused(field: str, message: str, code: str) -> ValidationFailed:
    return ValidationFailed([FieldError(field, message, code)])
