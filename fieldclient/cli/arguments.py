"""Argument types and the parser: what a command cannot use is refused in one line, before any
vault is opened.

A command line can carry bytes that are not UTF-8 (Python turns them into lone surrogates, which
no file or database can store), and a number or a date far outside anything a record holds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NoReturn

EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2199, 12, 31)


class OneLineParser(argparse.ArgumentParser):
    """Refuses a bad command line in one line (argparse would print its usage first)."""

    def error(self, message: str) -> NoReturn:
        print(f"{self.prog}: {message} (see '{self.prog} --help')", file=sys.stderr)
        raise SystemExit(2)


def text(value: str) -> str:
    """Text typed on the command line: an id, a name, a search, a reason, an address."""
    if problem := text_problem(value):
        raise argparse.ArgumentTypeError(problem)
    return value


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be stored as text, or None. Bytes that are not UTF-8 reach Python as
    lone surrogates, which no UTF-8 file or database can hold."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return "holds bytes that are not text (is the terminal set to UTF-8?)"
    if "\x00" in value:
        return "holds a NUL character"
    return None


def file_path(value: str) -> Path:
    """A file name (undecodable bytes are fine in a file name; a NUL character never is)."""
    if "\x00" in value:
        raise argparse.ArgumentTypeError("holds a NUL character")
    return Path(value)


def whole_number(low: int, high: int) -> Callable[[str], int]:
    def parse(value: str) -> int:
        digits = value.strip()
        if not (digits.lstrip("-").isascii() and digits.lstrip("-").isdigit()):
            raise argparse.ArgumentTypeError(f"{value!r} is not a whole number")
        if len(digits) > len(str(high)) + 1 or not low <= int(digits) <= high:
            raise argparse.ArgumentTypeError(f"must be from {low} to {high}")
        return int(digits)

    parse.__name__ = "whole number"  # argparse names the type in its messages
    return parse


def day(value: str) -> date:
    try:
        parsed = date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date like 2026-11-22") from None
    if not EARLIEST_DAY <= parsed <= LATEST_DAY:
        raise argparse.ArgumentTypeError(f"must be between {EARLIEST_DAY} and {LATEST_DAY}")
    return parsed
