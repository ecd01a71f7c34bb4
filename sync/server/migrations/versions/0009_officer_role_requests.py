"""A role a device declared that the server holds for its administrator (issue 17.4).

``officers.role_requested``: on an open roster a device's declaration no longer raises an
officer's role (``roles.raises``); the role it asked for waits here until the administrator
decides (``fieldsync-server set-role``, which clears it). NULL: nothing waits.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("officers", sa.Column("role_requested", sa.String(24), nullable=True))


def downgrade() -> None:
    op.drop_column("officers", "role_requested")
