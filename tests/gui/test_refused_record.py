"""A record the sync server refused, in the window: the form says why and how to send it again,
and a device clock that runs fast does not put the officer's times in the future."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from fieldclient.domain import hlc
from fieldclient.domain.hlc import system_ms
from fieldclient.domain.pakistan_time import PAKISTAN_TIME
from fieldclient.services.session import Session, create_vault, open_session
from fieldclient.ui.forms import open_form
from fieldclient.ui.refusals_dialog import RefusalsDialog
from fieldclient.ui.status_bar import SyncStatusBar
from fieldclient.ui.tasks import Tasks
from tests.gui.test_forms import fill_fir, idle, press_ctrl_s
from tests.helpers.fixtures import OFFICER_BADGE, OFFICER_NAME, OFFICER_PASSWORD, STATION
from tests.helpers.payloads import fir_payload

WAIT_MS = 10_000
FAST_MS = 8 * 60 * 1000
REASON = "invalid: reported_at: cannot be in the future (you typed …)"


def fast_clock() -> int:
    return system_ms() + FAST_MS


def real_now() -> datetime:
    return datetime.now(PAKISTAN_TIME)


@pytest.fixture
def fast_session(data_dir: Path, monkeypatch) -> Iterator[Session]:  # type: ignore[no-untyped-def]
    """A vault on a PC whose clock is 8 minutes fast (every reading of the PC's clock in this
    process), after a sync measured that."""
    monkeypatch.setattr(hlc, "system_ms", fast_clock)
    made = create_vault(
        data_dir, badge=OFFICER_BADGE, name=OFFICER_NAME, password=OFFICER_PASSWORD,
        station=STATION,
    )  # fmt: skip
    with made.writer.transaction():
        made.writer.mark_synced(-FAST_MS)
    made.close()
    session = open_session(data_dir, OFFICER_BADGE, OFFICER_PASSWORD)
    yield session
    session.close()


@pytest.fixture
def tasks(qtbot, fast_session: Session) -> Iterator[Tasks]:
    failures: list[Exception] = []
    running = Tasks(report_failure=failures.append)
    running.open_session(lambda: fast_session)
    idle(qtbot, running)
    yield running
    running.shutdown()
    assert failures == []


@pytest.fixture
def open_fir(qtbot, tasks: Tasks):  # type: ignore[no-untyped-def]
    parent = QWidget()  # held here: the forms are its children
    qtbot.addWidget(parent)

    def open_(record_id: str | None = None):  # type: ignore[no-untyped-def]
        form = open_form(parent, tasks, "fir", record_id)
        qtbot.waitExposed(form)
        idle(qtbot, tasks)
        return form

    yield open_
    idle(qtbot, tasks)


def test_a_new_fir_on_a_fast_pc_is_reported_at_the_servers_time(
    qtbot, tasks, fast_session, open_fir
):
    assert abs((tasks.now() - real_now()).total_seconds()) < 60
    assert (hlc.system_ms() - system_ms()) // 60_000 == 8  # the PC's clock is 8 minutes fast
    form = open_fir()
    assert abs((form.reported_at.moment() - real_now()).total_seconds()) < 120
    fill_fir(qtbot, form)

    press_ctrl_s(qtbot, form)
    qtbot.waitUntil(lambda: form.record_id is not None, timeout=WAIT_MS)

    idle(qtbot, tasks)
    stored = fast_session.repo.get(form.record_id)
    for stamp in (stored.data["reported_at"], stored.created_at):
        assert abs((datetime.fromisoformat(stamp) - real_now()).total_seconds()) < 120
    form.close()


def test_a_refused_record_says_why_and_is_sent_again_by_the_officer(
    qtbot, tasks, fast_session, open_fir
):
    record_id = _refused_fir(qtbot, tasks)
    form = open_fir(record_id)
    banner = form.refusals
    qtbot.waitUntil(banner.isVisible, timeout=WAIT_MS)
    assert REASON in banner.message.text() and "send it again" in banner.message.text()

    qtbot.mouseClick(banner.resend_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: not banner.isVisible(), timeout=WAIT_MS)
    idle(qtbot, tasks)
    [queued] = fast_session.repo.outbox_entries()
    assert (queued.state, queued.mutation().op) == ("pending", "create")
    assert "sent again" in form.notice.text()
    form.close()


def _refused_fir(qtbot, tasks: Tasks) -> str:
    """A FIR the server refused, stored as the sync client stores a refusal."""
    made: list[str] = []

    def make(services) -> str:  # type: ignore[no-untyped-def]
        record = services.records.create("fir", fir_payload())
        [entry] = services.session.repo.outbox_entries()
        with services.session.writer.transaction():
            services.session.writer.settle_push([], {entry.mutation_id: REASON})
        return record.id

    tasks.run_db(make, made.append)
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT_MS)
    return made[0]


def test_the_refused_changes_are_listed_with_their_reason_and_open_their_record(
    qtbot, tasks, fast_session
):
    record_id = _refused_fir(qtbot, tasks)
    dialog = RefusalsDialog(tasks)
    qtbot.addWidget(dialog)
    idle(qtbot, tasks)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text().startswith("FIR ")
    assert dialog.table.item(0, 1).text() == "new record"
    assert dialog.table.item(0, 2).text() == REASON

    with qtbot.waitSignal(dialog.open_requested) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == ["fir", record_id]

    bar = SyncStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    bar.set_refused(1)
    assert bar.refused_button.isVisible() and bar.refused_button.text() == "1 refused"
    with qtbot.waitSignal(bar.refusals_requested):
        qtbot.mouseClick(bar.refused_button, Qt.MouseButton.LeftButton)
    bar.set_refused(0)
    assert not bar.refused_button.isVisible()
