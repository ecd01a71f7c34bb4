"""The guided exercises of training mode and their checks (docs/TRAINING.md).

A check looks only at what the trainee stored: the vault's records and the audit entries the
trainee made since the exercise started (`Attempt`, read by `fieldclient.services.exercises`),
never at the widgets. It returns what is missing, as `Finding`s whose English text is marked
for Qt Linguist (context ``Exercise``) and shown in the screen's language; no finding means
the exercise is done. Where the trainee made several attempts (two FIRs), the one closest to
done counts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from fieldclient.domain.record import Record
from fieldclient.domain.translatable import QT_TRANSLATE_NOOP

EXERCISE_CONTEXT = "Exercise"
PRINT_ACTION = "document.print"  # the audit action of a print (services.documents)
RESOLVE_ACTION = "conflict.resolve"
STATEMENT_ACTION = "fir.statement"  # RecordService.append_statement's audit action for an FIR


@dataclass(frozen=True)
class Finding:
    """One thing the trainee missed: English text with {placeholders}, and their values."""

    text: str
    values: Mapping[str, str] = field(default_factory=dict)

    def english(self) -> str:
        return self.text.format(**self.values)


@dataclass(frozen=True)
class Action:
    """An audit entry of the trainee's: what they did to which record, and when."""

    action: str
    record_id: str | None
    at: datetime


@dataclass(frozen=True)
class Attempt:
    """What the vault holds when the trainee asks for a check."""

    trainee: str  # badge
    started_at: datetime
    records: Sequence[Record]
    new_record_ids: frozenset[str]  # records stored on this device after the start
    actions: Sequence[Action]  # the trainee's audit entries since the start
    practice_pin: str = ""

    def made_since_start(self, record_type: str) -> list[Record]:
        return [
            record
            for record in self.records
            if record.type == record_type
            and record.created_by == self.trainee
            and record.id in self.new_record_ids
        ]

    def did(self, action: str, record_id: str | None = None) -> bool:
        return any(
            entry.action == action and (record_id is None or entry.record_id == record_id)
            for entry in self.actions
        )


@dataclass(frozen=True)
class Exercise:
    id: str
    title: str  # marked for translation (context Exercise)
    steps: str  # what to do, marked for translation
    check: Callable[[Attempt], list[Finding]]


def _at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def _closest(attempts: list[list[Finding]], nothing: Finding) -> list[Finding]:
    """The findings of the attempt with the fewest, or ``nothing`` when there is no attempt."""
    return min(attempts, key=len) if attempts else [nothing]


# ---- the checks ----------------------------------------------------------------------------


def check_fir_unknown_accused(attempt: Attempt) -> list[Finding]:
    return _closest(
        [_fir_findings(fir) for fir in attempt.made_since_start("fir")],
        Finding(QT_TRANSLATE_NOOP("Exercise", "Save a new FIR: none was made since you started.")),
    )


def _fir_findings(fir: Record) -> list[Finding]:
    findings = []
    unknown = [person for person in fir.data.get("accused", []) if person.get("unknown")]
    if not unknown:
        findings.append(
            Finding(
                QT_TRANSLATE_NOOP(
                    "Exercise", "Mark the accused as unknown: no accused in your FIR is unknown."
                )
            )
        )
    elif not any(str(person.get("description", "")).strip() for person in unknown):
        findings.append(
            Finding(
                QT_TRANSLATE_NOOP(
                    "Exercise",
                    "Describe the unknown accused (what the informant saw: build, clothes, "
                    "vehicle).",
                )
            )
        )
    if fir.status == "draft":
        findings.append(
            Finding(
                QT_TRANSLATE_NOOP(
                    "Exercise",
                    "Register the FIR: it is still a draft (enter the daily-diary number, then "
                    "Register FIR).",
                )
            )
        )
    return findings


def check_supplementary_statement(attempt: Attempt) -> list[Finding]:
    statements = [
        statement
        for record in attempt.records
        if record.type == "fir" and attempt.did(STATEMENT_ACTION, record.id)
        for statement in record.statements
        if statement.get("by") == attempt.trainee and _at(statement["at"]) >= attempt.started_at
    ]
    attempts = [
        []
        if str(statement.get("given_by", "")).strip()
        else [
            Finding(
                QT_TRANSLATE_NOOP(
                    "Exercise", "Say who gave the statement (the Given by box is empty)."
                )
            )
        ]
        for statement in statements
    ]
    return _closest(
        attempts,
        Finding(
            QT_TRANSLATE_NOOP(
                "Exercise",
                "Add a supplementary statement to a registered FIR: none was added since you "
                "started.",
            )
        ),
    )


