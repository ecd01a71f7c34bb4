"""The domain's exceptions.

Messages are written for the clerk at the keyboard and may quote what was typed, so they belong
on screen, not in logs: every ``repr`` here names fields and codes only, never values.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass


class DomainError(Exception):
    """Base of every error the domain raises on purpose."""


@dataclass(frozen=True)
class FieldError:
    """One problem with one field.

    ``field`` is a dotted path (``informant.cnic``, ``accused.1.name``); ``message`` tells the
    person what to type and may quote their input; ``code`` is a stable machine string;
    ``params`` are the numbers in the message (limits, counts, never input), so a screen can say
    the same in another language (``fieldclient/ui/error_words.py``).
    """

    field: str
    message: str = dataclasses.field(repr=False)
    code: str = "invalid"
    params: Mapping[str, int] = dataclasses.field(default_factory=dict, repr=False, compare=False)

    def __str__(self) -> str:
        return f"{self.field}: {self.message}"


class ValidationFailed(DomainError):
    """The input was refused and nothing may be stored; holds every problem found, not just one."""

    def __init__(self, errors: list[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__(self.sentence())

    def sentence(self) -> str:
        if len(self.errors) == 1:
            return f"Please correct {self.errors[0]}"
        lines = "; ".join(str(error) for error in self.errors)
        return f"Please correct {len(self.errors)} fields: {lines}"

    @property
    def fields(self) -> list[str]:
        return [error.field for error in self.errors]

    def __repr__(self) -> str:
        named = ", ".join(f"{error.field}={error.code}" for error in self.errors)
        return f"ValidationFailed({named})"


class TransitionRefused(DomainError):
    """A status change that the record type's lifecycle does not allow."""

    def __init__(self, record_type: str, from_status: str, to_status: str, reason: str) -> None:
        self.record_type = record_type
        self.from_status = from_status
        self.to_status = to_status
        self.reason = reason
        super().__init__(f"A {record_type} cannot go from {from_status} to {to_status}: {reason}")

    def __repr__(self) -> str:
        return f"TransitionRefused({self.record_type}, {self.from_status} -> {self.to_status})"


class FrozenRecord(DomainError):
    """An edit to content that may no longer change (a registered FIR, an issued challan, …)."""

    def __init__(self, record_id: str | None, message: str) -> None:
        self.record_id = record_id
        self.message = message
        super().__init__(message)

    def __repr__(self) -> str:
        return f"FrozenRecord({self.record_id!r})"


class MissingReferenceData(DomainError):
    """The reference tables do not hold what a computation needs (e.g. no payment window)."""
