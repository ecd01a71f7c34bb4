"""Migration 0007: devices get a number code column; a device enrolled before keeps none (its
records keep the long provisional form), devices enrolled after get A1, A2, … per station
(SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from sync.server.db.engine import make_engine
from sync.server.db.migrate import alembic_config
from tests.helpers.server import BACKENDS, Admin, database, run_server

OLD_DEVICE = "0f" * 16


def _fill_revision_0006(engine) -> None:  # type: ignore[no-untyped-def]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO stations (code, name, district, change_seq, next_challan, created_at)"
                " VALUES ('PSA', 'PSA', 'Peshawar', 0, 1, 0)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO devices (id, station, public_key, name, enrolled_at, last_seq)"
                " VALUES (:id, 'PSA', :key, 'old desk', 0, 0)"
            ),
            {"id": OLD_DEVICE, "key": "A" * 43 + "="},
        )


def _codes(engine) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    with engine.connect() as connection:
        rows = connection.execute(text("SELECT id, number_code FROM devices WHERE station = 'PSA'"))
        return dict(rows.all())


@pytest.mark.parametrize("backend", BACKENDS)
def test_devices_enrolled_after_the_migration_get_codes_and_old_ones_keep_none(backend, tmp_path):
    with database(backend, tmp_path) as url:
        engine = make_engine(url)
        config = alembic_config(engine)
        command.upgrade(config, "0006")
        _fill_revision_0006(engine)
        command.upgrade(config, "head")
        assert _codes(engine) == {OLD_DEVICE: None}
        command.downgrade(config, "0006")
        command.upgrade(config, "head")
        engine.dispose()

        with run_server(url) as server:
            admin = Admin(server)
            try:
                first, second = admin.device("PSA"), admin.device("PSA")
                codes = _codes(admin.engine)
            finally:
                admin.engine.dispose()
        assert codes == {OLD_DEVICE: None, first.device_id: "A1", second.device_id: "A2"}
