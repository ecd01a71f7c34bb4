"""The registry of record kinds: every layer asks it what a record type is.

``KINDS`` is a live read-only view: a kind registered at run time (``register_kind``) is known
at once to everything that reads it, including validation of the type named in a record or a
sync message. The built-in kinds are registered by ``fieldclient.domain.records``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.records.kind import ANY_FIELD, RecordKind
from fieldclient.domain.records.numbering import NumberingScheme
from fieldclient.domain.roles import Action

_KINDS: dict[str, RecordKind] = {}
KINDS: Mapping[str, RecordKind] = MappingProxyType(_KINDS)  # name -> kind, in registration order
_NAME = re.compile(r"[a-z][a-z0-9_]{0,15}")  # the server stores the type in 16 characters


def register_kind(kind: RecordKind) -> RecordKind:
    """Make ``kind`` known everywhere; raises ValueError for a malformed or duplicate kind."""
    problems = _problems(kind)
    if kind.name in _KINDS:
        problems.append(f"a kind named {kind.name!r} is already registered")
    if problems:
        raise ValueError(f"record kind {kind.name!r}: " + "; ".join(problems))
    _KINDS[kind.name] = kind
    return kind


def unregister_kind(name: str) -> None:
    """Forget a kind registered at run time (a test's throwaway kind)."""
    _KINDS.pop(name, None)


def is_registered(name: str) -> bool:
    return name in _KINDS


def kind_of(record_type: str) -> RecordKind:
    """The kind named ``record_type``; ValidationFailed naming the known ones if there is none."""
    kind = _KINDS.get(record_type)
    if kind is None:
        raise ValidationFailed([unknown_type_error()])
    return kind


def unknown_type_error() -> FieldError:
    return FieldError("type", f"must be one of {', '.join(_KINDS)}", "unknown_record_type")


class PerKind(Mapping[str, Any]):
    """A live read-only view of one attribute of every registered kind (``STATUSES["fir"]``)."""

    def __init__(self, attribute: str) -> None:
        self._attribute = attribute

    def __getitem__(self, name: str) -> Any:
        return getattr(_KINDS[name], self._attribute)

    def __iter__(self) -> Iterator[str]:
        return iter(_KINDS)

    def __len__(self) -> int:
        return len(_KINDS)


def _problems(kind: RecordKind) -> list[str]:
    statuses = set(kind.statuses)
    field_names = {spec.name for spec in kind.fields}
    problems = [] if _NAME.fullmatch(kind.name) else ["the name must be [a-z][a-z0-9_]{0,15}"]
    if kind.initial not in statuses:
        problems.append(f"initial status {kind.initial!r} is not one of its statuses")
    moves = {(a, b) for a, targets in kind.transitions.items() for b in targets}
    named = {s for move in moves for s in move} | set(kind.editable) | set(kind.status_labels)
    named |= set(kind.transition_actions) | kind.review_statuses
    named |= set(kind.review_approves_to.values()) | set(kind.review_returns_to.values())
    unknown = sorted((named | kind.statement_statuses | kind.reason_required_for) - statuses)
    if unknown:
        problems.append(f"unknown statuses {', '.join(unknown)}")
    if not kind.server_only <= moves:
        problems.append("a server-only transition is not a transition")
    if any(
        not {"review", "*"} & kind.editable.get(status, frozenset())
        for status in kind.review_statuses
    ):
        problems.append("a review status must let the review field be edited")
    review_moves = {*kind.review_approves_to.items(), *kind.review_returns_to.items()}
    if not {status for status, _ in review_moves} <= kind.review_statuses or not (
        review_moves <= moves
    ):
        problems.append("a review decision's move must be a transition from a review status")
    if not is_action(kind.review_action):
        problems.append("the review action is not one of domain/roles.py's actions")
    if not all(is_action(action) for action in kind.transition_actions.values()):
        problems.append("a transition action is not one of domain/roles.py's actions")
    edited = {name for fields in kind.editable.values() if fields != ANY_FIELD for name in fields}
    if kind.time_field is not None:
        edited.add(kind.time_field)
    if edited - field_names:
        problems.append(f"unknown fields {', '.join(sorted(edited - field_names))}")
    numbering = kind.numbering
    if numbering.scheme is NumberingScheme.SERVER and numbering.counter is None:
        problems.append("a kind numbered by the server needs its counter")
    if numbering.due_at is not None and numbering.due_at not in statuses - {kind.initial}:
        problems.append("numbering.due_at must be a status other than the initial one")
    return problems


def is_action(value: str) -> bool:
    return value in set(Action)