def check_challan_ticket(attempt: Attempt) -> list[Finding]:
    print_missing = Finding(
        QT_TRANSLATE_NOOP(
            "Exercise", "Print the ticket for the driver: the challan was saved but not printed."
        )
    )
    return _closest(
        [
            [] if attempt.did(PRINT_ACTION, challan.id) else [print_missing]
            for challan in attempt.made_since_start("challan")
        ],
        Finding(
            QT_TRANSLATE_NOOP("Exercise", "Issue a challan: none was saved since you started.")
        ),
    )


def check_tenant_two_references(attempt: Attempt) -> list[Finding]:
    def findings(tenant: Record) -> list[Finding]:
        references: list[Any] = tenant.data.get("references") or []
        if len(references) == 2:
            return []
        return [
            Finding(
                QT_TRANSLATE_NOOP(
                    "Exercise",
                    "Add the two references (name and mobile of each): the registration has "
                    "{count}.",
                ),
                {"count": str(len(references))},
            )
        ]

    return _closest(
        [findings(tenant) for tenant in attempt.made_since_start("tenant")],
        Finding(
            QT_TRANSLATE_NOOP(
                "Exercise", "Register a tenant: no registration was saved since you started."
            )
        ),
    )


def check_resolve_conflict(attempt: Attempt) -> list[Finding]:
    if attempt.did(RESOLVE_ACTION):
        return []
    return [
        Finding(
            QT_TRANSLATE_NOOP(
                "Exercise",
                "Resolve the conflict on the Conflicts page: choose which value to keep.",
            )
        )
    ]


def check_in_by_pin(attempt: Attempt) -> list[Finding]:
    mine = [
        event
        for event in attempt.records
        if event.type == "attendance"
        and event.data.get("badge_no") == attempt.trainee
        and event.id in attempt.new_record_ids
    ]
    if any(e.data.get("kind") == "check_in" and e.data.get("method") == "pin" for e in mine):
        return []
    if any(event.data.get("method") != "pin" for event in mine):
        text = QT_TRANSLATE_NOOP(
            "Exercise", "Use your badge number and PIN, not the fingerprint or an override."
        )
    elif mine:
        text = QT_TRANSLATE_NOOP("Exercise", "You checked out: check in instead.")
    else:
        text = QT_TRANSLATE_NOOP(
            "Exercise",
            "Check in on the Attendance page with your badge number and PIN (your practice PIN "
            "is {pin}).",
        )
    return [Finding(text, {"pin": attempt.practice_pin})]


EXERCISES: tuple[Exercise, ...] = (
    Exercise(
        "fir_unknown_accused",
        QT_TRANSLATE_NOOP("Exercise", "Register an FIR with an unknown accused"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Open FIRs and New. Type the informant, the offence and the narrative; for the "
            "accused tick Unknown and describe them. Save, then register it with a daily-diary "
            "number.",
        ),
        check_fir_unknown_accused,
    ),
    Exercise(
        "supplementary_statement",
        QT_TRANSLATE_NOOP("Exercise", "Add a supplementary statement"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Open a registered FIR, write the new statement, say who gave it and add it.",
        ),
        check_supplementary_statement,
    ),
    Exercise(
        "challan_ticket",
        QT_TRANSLATE_NOOP("Exercise", "Issue a challan and print the ticket"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Open Challans and New. Type the vehicle, the driver and the violations, save, then "
            "print the ticket (A4 or receipt).",
        ),
        check_challan_ticket,
    ),
    Exercise(
        "tenant_two_references",
        QT_TRANSLATE_NOOP("Exercise", "Register a tenant with two references"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Open Tenants and New. Type the landlord, the property, the tenant and two "
            "references with their mobiles, then save.",
        ),
        check_tenant_two_references,
    ),
    Exercise(
        "resolve_conflict",
        QT_TRANSLATE_NOOP("Exercise", "Resolve a conflict"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "A colleague changed a tenant's mobile while you did. Open Conflicts, compare the "
            "two values and keep the right one.",
        ),
        check_resolve_conflict,
    ),
    Exercise(
        "check_in_pin",
        QT_TRANSLATE_NOOP("Exercise", "Check in by PIN"),
        QT_TRANSLATE_NOOP(
            "Exercise",
            "Open Attendance and check in with your badge number and your practice PIN.",
        ),
        check_in_by_pin,
    ),
)
BY_ID = {exercise.id: exercise for exercise in EXERCISES}
