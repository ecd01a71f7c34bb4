"""The ASGI application factory."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Depends, FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from sqlalchemy import Engine

from sync.server.api import openapi
from sync.server.api.deps import require_supported_protocol
from sync.server.api.routes import (
    challan,
    countersign,
    enroll,
    health,
    officers,
    pull,
    push,
    status,
)
from sync.server.core import server_key
from sync.server.core.config import Settings
from sync.server.core.content_length import ContentLengthMiddleware
from sync.server.core.errors import install_error_handlers
from sync.server.core.security import RequestAuthenticator
from sync.server.db.engine import make_engine


def create_app(settings: Settings, engine: Engine | None = None) -> FastAPI:
    app = FastAPI(
        title="fieldsync server",
        summary="Central sync server for the police field client",
        version="1",
    )
    engine = engine or make_engine(settings.database)
    app.state.settings = settings
    app.state.engine = engine
    app.state.authenticator = RequestAuthenticator(engine, settings)
    app.state.server_key = server_key.load_or_create(Path(settings.data_dir))
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=settings.gzip_level)
    app.add_middleware(ContentLengthMiddleware)  # outermost: the length of the body as sent
    install_error_handlers(app)
    version_one = APIRouter(prefix="/v1", dependencies=[Depends(require_supported_protocol)])
    for module in (enroll, officers, push, pull, challan, status, countersign):
        version_one.include_router(module.router)
    app.include_router(health.router)
    app.include_router(version_one)
    openapi.install(app)
    return app
