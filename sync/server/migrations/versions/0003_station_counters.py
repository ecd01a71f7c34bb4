"""Station counters: one generic table of per-station serials replaces ``fir_counters``.

Each FIR counter (station, year, next_serial) becomes the counter ``"fir/{year}"``; a station's
paper-register start (``stations.fir_start`` for ``fir_start_year``) becomes that year's counter
unless FIRs were already numbered in it. The two station columns go: the counter holds the start.
The counter names are written out here, not taken from the domain: a migration is a fixed step.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_stations = sa.table(
    "stations",
    sa.column("code", sa.String),
    sa.column("fir_start", sa.Integer),
    sa.column("fir_start_year", sa.Integer),
    sa.column("created_at", sa.BigInteger),
)
_fir_counters = sa.table(
    "fir_counters",
    sa.column("station", sa.String),
    sa.column("year", sa.Integer),
    sa.column("next_serial", sa.Integer),
)
_counters = sa.table(
    "counters",
    sa.column("station", sa.String),
    sa.column("name", sa.String),
    sa.column("next_value", sa.BigInteger),
)
_FIR = "fir/"


def upgrade() -> None:
    op.create_table(
        "counters",
        sa.Column("station", sa.String(32), sa.ForeignKey("stations.code"), primary_key=True),
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("next_value", sa.BigInteger, nullable=False),
    )
    connection = op.get_bind()
    rows = {
        (station, f"{_FIR}{year}"): next_serial
        for station, year, next_serial in connection.execute(sa.select(_fir_counters))
    }
    starts = connection.execute(
        sa.select(_stations.c.code, _stations.c.fir_start, _stations.c.fir_start_year)
    )
    for station, start, year in starts:
        if start != 1:
            rows.setdefault((station, f"{_FIR}{year}"), start)
    if rows:
        op.bulk_insert(
            _counters,
            [
                {"station": station, "name": name, "next_value": value}
                for (station, name), value in rows.items()
            ],
        )
    op.drop_table("fir_counters")
    op.drop_column("stations", "fir_start")
    op.drop_column("stations", "fir_start_year")


def downgrade() -> None:
    op.add_column(
        "stations", sa.Column("fir_start", sa.Integer, nullable=False, server_default="1")
    )
    op.add_column(
        "stations", sa.Column("fir_start_year", sa.Integer, nullable=False, server_default="0")
    )
    op.create_table(
        "fir_counters",
        sa.Column("station", sa.String(32), sa.ForeignKey("stations.code"), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("next_serial", sa.Integer, nullable=False),
    )
    connection = op.get_bind()
    fir_rows = [
        {"station": station, "year": int(name[len(_FIR) :]), "next_serial": value}
        for station, name, value in connection.execute(sa.select(_counters))
        if name.startswith(_FIR) and name[len(_FIR) :].isdigit()
    ]
    if fir_rows:
        op.bulk_insert(_fir_counters, fir_rows)
    op.drop_table("counters")
