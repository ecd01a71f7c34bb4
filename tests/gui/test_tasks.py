"""The background task runner: results come back on the GUI thread, and so does the end of
everything a job referenced (a widget deleted off the GUI thread crashes Qt)."""

from __future__ import annotations

import gc
import threading

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
