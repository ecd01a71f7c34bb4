"""Every failure leaves as an ``ErrorResponse`` with a 4xx status and a reason; a bug is a 500
that says nothing was written (the transaction rolled back) and logs the traceback."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect

from fieldclient.bug_log import log_bug
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import ErrorResponse, FieldProblem
from sync.server.core.clock import now_ms

log = logging.getLogger(__name__)

_STATUS_CODES = {
    400: ErrorCode.MALFORMED,
    401: ErrorCode.UNAUTHENTICATED,
    404: ErrorCode.NOT_FOUND,
    405: ErrorCode.NOT_FOUND,
    413: ErrorCode.PAYLOAD_TOO_LARGE,
    422: ErrorCode.INVALID_REQUEST,
}


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: ErrorCode,
        message: str,
        fields: Sequence[FieldProblem] = (),
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.fields = list(fields)


def error_response(
    status: int, code: str, message: str, fields: Sequence[FieldProblem] = ()
) -> JSONResponse:
    body = ErrorResponse(server_time=now_ms(), code=code, message=message, fields=list(fields))
    return JSONResponse(body.model_dump(), status_code=status)


def problems_of(error: ValidationError | RequestValidationError) -> list[FieldProblem]:
    """The field paths and messages of a validation error, never the offending values."""
    return [
        FieldProblem(
            field=".".join(str(part) for part in detail["loc"] if part != "body") or "(body)",
            message=detail["msg"],
        )
        for detail in error.errors()
    ]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, error: ApiError) -> JSONResponse:
        return error_response(error.status, error.code, error.message, error.fields)

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = problems_of(error)
        named = ", ".join(problem.field for problem in problems)
        return error_response(422, ErrorCode.INVALID_REQUEST, f"invalid: {named}", problems)

    @app.exception_handler(StarletteHTTPException)
    async def _http(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        code = _STATUS_CODES.get(error.status_code, ErrorCode.MALFORMED)
        return error_response(error.status_code, code, str(error.detail))

    @app.exception_handler(ClientDisconnect)
    async def _gone(request: Request, _error: ClientDisconnect) -> JSONResponse:
        # The link dropped mid-upload: a network event, nothing was written; no one reads this.
        log.info("the client went away during %s %s", request.method, request.url.path)
        return error_response(400, ErrorCode.MALFORMED, "the request body was cut off")

    @app.exception_handler(Exception)
    async def _bug(request: Request, error: Exception) -> JSONResponse:
        log_bug(log, error, f"unhandled error on {request.method} {request.url.path}")
        return error_response(
            500, ErrorCode.SERVER_ERROR, "internal server error; nothing was written"
        )
