"""The background task runner: results come back on the GUI thread, and so does the end of
everything a job referenced (a widget deleted off the GUI thread crashes Qt)."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from fieldclient.ui.tasks import Tasks
from fieldclient.vault.repository import RecordQuery


class Tracked:
    """Records the thread that dropped its last reference."""

    def __init__(self, dropped_on: list[str]) -> None:
        self._dropped_on = dropped_on

    def __del__(self) -> None:
        self._dropped_on.append(threading.current_thread().name)


def _finish(qtbot, tasks: Tasks) -> None:
    qtbot.waitUntil(lambda: tasks.in_flight == 0 and not tasks._unreleased, timeout=10_000)


def test_the_last_reference_of_a_network_job_is_dropped_on_the_gui_thread(qtbot):
    tasks = Tasks(report_failure=lambda failure: None)
    dropped_on: list[str] = []
    answers: list[int] = []

    def give_job() -> None:
        held = Tracked(dropped_on)
        tasks.run_network(lambda: (held, 41)[1] + 1, on_success=answers.append)

    give_job()
    _finish(qtbot, tasks)
    gc.collect()

    assert answers == [42]
    assert dropped_on == [threading.main_thread().name]
    tasks.shutdown()


def test_the_last_reference_of_a_vault_job_is_dropped_on_the_gui_thread(qtbot, session):
    tasks = Tasks(report_failure=lambda failure: None)
    tasks.open_session(lambda: session)
    dropped_on: list[str] = []
    counts: list[int] = []

    def give_job() -> None:
        held = Tracked(dropped_on)
        tasks.run_db(
            lambda services: (held, services.records.count(RecordQuery()))[1], counts.append
        )

    give_job()
    _finish(qtbot, tasks)
    gc.collect()

    assert counts == [0]
    assert dropped_on == [threading.main_thread().name]
    tasks.shutdown()


def test_while_tasks_run_the_garbage_collector_runs_on_the_gui_thread_only(qtbot):
    """A cycle holding a Qt object, freed while the vault thread allocates a lot: the automatic
    collector would have destroyed it there (a deadlock seen in the suite); it is destroyed on
    the GUI thread, and automatic collection is back once the tasks have stopped."""
    tasks = Tasks(report_failure=lambda failure: None)
    assert not gc.isenabled()
    destroyed_on: list[str] = []

    def make_cycle() -> None:
        held = QObject()
        held.setProperty("why", "test")
        held.itself = held  # type: ignore[attr-defined]  # a cycle through the wrapper
        held.destroyed.connect(lambda: destroyed_on.append(threading.current_thread().name))

    make_cycle()
    made: list[list[list[int]]] = []  # kept, so the allocations count towards a collection
    tasks.run_network(lambda: [[n] for n in range(200_000)], made.append)
    qtbot.waitUntil(lambda: len(made) == 1 and destroyed_on != [], timeout=10_000)

    assert destroyed_on == [threading.main_thread().name]
    tasks.shutdown()
    assert gc.isenabled()
