"""Officers on a station's roster carry a role (issue 17.4, ``fieldclient/domain/roles.py``).

``role`` is NULL for every officer already on a roster: read as ``roles.DEFAULT_ROLE``
(Moharrir), the role a keyring entry from before roles has on the device. ``role_by`` says who
set it: ``admin`` (``fieldsync-server add-officer --role`` / ``set-role``: a declaration never
changes it) or the id of the device whose declaration set it (open rosters only).

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("officers", sa.Column("role", sa.String(24), nullable=True))
    op.add_column("officers", sa.Column("role_by", sa.String(32), nullable=True))


def downgrade() -> None:
    op.drop_column("officers", "role_by")
    op.drop_column("officers", "role")
