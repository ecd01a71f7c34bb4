"""First Information Report (s.154 CrPC): the FIR's ``RecordKind``, assembled from its parts.

``content`` holds the fields (the register's columns), ``lifecycle`` the statuses and moves,
``numbers`` the official and provisional numbers. Registration freezes the content; later facts
are appended as supplementary statements.
"""

from __future__ import annotations

from fieldclient.domain.record import Record
from fieldclient.domain.records.fir.content import FIELDS, cross_check, offence
from fieldclient.domain.records.fir.lifecycle import (
    EDITABLE,
    REVIEW_STATUSES,
    STATEMENT_STATUSES,
    STATUS_LABELS,
    STATUSES,
    TRANSITIONS,
    transition_check,
)
from fieldclient.domain.records.fir.numbers import (
    NEW_YEAR_GRACE,
    PAKISTAN_TIME,
    number_due,
    official_number,
    provisional_number,
    provisional_shape,
    registration_year,
)
from fieldclient.domain.records.kind import ANY_FIELD, ListColumns, RecordKind
from fieldclient.domain.records.numbering import by_server
from fieldclient.domain.roles import Action
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

__all__ = [
    "FIELDS",
    "KIND",
    "NEW_YEAR_GRACE",
    "PAKISTAN_TIME",
    "STATEMENT_STATUSES",
    "STATUSES",
    "offence",
    "official_number",
    "provisional_number",
    "provisional_shape",
    "registration_year",
    "summary",
]


def summary(record: Record) -> dict[str, str]:
    informant = record.data.get("informant", {})
    return {
        "number": record.number or record.provisional_number or "",
        "status": record.status,
        "title": informant.get("name", ""),
        "detail": ", ".join(record.data.get("offences", [])),
        "when": record.data.get("occurred_at") or record.data.get("occurred_from", ""),
    }


KIND = RecordKind(
    name="fir",
    label=QT_TRANSLATE_NOOP("RecordKind", "FIR"),
    plural=QT_TRANSLATE_NOOP("RecordKind", "FIRs"),
    statuses=STATUSES,
    initial="draft",
    fields=FIELDS,
    transitions=TRANSITIONS,
    editable={"draft": ANY_FIELD, **EDITABLE},
    reason_required_for=frozenset(STATUSES),
    cross_check=cross_check,
    transition_check=transition_check,
    summary=summary,
    columns=ListColumns(
        title=QT_TRANSLATE_NOOP("RecordKind", "Informant"),
        detail=QT_TRANSLATE_NOOP("RecordKind", "Offences"),
    ),
    time_field="reported_at",
    frozen_message={
        status: (
            "a registered FIR cannot be changed; add a supplementary statement instead"
            if status in STATEMENT_STATUSES
            else f"an FIR in status {status} is closed and cannot be changed"
        )
        for status in STATUSES
        if status != "draft"
    },
    statement_statuses=STATEMENT_STATUSES,
    pinned_at=frozenset({"registered"}),
    transition_actions={
        "registered": Action.REGISTER_FIR,
        "refused": Action.REGISTER_FIR,
        "non_cognizable": Action.REGISTER_FIR,
        "cancellation_proposed": Action.PROPOSE_CANCELLATION,
    },
    review_statuses=REVIEW_STATUSES,
    statement_refusal=(
        "a supplementary statement needs a registered FIR (this one is {status}); "
        "edit the draft instead"
    ),
    numbering=by_server(
        number_due,
        due_at="registered",
        provisional=(
            lambda station, record_id, now: provisional_number(station, now.year, record_id),
            provisional_shape,
        ),
    ),
    status_labels=STATUS_LABELS,
    people={"informant.cnic": "informant", "accused.*.cnic": "accused"},
)
