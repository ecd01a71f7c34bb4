"""Everything the other layers need to know about one record kind, in one place.

A kind module (``fir.py``, ``challan.py``, …) builds one ``RecordKind`` and the registry
(``registry.register_kind``) makes it known. The vault, the services, the protocol, the sync
server and the GUI read the kind from the registry; none of them branches on a type's name.

Words a person reads (``label``, ``plural``, ``columns``, ``status_labels``) are English source
texts marked with ``QT_TRANSLATE_NOOP`` (contexts ``RecordKind`` and ``status``), so
``make update-translations`` extracts them and the GUI shows them translated.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fieldclient.domain.record import Record
from fieldclient.domain.records.numbering import NO_NUMBER, Numbering
from fieldclient.domain.records.text_index import every_text
from fieldclient.domain.schema import BadValue, Context, Field, obj

ANY_FIELD = frozenset({"*"})


@dataclass(frozen=True)
class ListColumns:
    """Headings of the two columns a kind's ``summary`` fills in: ``title`` and ``detail``."""

    title: str
    detail: str


@dataclass(frozen=True)
class RecordKind:
    # ---- identity and words ------------------------------------------------------------
    name: str  # on the wire and in storage: lowercase letters, digits and _, at most 16
    label: str  # one record, in messages: "FIR", "challan", "tenant record"
    plural: str  # a list of them: "FIRs" (the list page's title)
    # ---- content -----------------------------------------------------------------------
    fields: tuple[Field, ...]
    # ---- lifecycle ---------------------------------------------------------------------
    statuses: tuple[str, ...]
    initial: str
    transitions: Mapping[str, frozenset[str]]  # status -> statuses it may go to
    # ---- lists and search --------------------------------------------------------------
    summary: Callable[[Record], dict[str, str]]  # number, status, title, detail, when
    columns: ListColumns
    time_field: str | None  # the data field holding the record's own time (lists sort on it)
    # ---- optional policy ---------------------------------------------------------------
    editable: Mapping[str, frozenset[str]] = field(default_factory=dict)  # status -> fields
    frozen_message: Mapping[str, str] = field(default_factory=dict)  # status -> why not
    reason_required_for: frozenset[str] = frozenset()  # target statuses that need a reason
    server_only: frozenset[tuple[str, str]] = frozenset()  # (from, to) only the server makes
    cross_check: Callable[[dict[str, Any], Context], None] = lambda data, ctx: None
    # (from, to, data) -> why the data does not allow it, or None
    transition_check: Callable[[str, str, dict[str, Any]], str | None] = lambda a, b, c: None
    # statuses whose transition entry carries the hash of the data (``pinning.py``); the server
    # refuses such a change when the data it holds has another hash
    pinned_at: frozenset[str] = frozenset()
    # target status -> the action (``domain/roles.py``) an officer's role must allow to move there
    transition_actions: Mapping[str, str] = field(default_factory=dict)
    # statuses in which a record waits for a supervisor (the review inbox, ``domain/review.py``)
    review_statuses: frozenset[str] = frozenset()
    # the action (``domain/roles.py``) a supervisor's role must allow to decide for this kind
    review_action: str = "review"
    # review status -> the status an approval / a return moves the record to (a challan's void
    # proposal: voided / issued again); a status not named keeps the record where it is and the
    # decision is only the ``review`` field (an FIR)
    review_approves_to: Mapping[str, str] = field(default_factory=dict)
    review_returns_to: Mapping[str, str] = field(default_factory=dict)
    statement_statuses: frozenset[str] = frozenset()  # statuses that take statements
    statement_refusal: str = ""  # why not, in other statuses; "{status}" is replaced
    numbering: Numbering = NO_NUMBER
    status_labels: Mapping[str, str] = field(default_factory=dict)  # status -> words
    search_text: Callable[[Record], str] = every_text  # what the full-text index holds
    list_page: bool = True  # False: the GUI shows the kind on a screen of its own
    # (record, now, the station's limit in days) -> still waiting past it (a complaint)
    overdue: Callable[[Record, datetime, int], bool] | None = None
    # where its people's identity numbers are -> their role (the vault's person index)
    people: Mapping[str, str] = field(default_factory=dict)

    def validate(self, payload: Any, ctx: Context) -> dict[str, Any]:
        try:
            data = obj(self.fields)(payload, "", ctx)
        except BadValue as problem:
            ctx.add("(input)", problem.code, problem.message)
            return {}
        if not ctx.errors:
            self.cross_check(data, ctx)
        return data

    @property
    def ever_editable(self) -> bool:
        """False for a kind whose records never change once made (attendance events)."""
        return any(self.editable.values())

    @property
    def takes_statements(self) -> bool:
        return bool(self.statement_statuses)

    def frozen_reason(self, status: str) -> str:
        return self.frozen_message.get(
            status, f"a {self.label} in status {status} cannot be changed"
        )

    def statement_refused(self, status: str) -> str:
        if not self.takes_statements:
            return f"a {self.label} takes no supplementary statements"
        return self.statement_refusal.format(status=status) or (
            f"a {self.label} in status {status} takes no supplementary statements"
        )

    def status_label(self, status: str) -> str:
        """The status in words (English source text; the GUI translates it, context status)."""
        return self.status_labels.get(status, status.replace("_", " "))
