"""Alembic environment: runs against the engine handed over in ``config.attributes``."""

from alembic import context

from sync.server.db.tables import metadata

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=metadata)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
