"""Each guided exercise's check: a correct attempt passes, an incomplete one names what is
missing; the checks read the practice vault, and the results are kept per trainee."""

from __future__ import annotations

import pytest

from fieldclient.domain.errors import ValidationFailed
from fieldclient.domain.training.exercises import EXERCISES
from fieldclient.services.attendance import AttendanceService
from fieldclient.services.conflicts import ConflictService
from fieldclient.services.documents import DocumentService
from fieldclient.services.exercises import RESULTS_FILE, ExerciseService
from fieldclient.services.records import RecordService
from fieldclient.services.session import open_session
from fieldclient.services.training import (
    PRACTICE_PIN,
    create_practice_vault,
    reset_practice_vault,
)
from tests.helpers.payloads import challan_payload, fir_payload, tenant_payload

PASSWORD = "practice-Password-1"
REFERENCES = [
    {"name": "Sher Khan", "phone": "0391-1234567"},
    {"name": "Gul Bibi", "phone": "0392-7654321"},
]


@pytest.fixture
def practice(tmp_path):  # type: ignore[no-untyped-def]
    session = create_practice_vault(
        tmp_path / "practice",
        badge="TR-1",
        name="Trainee One",
        password=PASSWORD,
        station="PS-TRAIN",
        seed=2,
    )
    yield session
    session.close()


@pytest.fixture
def exercises(practice) -> ExerciseService:
    return ExerciseService(practice)


@pytest.fixture
def records(practice) -> RecordService:
    return RecordService(practice)


def _missing(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [finding.english() for finding in result.findings]


def test_the_six_exercises_are_there():
    assert [exercise.id for exercise in EXERCISES] == [
        "fir_unknown_accused",
        "supplementary_statement",
        "challan_ticket",
        "tenant_two_references",
        "resolve_conflict",
        "check_in_pin",
    ]


def test_fir_with_an_unknown_accused(exercises, records):
    exercises.start("fir_unknown_accused")
    assert _missing(exercises.check("fir_unknown_accused")) == [
        "Save a new FIR: none was made since you started."
    ]
    named = fir_payload() | {"accused": [{"name": "Akbar Khan"}]}
    records.create("fir", named)
    missing = _missing(exercises.check("fir_unknown_accused"))
    assert missing[0].startswith("Mark the accused as unknown")
    assert missing[1].startswith("Register the FIR: it is still a draft")

    unknown = fir_payload() | {"accused": [{"unknown": True, "description": "tall, grey shawl"}]}
    fir = records.create("fir", unknown | {"diary_no": "21"})
    assert _missing(exercises.check("fir_unknown_accused")) == [
        "Register the FIR: it is still a draft (enter the daily-diary number, then Register FIR)."
    ]
    records.transition(fir.id, "registered", "entered in the daily diary")
    assert exercises.check("fir_unknown_accused").passed


def test_a_record_made_before_the_start_does_not_count(exercises, records):
    fir = records.create("fir", fir_payload() | {"diary_no": "3"})
    records.transition(fir.id, "registered", "entered in the daily diary")
    exercises.start("fir_unknown_accused")
    assert not exercises.check("fir_unknown_accused").passed


def test_supplementary_statement(exercises, records, practice):
    fir = records.create("fir", fir_payload() | {"diary_no": "9"})
    records.transition(fir.id, "registered", "entered in the daily diary")
    exercises.start("supplementary_statement")
    assert _missing(exercises.check("supplementary_statement"))[0].startswith(
        "Add a supplementary statement"
    )
    records.append_statement(fir.id, {"text": "The informant found a witness."})
    assert _missing(exercises.check("supplementary_statement")) == [
        "Say who gave the statement (the Given by box is empty)."
    ]
    records.append_statement(fir.id, {"text": "I saw them run.", "given_by": "Gul Zaman"})
    assert exercises.check("supplementary_statement").passed


def test_challan_and_its_printed_ticket(exercises, records, practice):
    exercises.start("challan_ticket")
    assert _missing(exercises.check("challan_ticket"))[0].startswith("Issue a challan")
    challan = records.create("challan", challan_payload("TRN-12"))
    assert _missing(exercises.check("challan_ticket")) == [
        "Print the ticket for the driver: the challan was saved but not printed."
    ]
    documents = DocumentService(practice)
    documents.record_print(documents.prepare(challan.id, "receipt"), "pdf")
    assert exercises.check("challan_ticket").passed


def test_tenant_with_two_references(exercises, records):
    exercises.start("tenant_two_references")
    assert _missing(exercises.check("tenant_two_references"))[0].startswith("Register a tenant")
    records.create("tenant", tenant_payload())
    assert _missing(exercises.check("tenant_two_references")) == [
        "Add the two references (name and mobile of each): the registration has 0."
    ]
    records.create("tenant", tenant_payload("Naveed Ahmed") | {"references": REFERENCES})
    assert exercises.check("tenant_two_references").passed


def test_resolve_a_conflict(exercises, practice):
    conflicts = ConflictService(practice)
    for open_conflict in conflicts.list_conflicts():  # none left: start makes one
        conflicts.resolve(open_conflict.id, "mine")
    exercises.start("resolve_conflict")
    (conflict,) = conflicts.list_conflicts()
    assert _missing(exercises.check("resolve_conflict")) == [
        "Resolve the conflict on the Conflicts page: choose which value to keep."
    ]
    record = conflicts.resolve(conflict.id, "theirs")
    assert record.data["tenant"]["phone"] == conflict.theirs
    assert exercises.check("resolve_conflict").passed


def test_check_in_by_pin(exercises, practice, records):
    exercises.start("check_in_pin")
    attendance = AttendanceService(records)
    assert _missing(exercises.check("check_in_pin")) == [
        "Check in on the Attendance page with your badge number and PIN (your practice PIN "
        f"is {PRACTICE_PIN})."
    ]
    attendance.check_by_pin("TR-1", PRACTICE_PIN, "check_out")
    assert _missing(exercises.check("check_in_pin")) == ["You checked out: check in instead."]
    attendance.check_by_pin("TR-1", PRACTICE_PIN, "check_in")
    assert exercises.check("check_in_pin").passed


def test_results_are_kept_per_trainee_and_outlive_a_reset(tmp_path, practice, exercises):
    folder = practice.vault.data_dir
    practice.vault.add_officer("TR-2", "Trainee Two", PASSWORD)
    exercises.start("resolve_conflict")
    exercises.check("resolve_conflict")
    practice.close()
    second = open_session(folder, "TR-2", PASSWORD)
    try:
        other = ExerciseService(second)
        other.start("check_in_pin")
        AttendanceService(RecordService(second)).check_by_pin("TR-2", PRACTICE_PIN, "check_in")
        assert other.check("check_in_pin").passed
        listed = {(r.trainee, r.name, r.exercise, r.passed) for r in other.results()}
        assert listed == {
            ("TR-1", "Trainee One", "resolve_conflict", False),
            ("TR-2", "Trainee Two", "check_in_pin", True),
        }
    finally:
        second.close()
    assert (folder / RESULTS_FILE).is_file()
    fresh = reset_practice_vault(folder, "TR-1", PASSWORD)
    try:
        assert len(ExerciseService(fresh).results()) == 2
    finally:
        fresh.close()


def test_a_check_needs_a_start_and_a_practice_vault(exercises, session):
    with pytest.raises(ValidationFailed, match="start the exercise first"):
        exercises.check("challan_ticket")
    with pytest.raises(ValidationFailed, match="no exercise"):
        exercises.start("juggling")
    with pytest.raises(ValidationFailed, match="training mode"):
        ExerciseService(session)
