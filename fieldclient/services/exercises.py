"""Running the guided exercises in a practice vault and keeping each trainee's results.

`start` notes when the trainee began (in the vault's meta) and sets the exercise up where it
needs something to work on (a conflict to resolve, the practice PIN). `check` reads what the
vault holds now (records, and the trainee's audit entries since the start), runs the exercise's
Qt-free check (`fieldclient.domain.training.exercises`) and appends the result to
``training_results.json`` beside the practice vault: who, which exercise, when, passed or what
was missing. No record content is in that file, and it outlives "Reset training data", so an
instructor can list every trainee's results on that PC (`results`).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.training import practice_data
from fieldclient.domain.training.exercises import BY_ID, Action, Attempt, Finding
from fieldclient.services.attendance import AttendanceService
from fieldclient.services.records import RecordService
from fieldclient.services.session import Session
from fieldclient.services.training import PRACTICE_PIN, add_practice_conflict
from fieldclient.vault.atomic import write_atomically
from fieldclient.vault.repository import RecordQuery

RESULTS_FILE = "training_results.json"
_START_META = "training_start/{badge}/{exercise}"


@dataclass(frozen=True)
class ExerciseResult:
    trainee: str  # badge
    name: str
    exercise: str  # Exercise.id
    at: str  # ISO time, Pakistan
    findings: tuple[Finding, ...]  # empty: passed

    @property
    def passed(self) -> bool:
        return not self.findings

    def to_json(self) -> dict:
        return {
            "trainee": self.trainee,
            "name": self.name,
            "exercise": self.exercise,
            "at": self.at,
            "passed": self.passed,
            "missing": [{"text": f.text, "values": dict(f.values)} for f in self.findings],
        }

    @classmethod
    def from_json(cls, raw: dict) -> ExerciseResult:
        return cls(
            trainee=str(raw["trainee"]),
            name=str(raw.get("name", "")),
            exercise=str(raw["exercise"]),
            at=str(raw["at"]),
            findings=tuple(
                Finding(str(item["text"]), dict(item.get("values", {})))
                for item in raw.get("missing", [])
            ),
        )


class ExerciseService:
    def __init__(self, session: Session) -> None:
        if not session.training:
            raise ValidationFailed(
                [FieldError("training", "exercises run only in training mode", "not_training")]
            )
        self.session = session
        self.records = RecordService(session)
        self.results_file = session.vault.data_dir / RESULTS_FILE

    def start(self, exercise_id: str) -> datetime:
        """Begin (or begin again) an exercise; what the trainee stores from now on counts."""
        _exercise(exercise_id)
        vault = self.session.vault
        if exercise_id == "resolve_conflict" and not self.session.repo.open_conflict_count():
            self._add_conflict()
        attendance = AttendanceService(self.records)
        if exercise_id == "check_in_pin" and not attendance.has_pin(self.session.officer_badge):
            attendance.set_pin(self.session.officer_badge, PRACTICE_PIN)
        started = self.session.now()
        with vault.transaction():
            vault.audit("training.start", None, {"exercise": exercise_id})
            # Where the records and the audit log stood: later rows count (a clock reading to
            # the second could not tell a record made just before the start from one after).
            mark = {
                "at": started.isoformat(),
                "record_seq": _last_seq(vault.conn, "records"),
                "audit_seq": _last_seq(vault.conn, "audit"),
            }
            vault.set_meta(self._start_key(exercise_id), json.dumps(mark))
        return started

    def started_at(self, exercise_id: str) -> datetime | None:
        mark = self._start_mark(exercise_id)
        return datetime.fromisoformat(mark["at"]) if mark else None

    def _start_mark(self, exercise_id: str) -> dict | None:
        stored = self.session.vault.get_meta(self._start_key(exercise_id))
        return json.loads(stored) if stored else None

    def check(self, exercise_id: str) -> ExerciseResult:
        """What the trainee stored since the start, checked; the result is kept."""
        exercise = _exercise(exercise_id)
        mark = self._start_mark(exercise_id)
        if mark is None:
            raise ValidationFailed(
                [FieldError("exercise", "start the exercise first", "not_started")]
            )
        conn = self.session.vault.conn
        new_ids = conn.execute("SELECT id FROM records WHERE seq > ?", (mark["record_seq"],))
        actions = conn.execute(
            "SELECT action, record_id, at FROM audit WHERE seq > ? AND officer = ? ORDER BY seq",
            (mark["audit_seq"], self.session.officer_badge),
        )
        attempt = Attempt(
            trainee=self.session.officer_badge,
            started_at=datetime.fromisoformat(mark["at"]),
            records=self.records.find(RecordQuery()),
            new_record_ids=frozenset(row[0] for row in new_ids),
            actions=[
                Action(action, rid, datetime.fromisoformat(at)) for action, rid, at in actions
            ],
            practice_pin=PRACTICE_PIN,
        )
        result = ExerciseResult(
            trainee=self.session.officer_badge,
            name=self.session.officer_name,
            exercise=exercise_id,
            at=self.session.now().isoformat(),
            findings=tuple(exercise.check(attempt)),
        )
        self._keep(result)
        return result

    def results(self) -> list[ExerciseResult]:
        """Every trainee's results on this PC, newest first."""
        return read_results(self.results_file)

    def _add_conflict(self) -> None:
        tenants = self.records.find(RecordQuery(record_type="tenant"), limit=1)
        if not tenants:
            rng = random.Random()
            tenants = [
                self.records.create(
                    "tenant", practice_data.tenant_payload(rng, self.session.now(), None)
                )
            ]
        add_practice_conflict(
            self.session, tenants[0].id, practice_data.practice_mobile(random.Random())
        )

    def _keep(self, result: ExerciseResult) -> None:
        kept = [entry.to_json() for entry in reversed(self.results())] + [result.to_json()]
        write_atomically(
            self.results_file, json.dumps(kept, ensure_ascii=False, indent=1).encode("utf-8")
        )

    def _start_key(self, exercise_id: str) -> str:
        return _START_META.format(badge=self.session.officer_badge, exercise=exercise_id)


def _last_seq(conn, table: str) -> int:  # type: ignore[no-untyped-def]
    return int(conn.execute(f"SELECT coalesce(max(seq), 0) FROM {table}").fetchone()[0])


def read_results(path: Path) -> list[ExerciseResult]:
    """The results kept in ``path``, newest first; an unreadable file reads as none."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        results = [ExerciseResult.from_json(entry) for entry in raw]
    except (OSError, ValueError, KeyError, TypeError):
        return []
    # Newest first; of two kept in the same second, the one kept later first.
    return sorted(reversed(results), key=lambda result: result.at, reverse=True)


def _exercise(exercise_id: str):  # type: ignore[no-untyped-def]
    try:
        return BY_ID[exercise_id]
    except KeyError:
        raise ValidationFailed(
            [FieldError("exercise", f"there is no exercise {exercise_id!r}", "unknown_exercise")]
        ) from None
