"""The central sync server: FastAPI app, SQLAlchemy Core tables, Alembic migrations, admin CLI."""
