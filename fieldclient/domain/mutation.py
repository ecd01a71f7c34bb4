"""A mutation: one local change of one record, as it waits in the outbox and travels to the server.

Made by the vault's write path when a change is stored, kept in the outbox as JSON
(``to_dict``), read back with ``from_dict`` and turned into the wire message
(``sync.protocol.messages.Mutation``) only when it is pushed. Exactly the op's payload is set:
``record`` for a create, ``fields`` (and ``base_clocks``) for an update, ``entry`` for a
transition or a statement. docs/ARCHITECTURE.md ("Mutations") describes the fields.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from enum import StrEnum
from typing import Any


class Op(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    TRANSITION = "transition"
    STATEMENT = "statement"


_PAYLOAD_OF = {Op.CREATE: "record", Op.UPDATE: "fields", Op.TRANSITION: "entry"}
_PAYLOADS = ("record", "fields", "entry")
_TEXT_FIELDS = ("mutation_id", "record_id", "record_type", "hlc", "officer", "at")


class InvalidMutation(ValueError):
    """A stored mutation that is not one; ``problems`` names the fields, never their values."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(", ".join(problems))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class Mutation:
    mutation_id: str
    record_id: str
    record_type: str
    op: Op
    hlc: str
    officer: str
    at: str
    record: dict[str, Any] | None = None
    fields: dict[str, Any] | None = None
    base_clocks: dict[str, str | None] | None = None
    entry: dict[str, Any] | None = None

    def __post_init__(self) -> None:
        problems = _payload_problems(self.op, {name: getattr(self, name) for name in _PAYLOADS})
        if self.base_clocks is not None and self.op is not Op.UPDATE:
            problems.append("base_clocks")
        if problems:
            raise InvalidMutation(problems)

    @classmethod
    def new(
        cls, op: Op, record_id: str, record_type: str, *, hlc: str, officer: str, at: str,
        **payload: Any,
    ) -> Mutation:  # fmt: skip
        """A mutation with a fresh id."""
        return cls(uuid.uuid4().hex, record_id, record_type, op, hlc, officer, at, **payload)

    def to_dict(self) -> dict[str, Any]:
        """The outbox form: the envelope, then only the payload the op carries."""
        body: dict[str, Any] = {
            "mutation_id": self.mutation_id,
            "record_id": self.record_id,
            "record_type": self.record_type,
            "op": self.op.value,
            "hlc": self.hlc,
            "officer": self.officer,
            "at": self.at,
        }
        for name in ("record", "fields", "base_clocks", "entry"):
            value = getattr(self, name)
            if value is not None:
                body[name] = value
        return body

    @classmethod
    def from_dict(cls, raw: object) -> Mutation:
        """Read an outbox body back; ``InvalidMutation`` names what is wrong with it."""
        if not isinstance(raw, dict):
            raise InvalidMutation(["body"])
        problems = [name for name in _TEXT_FIELDS if not isinstance(raw.get(name), str)]
        problems += [name for name in raw if name not in _KNOWN]
        try:
            op = Op(str(raw.get("op")))
        except ValueError:
            problems.append("op")
        for name in ("record", "fields", "base_clocks", "entry"):
            if raw.get(name) is not None and not isinstance(raw[name], dict):
                problems.append(name)
        if problems:
            raise InvalidMutation(problems)
        return cls(**{name: raw[name] for name in _KNOWN if name in raw} | {"op": op})


_KNOWN = (*_TEXT_FIELDS, "op", "record", "fields", "base_clocks", "entry")


def _payload_problems(op: Op, payload: dict[str, Any]) -> list[str]:
    wanted = _PAYLOAD_OF.get(op, "entry")
    return [name for name in _PAYLOADS if (payload[name] is not None) != (name == wanted)]
