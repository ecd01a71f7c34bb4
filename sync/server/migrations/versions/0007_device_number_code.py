"""Devices carry ``number_code``: the code (``A3``) of their short provisional numbers
(``P-A3-0042``), drawn from the station counter ``device_code`` at enrollment, unique per station.

Devices enrolled before this revision have none (NULL) and keep numbering in the long form.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("devices", sa.Column("number_code", sa.String(8)))
    op.create_index(
        "ux_devices_station_number_code", "devices", ["station", "number_code"], unique=True
    )


def downgrade() -> None:
    op.drop_index("ux_devices_station_number_code", "devices")
    op.drop_column("devices", "number_code")
