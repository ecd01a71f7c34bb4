"""Devices carry ``training``: enrolled from a practice vault (training mode, docs/TRAINING.md).

Every device enrolled before this revision came from a real vault, so the column starts false.

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "devices", sa.Column("training", sa.Boolean, nullable=False, server_default=sa.false())
    )


def downgrade() -> None:
    op.drop_column("devices", "training")
