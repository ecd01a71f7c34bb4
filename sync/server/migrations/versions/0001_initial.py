"""Initial schema: stations, enrollment, devices, nonces, records, mutations, conflicts, counters.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATION = sa.String(32)
DEVICE = sa.String(32)


def upgrade() -> None:
    op.create_table(
        "stations",
        sa.Column("code", STATION, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("district", sa.String(100), nullable=False),
        sa.Column("fir_start", sa.Integer, nullable=False),
        sa.Column("fir_start_year", sa.Integer, nullable=False),
        sa.Column("change_seq", sa.BigInteger, nullable=False),
        sa.Column("next_challan", sa.BigInteger, nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "enroll_codes",
        sa.Column("code_hash", sa.String(64), primary_key=True),
        sa.Column("station", STATION, sa.ForeignKey("stations.code"), nullable=False),
        sa.Column("created_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
        sa.Column("used_at", sa.BigInteger),
        sa.Column("device_id", DEVICE),
    )
    op.create_table(
        "devices",
        sa.Column("id", DEVICE, primary_key=True),
        sa.Column("station", STATION, sa.ForeignKey("stations.code"), nullable=False),
        sa.Column("public_key", sa.String(64), nullable=False),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("enrolled_at", sa.BigInteger, nullable=False),
        sa.Column("revoked_at", sa.BigInteger),
        sa.Column("last_seq", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "nonces",
        sa.Column("device_id", DEVICE, primary_key=True),
        sa.Column("nonce", sa.String(64), primary_key=True),
        sa.Column("received_at", sa.BigInteger, nullable=False),
        sa.Column("expires_at", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_nonces_device_received", "nonces", ["device_id", "received_at"])
    op.create_index("ix_nonces_expires", "nonces", ["expires_at"])
    op.create_table(
        "records",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("station", STATION, sa.ForeignKey("stations.code"), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("number", sa.String(64)),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("officers", sa.Text, nullable=False),
        sa.Column("fingerprint", sa.String(64), nullable=False),
        sa.Column("change_seq", sa.BigInteger, nullable=False),
        sa.Column("updated_at", sa.BigInteger, nullable=False),
        sa.UniqueConstraint("station", "change_seq", name="uq_records_station_change"),
        sa.UniqueConstraint("station", "type", "number", name="uq_records_station_number"),
    )
    op.create_table(
        "applied_mutations",
        sa.Column("mutation_id", sa.String(32), primary_key=True),
        sa.Column("device_id", DEVICE, nullable=False),
        sa.Column("device_seq", sa.BigInteger, nullable=False),
        sa.Column("record_id", sa.String(32), nullable=False),
        sa.Column("outcome", sa.String(16), nullable=False),
        sa.Column("code", sa.String(32)),
        sa.Column("reason", sa.Text),
        sa.Column("applied_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "conflicts",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("station", STATION, sa.ForeignKey("stations.code"), nullable=False),
        sa.Column("record_id", sa.String(32), nullable=False),
        sa.Column("field", sa.String(200), nullable=False),
        sa.Column("winner", sa.Text, nullable=False),
        sa.Column("loser", sa.Text, nullable=False),
        sa.Column("detected_at", sa.BigInteger, nullable=False),
        sa.Column("change_seq", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_conflicts_station_change", "conflicts", ["station", "change_seq"])
    op.create_table(
        "fir_counters",
        sa.Column("station", STATION, sa.ForeignKey("stations.code"), primary_key=True),
        sa.Column("year", sa.Integer, primary_key=True),
        sa.Column("next_serial", sa.Integer, nullable=False),
    )
    op.create_table(
        "challan_blocks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("station", STATION, sa.ForeignKey("stations.code"), nullable=False),
        sa.Column("device_id", DEVICE, sa.ForeignKey("devices.id"), nullable=False),
        sa.Column("request_id", sa.String(32), nullable=False, unique=True),
        sa.Column("prefix", sa.String(48), nullable=False),
        sa.Column("start", sa.BigInteger, nullable=False),
        sa.Column("end", sa.BigInteger, nullable=False),
        sa.Column("leased_at", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_challan_blocks_device", "challan_blocks", ["device_id", "id"])


def downgrade() -> None:
    for index, table in (
        ("ix_challan_blocks_device", "challan_blocks"),
        ("ix_conflicts_station_change", "conflicts"),
        ("ix_nonces_expires", "nonces"),
        ("ix_nonces_device_received", "nonces"),
    ):
        op.drop_index(index, table_name=table)
    for table in (
        "challan_blocks",
        "fir_counters",
        "conflicts",
        "applied_mutations",
        "records",
        "nonces",
        "devices",
        "enroll_codes",
        "stations",
    ):
        op.drop_table(table)
