"""What the registry needs to know about one record type."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from fieldclient.domain.record import Record
from fieldclient.domain.schema import BadValue, Context, Field, obj

ANY_FIELD = frozenset({"*"})


@dataclass(frozen=True)
class RecordKind:
    name: str
    label: str  # for messages: "FIR", "challan", ...
    statuses: tuple[str, ...]
    initial: str
    fields: tuple[Field, ...]
    transitions: Mapping[str, frozenset[str]]
    editable: Mapping[str, frozenset[str]]  # status -> top-level fields a patch may change
    summary: Callable[[Record], dict[str, str]]
    reason_required_for: frozenset[str] = frozenset()  # target statuses that need a reason
    server_only: frozenset[tuple[str, str]] = frozenset()
    cross_check: Callable[[dict[str, Any], Context], None] = lambda data, ctx: None
    # (from, to, data) -> why the data does not allow it, or None
    transition_check: Callable[[str, str, dict[str, Any]], str | None] = lambda a, b, c: None
    frozen_message: Mapping[str, str] = field(default_factory=dict)

    def validate(self, payload: Any, ctx: Context) -> dict[str, Any]:
        try:
            data = obj(self.fields)(payload, "", ctx)
        except BadValue as problem:
            ctx.add("(input)", problem.code, problem.message)
            return {}
        if not ctx.errors:
            self.cross_check(data, ctx)
        return data
