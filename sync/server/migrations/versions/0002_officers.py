"""Officers: the station's roster (open or closed) and the badges each device declared.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stations") as stations:
        stations.add_column(
            sa.Column("roster", sa.String(8), nullable=False, server_default="open")
        )
    op.create_table(
        "officers",
        sa.Column("station", sa.String(32), sa.ForeignKey("stations.code"), primary_key=True),
        sa.Column("badge", sa.String(64), primary_key=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("added_by", sa.String(32), nullable=False),
        sa.Column("added_at", sa.BigInteger, nullable=False),
    )
    op.create_table(
        "device_officers",
        sa.Column("device_id", sa.String(32), sa.ForeignKey("devices.id"), primary_key=True),
        sa.Column("badge", sa.String(64), primary_key=True),
        sa.Column("declared_at", sa.BigInteger, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("device_officers")
    op.drop_table("officers")
    with op.batch_alter_table("stations") as stations:
        stations.drop_column("roster")
