"""A small declarative walker for JSON payloads.

Each parser takes ``(value, path, ctx)`` and returns the normalised value, or raises ``BadValue``
for a problem with that value. Object and list parsers record problems of their members in
``ctx.errors`` under dotted paths and keep going, so one pass reports every bad field.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fieldclient.domain.errors import FieldError

MAX_QUOTED = 40
MAX_QUOTED_INT_BITS = 128  # repr() of a much longer int is refused by Python (4,300 digits)


class BadValue(Exception):
    """One value is wrong; the walker turns it into a FieldError at the value's path."""

    def __init__(self, code: str, message: str, **params: int) -> None:
        super().__init__(code)
        self.code = code
        self.message = message
        self.params = params


@dataclass
class Context:
    """What parsers need besides the value: the time of validation and the problems so far."""

    now: datetime
    errors: list[FieldError] = field(default_factory=list)

    def add(self, path: str, code: str, message: str, params: dict[str, int] | None = None) -> None:
        self.errors.append(FieldError(path, message, code, params or {}))


Parser = Callable[[Any, str, Context], Any]


@dataclass(frozen=True)
class Field:
    name: str
    parse: Parser
    required: bool = True
    hint: str = ""  # what to type, appended to "is required"


def quoted(value: object) -> str:
    """The clerk's input for a message, shortened so one bad paste does not flood the screen."""
    if isinstance(value, int) and value.bit_length() > MAX_QUOTED_INT_BITS:
        return "a number too long to show"
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= MAX_QUOTED else text[: MAX_QUOTED - 1] + "…"


def join(path: str, name: str | int) -> str:
    return f"{path}.{name}" if path else str(name)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def unknown_field_message(name: str, known: Sequence[str]) -> str:
    close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
    if close:
        return f"is not a field of this form; did you mean {close[0]}?"
    return "is not a field of this form; remove it (allowed: " + ", ".join(known) + ")"


def obj(fields: Sequence[Field]) -> Parser:
    """A JSON object with exactly these fields (unknown ones refused, did-you-mean offered)."""
    by_name = {spec.name: spec for spec in fields}

    def parse(value: Any, path: str, ctx: Context) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise BadValue("not_object", "must be a group of fields (a JSON object)")
        for key in value:
            if key not in by_name:
                ctx.add(
                    join(path, str(key)),
                    "unknown_field",
                    unknown_field_message(str(key), list(by_name)),
                )
        return parse_fields(fields, value, path, ctx)

    return parse


def parse_fields(
    fields: Sequence[Field], value: dict[str, Any], path: str, ctx: Context
) -> dict[str, Any]:
    normalised: dict[str, Any] = {}
    for spec in fields:
        member_path = join(path, spec.name)
        raw = value.get(spec.name)
        if is_blank(raw):
            if spec.required:
                ctx.add(
                    member_path, "required", "is required" + (f"; {spec.hint}" if spec.hint else "")
                )
            continue
        try:
            normalised[spec.name] = spec.parse(raw, member_path, ctx)
        except BadValue as problem:
            ctx.add(member_path, problem.code, problem.message, problem.params)
    return normalised


def list_of(
    item: Parser, *, min_items: int = 0, max_items: int = 100, what: str = "entry"
) -> Parser:
    def parse(value: Any, path: str, ctx: Context) -> list[Any]:
        if not isinstance(value, list):
            raise BadValue("not_list", f"must be a list of {what} entries")
        if len(value) < min_items:
            raise BadValue(
                "too_few",
                f"needs at least {min_items} {what}" + ("" if min_items == 1 else "s"),
                min_items=min_items,
            )
        if len(value) > max_items:
            raise BadValue(
                "too_many", f"may hold at most {max_items} {what} entries", max_items=max_items
            )
        normalised = []
        for index, member in enumerate(value):
            member_path = join(path, index)
            try:
                normalised.append(item(member, member_path, ctx))
            except BadValue as problem:
                ctx.add(member_path, problem.code, problem.message, problem.params)
        return normalised

    return parse


# Characters no clerk types and a forger uses (one regex: 10x faster than a loop): C0 controls
# other than tab, newline and carriage return; DEL and the C1 controls; the bidirectional
# embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069), which make text display in
# an order other than the one stored ("right-to-left override" spoofing). The directional marks
# LRM, RLM and ALM stay allowed: Urdu keyboards type them in mixed Urdu and English text.
_CONTROL_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_ASCII_DIGITS = re.compile(r"[0-9]{1,18}")


def has_control_character(typed: str) -> bool:
    """True when ``typed`` holds a character refused in every text field (see above)."""
    return _CONTROL_CHARACTER.search(typed) is not None


def text(*, max_length: int = 200, min_length: int = 1) -> Parser:
    """Free text in any script; surrounding spaces trimmed, control characters refused."""

    def parse(value: Any, path: str, ctx: Context) -> str:
        if not isinstance(value, str):
            raise BadValue("not_text", "must be text")
        cleaned = value.strip()
        if has_control_character(cleaned):
            raise BadValue(
                "control_character",
                "contains invisible control or text-direction characters; retype it",
            )
        if len(cleaned) < min_length:
            raise BadValue(
                "too_short", f"must be at least {min_length} characters", min_length=min_length
            )
        if len(cleaned) > max_length:
            raise BadValue(
                "too_long",
                f"must be at most {max_length} characters (it has {len(cleaned)})",
                max_length=max_length,
                length=len(cleaned),
            )
        return cleaned

    return parse


def person_name(value: Any, path: str, ctx: Context) -> str:
    """A name in Urdu or English script: letters required, spaces collapsed."""
    cleaned = " ".join(text(max_length=100)(value, path, ctx).split())
    if not any(char.isalpha() for char in cleaned):
        raise BadValue(
            "no_letters",
            f"must be a name written in letters, Urdu or English (you typed {quoted(cleaned)})",
        )
    return cleaned


def choice(options: Sequence[str]) -> Parser:
    def parse(value: Any, path: str, ctx: Context) -> str:
        if value not in options:
            raise BadValue(
                "not_a_choice", f"must be one of {', '.join(options)} (you typed {quoted(value)})"
            )
        return str(value)

    return parse


def integer(minimum: int, maximum: int) -> Parser:
    def parse(value: Any, path: str, ctx: Context) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            if isinstance(value, str) and _ASCII_DIGITS.fullmatch(value.strip()):
                value = int(value.strip())
            elif isinstance(value, float) and value.is_integer():
                value = int(value)
            else:
                raise BadValue(
                    "not_a_number", f"must be a whole number (you typed {quoted(value)})"
                )
        if not minimum <= value <= maximum:
            raise BadValue(
                "out_of_range",
                f"must be between {minimum} and {maximum} (you typed {quoted(value)})",
                minimum=minimum,
                maximum=maximum,
            )
        return value

    return parse


def boolean(value: Any, path: str, ctx: Context) -> bool:
    if not isinstance(value, bool):
        raise BadValue("not_yes_no", "must be true or false")
    return value
