"""The server's tables (SQLAlchemy Core). Alembic migrations create them; keep both in step
(``tests/integration/server/test_server_operations.py`` compares them).

Times are Unix milliseconds (BigInteger), the same on SQLite and PostgreSQL.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    false,
)

metadata = MetaData()

stations = Table(
    "stations",
    metadata,
    Column("code", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("district", String(100), nullable=False),
    Column("change_seq", BigInteger, nullable=False),
    Column("next_challan", BigInteger, nullable=False),
    Column("created_at", BigInteger, nullable=False),
    # "open": a badge a device declares joins the station's officers; "closed": only the
    # administrator adds officers, and a device may declare only those.
    Column("roster", String(8), nullable=False, server_default="open"),
)

officers = Table(
    "officers",
    metadata,
    Column("station", String(32), ForeignKey("stations.code"), primary_key=True),
    Column("badge", String(64), primary_key=True),
    Column("name", String(100), nullable=False),
    Column("added_by", String(32), nullable=False),  # "admin" or the declaring device's id
    Column("added_at", BigInteger, nullable=False),
    # fieldclient/domain/roles.py; NULL: none named (roles.DEFAULT_ROLE)
    Column("role", String(24), nullable=True),
    Column("role_by", String(32), nullable=True),  # "admin" or the declaring device's id
    # a role a device declared that the server holds for its administrator (services/officers)
    Column("role_requested", String(24), nullable=True),
)

device_officers = Table(
    "device_officers",
    metadata,
    Column("device_id", String(32), ForeignKey("devices.id"), primary_key=True),
    Column("badge", String(64), primary_key=True),
    Column("declared_at", BigInteger, nullable=False),
)

enroll_codes = Table(
    "enroll_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("station", String(32), ForeignKey("stations.code"), nullable=False),
    Column("created_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Column("used_at", BigInteger),
    Column("device_id", String(32)),
)

devices = Table(
    "devices",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("station", String(32), ForeignKey("stations.code"), nullable=False),
    Column("public_key", String(64), nullable=False),
    Column("name", String(100), nullable=False),
    Column("enrolled_at", BigInteger, nullable=False),
    Column("revoked_at", BigInteger),
    Column("last_seq", BigInteger, nullable=False),
    # Set by ``release-device``: the id may be enrolled again (revoked until then).
    Column("released_at", BigInteger),
    # Enrolled from a practice vault (training mode); only a training server holds such devices.
    Column("training", Boolean, nullable=False, server_default=false()),
    # The code of its short provisional numbers (P-A3-0042), from the station counter
    # ``device_code`` at enrollment; NULL for devices enrolled before codes existed.
    Column("number_code", String(8)),
    Index("ux_devices_station_number_code", "station", "number_code", unique=True),
)

nonces = Table(
    "nonces",
    metadata,
    Column("device_id", String(32), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("received_at", BigInteger, nullable=False),
    Column("expires_at", BigInteger, nullable=False),
    Index("ix_nonces_device_received", "device_id", "received_at"),
    Index("ix_nonces_expires", "expires_at"),
)

records = Table(
    "records",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("station", String(32), ForeignKey("stations.code"), nullable=False),
    Column("type", String(16), nullable=False),
    Column("status", String(32), nullable=False),
    Column("number", String(64)),
    Column("doc", Text, nullable=False),
    Column("officers", Text, nullable=False),
    Column("fingerprint", String(64), nullable=False),
    Column("change_seq", BigInteger, nullable=False),
    Column("updated_at", BigInteger, nullable=False),
    UniqueConstraint("station", "change_seq", name="uq_records_station_change"),
    UniqueConstraint("station", "type", "number", name="uq_records_station_number"),
)

# The station digest of ``/v1/status`` kept up to date per write (``StationWriter.finish``, in the
# transaction that writes the records): per station and record type, the count of records and
# the sum modulo 2^256 of their terms (``sync.protocol.fingerprint.DigestTally``), 64 hex digits.
station_digests = Table(
    "station_digests",
    metadata,
    Column("station", String(32), ForeignKey("stations.code"), primary_key=True),
    Column("type", String(16), primary_key=True),
    Column("count", BigInteger, nullable=False),
    Column("total", String(64), nullable=False),
)

applied_mutations = Table(
    "applied_mutations",
    metadata,
    Column("mutation_id", String(32), primary_key=True),
    Column("device_id", String(32), nullable=False),
    Column("device_seq", BigInteger, nullable=False),
    Column("record_id", String(32), nullable=False),
    Column("outcome", String(16), nullable=False),
    Column("code", String(32)),
    Column("reason", Text),
    Column("applied_at", BigInteger, nullable=False),
)

conflicts = Table(
    "conflicts",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("station", String(32), ForeignKey("stations.code"), nullable=False),
    Column("record_id", String(32), nullable=False),
    Column("field", String(200), nullable=False),
    Column("winner", Text, nullable=False),
    Column("loser", Text, nullable=False),
    Column("detected_at", BigInteger, nullable=False),
    Column("change_seq", BigInteger, nullable=False),
    Index("ix_conflicts_station_change", "station", "change_seq"),
)

# Per-station serials of the kinds the server numbers (``Numbering.due_on_server``), one row per
# counter name: "fir/2026" holds the next FIR serial of 2026.
counters = Table(
    "counters",
    metadata,
    Column("station", String(32), ForeignKey("stations.code"), primary_key=True),
    Column("name", String(64), primary_key=True),
    Column("next_value", BigInteger, nullable=False),
)

challan_blocks = Table(
    "challan_blocks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("station", String(32), ForeignKey("stations.code"), nullable=False),
    Column("device_id", String(32), ForeignKey("devices.id"), nullable=False),
    Column("request_id", String(32), nullable=False, unique=True),
    Column("prefix", String(48), nullable=False),
    Column("start", BigInteger, nullable=False),
    Column("end", BigInteger, nullable=False),
    Column("leased_at", BigInteger, nullable=False),
    Index("ix_challan_blocks_device", "device_id", "id"),
)
