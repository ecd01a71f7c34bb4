"""The station digest of ``/v1/status`` kept per write (issue 16): ``station_digests`` holds, per
station and record type, the count of records and the sum modulo 2^256 of their terms
(``sync.protocol.fingerprint.DigestTally``, 64 hex digits), so the status answer no longer reads
every record of the station. Computed here once from the stored fingerprints.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

from sync.protocol.fingerprint import DigestTally, digest_text

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    digests = op.create_table(
        "station_digests",
        sa.Column("station", sa.String(32), sa.ForeignKey("stations.code"), primary_key=True),
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("count", sa.BigInteger, nullable=False),
        sa.Column("total", sa.String(64), nullable=False),
    )
    records = sa.table(
        "records",
        sa.column("id", sa.String),
        sa.column("station", sa.String),
        sa.column("type", sa.String),
        sa.column("fingerprint", sa.String),
    )
    tallies: dict[str, DigestTally] = {}
    query = sa.select(records.c.station, records.c.type, records.c.id, records.c.fingerprint)
    for row in op.get_bind().execute(query):
        tallies.setdefault(row.station, DigestTally()).add(row.type, row.id, row.fingerprint)
    rows = [
        {"station": code, "type": kind, "count": count, "total": digest_text(tally.sums[kind])}
        for code, tally in tallies.items()
        for kind, count in tally.counts.items()
    ]
    if rows:
        op.bulk_insert(digests, rows)


def downgrade() -> None:
    op.drop_table("station_digests")
