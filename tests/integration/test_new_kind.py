"""A record kind declared here, in the test, works end to end with no change to shared code.

"Lost property report" has its own fields, lifecycle (reported → found → returned, or closed with
a reason), statements while open, and numbers the server assigns on arrival from a yearly station
counter. Registered with ``register_kind``, it is validated, stored, searched and listed on a
device, pushed, numbered by the server, pulled by a second device, and shown on a list page the
main window builds for it.

The server runs in this process (uvicorn on a loopback port, in a thread), not as the usual
subprocess (``tests/helpers/server.run_server``): registering a kind is an act of the process
that runs it, so a server in another process would need a way to load extra kind modules, which
no real deployment needs (a real kind is registered by ``fieldclient.domain.records`` itself).
It is the same FastAPI app over the same HTTP, on SQLite.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import uvicorn
from sqlalchemy import select

from fieldclient.domain import formats
from fieldclient.domain.errors import FrozenRecord, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records import register_kind, unregister_kind, validate_new
from fieldclient.domain.records.kind import ANY_FIELD, ListColumns, RecordKind
from fieldclient.domain.records.numbering import DueNumber, by_server
from fieldclient.domain.schema import Field, obj, person_name, text
from fieldclient.ui.app import build_shell
from fieldclient.vault.repository import RecordQuery
from sync.server.app import create_app
from sync.server.core.clock import now_ms
from sync.server.core.config import Settings
from sync.server.db.engine import make_engine
from sync.server.db.tables import counters
from sync.server.services.enrollment import DEVICE_CODE_COUNTER, add_station, new_enroll_code
from tests.gui.conftest import unlock, wait_for_tasks
from tests.helpers.server import free_port, initialise, sqlite_database
from tests.integration.client.conftest import PASSWORD, Device, open_device

PKT = timezone(timedelta(hours=5))
STATION = "PS-LOST"


def _number_due(station: str, _arrived: str | None, now: datetime) -> DueNumber:
    year = now.astimezone(PKT).year
    return DueNumber(f"lost_property/{year}", lambda serial: f"LP-{station}-{year}-{serial:03d}")


def _provisional(record_id: str) -> str:
    return f"P-LP-{record_id[:8].upper()}"


def _summary(record: Record) -> dict[str, str]:
    return {
        "number": record.number or record.provisional_number or "",
        "status": record.status,
        "title": record.data.get("item", ""),
        "detail": record.data.get("place", ""),
        "when": record.data.get("lost_at", ""),
    }


LOST_PROPERTY = RecordKind(
    name="lost_property",
    label="lost property report",
    plural="Lost property reports",
    fields=(
        Field("item", text(max_length=200)),
        Field("lost_at", formats.past_time),
        Field("place", text(max_length=300)),
        Field(
            "owner",
            obj(
                (
                    Field("name", person_name),
                    Field("cnic", formats.cnic, hint="type it like 12345-1234567-1"),
                    Field("phone", formats.mobile),
                )
            ),
        ),
    ),
    statuses=("reported", "found", "returned", "closed"),
    initial="reported",
    transitions={
        "reported": frozenset({"found", "closed"}),
        "found": frozenset({"returned"}),
    },
    reason_required_for=frozenset({"closed"}),
    editable={"reported": ANY_FIELD},
    statement_statuses=frozenset({"reported", "found"}),
    numbering=by_server(
        _number_due,
        due_at=None,
        provisional=(
            lambda station, record_id, now: _provisional(record_id),
            lambda station, record_id: re.escape(_provisional(record_id)),
        ),
    ),
    summary=_summary,
    columns=ListColumns(title="Item", detail="Place"),
    time_field="lost_at",
    status_labels={"reported": "reported", "found": "found in the malkhana"},
)


def lost_report(item: str, place: str = "Qissa Khwani Bazaar") -> dict:
    two_hours_ago = datetime.now(PKT).replace(microsecond=0) - timedelta(hours=2)
    return {
        "item": item,
        "lost_at": two_hours_ago.isoformat(),
        "place": place,
        "owner": {"name": "Gul Zaman", "cnic": "1710112345671", "phone": "03001234567"},
    }


@pytest.fixture
def lost_property_kind() -> Iterator[RecordKind]:
    register_kind(LOST_PROPERTY)
    yield LOST_PROPERTY
    unregister_kind(LOST_PROPERTY.name)


@contextmanager
def server_in_this_process(folder: Path) -> Iterator[tuple[str, str]]:
    """The sync server on a free loopback port, in a thread; yields (url, database url)."""
    with sqlite_database(folder) as database_url:
        initialise(database_url)
        engine = make_engine(database_url)
        settings = Settings(database=database_url, rate_limit_per_minute=100_000)
        port = free_port()
        server = uvicorn.Server(
            uvicorn.Config(
                create_app(settings, engine), host="127.0.0.1", port=port, log_level="warning"
            )
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            assert thread.is_alive() and time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        try:
            add_station(engine, STATION, "Lost and found", "Peshawar", now_ms())
            yield f"http://127.0.0.1:{port}", database_url
        finally:
            server.should_exit = True
            thread.join(timeout=30)
            engine.dispose()


def enrolled_device(folder: Path, url: str, database_url: str, badge: str) -> Device:
    engine = make_engine(database_url)
    try:
        code = new_enroll_code(engine, STATION, now_ms(), 1)
    finally:
        engine.dispose()
    device = open_device(folder, STATION, badge)
    device.sync.enroll(url, code)
    return device


def test_a_kind_declared_in_a_test_is_validated_stored_numbered_synced_and_listed(
    lost_property_kind, tmp_path, qtbot
):
    with pytest.raises(ValidationFailed) as refused:
        validate_new(
            "lost_property",
            {**lost_report("Phone"), "owner": {"name": "Gul"}},
            now=datetime.now(PKT),
        )
    assert refused.value.fields == ["owner.cnic", "owner.phone"]

    with server_in_this_process(tmp_path) as (url, database_url):
        desk = enrolled_device(tmp_path / "desk", url, database_url, "KP-1")
        with pytest.raises(ValidationFailed):
            desk.records.create("lost_property", {**lost_report("Phone"), "place": ""})
        assert desk.records.count(RecordQuery(record_type="lost_property")) == 0

        phone = desk.records.create("lost_property", lost_report("Nokia phone"))
        wallet = desk.records.create("lost_property", lost_report("Brown wallet", "Saddar Road"))
        assert (phone.number, phone.provisional_number) == (None, "P-A1-0001")  # enrolled: short
        found = desk.records.find(RecordQuery(record_type="lost_property", search="qissa nok"))
        assert [record.id for record in found] == [phone.id]
        listed = desk.records.find_ids(RecordQuery(record_type="lost_property", order_by="number"))
        assert sorted(listed) == sorted([phone.id, wallet.id])
        assert desk.records.count(RecordQuery(record_type="fir")) == 0

        desk.records.transition(phone.id, "found", "handed in at the counter")
        desk.records.append_statement(phone.id, {"text": "Kept in the malkhana, shelf 4."})
        with pytest.raises(FrozenRecord):
            desk.records.edit(phone.id, {"place": "Chowk Yadgar"})
        report = desk.sync_ok()
        assert report.pushed == 4 and report.rejected == 0

        year = datetime.now(PKT).year
        numbers = {desk.records.get(r.id).number for r in (phone, wallet)}
        assert numbers == {f"LP-{STATION}-{year}-001", f"LP-{STATION}-{year}-002"}
        engine = make_engine(database_url)
        with engine.connect() as connection:
            counter = connection.execute(
                select(counters.c.next_value)
                .where(counters.c.station == STATION)
                .where(counters.c.name != DEVICE_CODE_COUNTER)  # the devices' number codes
            ).scalar_one()
        engine.dispose()
        assert counter == 3

        second = enrolled_device(tmp_path / "second", url, database_url, "KP-2")
        second.sync_ok()
        pulled = second.records.get(phone.id)
        assert pulled.number == desk.records.get(phone.id).number
        assert pulled.status == "found"
        assert [s["text"] for s in pulled.statements] == ["Kept in the malkhana, shelf 4."]
        by_number = second.records.find(
            RecordQuery(record_type="lost_property", search=pulled.number)
        )
        assert [record.id for record in by_number] == [phone.id]
        desk.session.close()
        second.session.close()

        shell = build_shell(tmp_path / "second")
        try:
            shell.start()
            window = unlock(qtbot, shell, PASSWORD)
            page = window.lists["lost_property"]
            window.show_page("lost_property")
            assert window.navigation.currentItem().text() == "Lost property reports"
            assert page.new_button.isHidden()  # no form for this kind: listed, not created here
            model = page.model
            qtbot.waitUntil(lambda: model.rowCount() == 2, timeout=10_000)
            wait_for_tasks(qtbot, shell)
            assert model.column_titles()[2:4] == ("Item", "Place")
            rows = {
                model.index(row, 2).data(): (model.index(row, 0).data(), model.index(row, 1).data())
                for row in range(2)
            }
            assert rows["Nokia phone"] == (pulled.number, "found in the malkhana")
            assert rows["Brown wallet"][1] == "reported"
        finally:
            for widget in (shell.main_window, shell.unlock_screen):
                if widget is not None:
                    widget.close()
            shell.shutdown()
