"""What the OpenAPI document says beyond what FastAPI sees (issue 12.14).

The routes read their body as raw bytes (it is signed as sent, and may be gzip), so FastAPI sees
no request body; each route names its body model (``request_body``), its headers
(``SIGNED_HEADERS``, ``PROTOCOL_HEADER``) and every 4xx answer it can give (``errors``), and
``install`` adds the request models to the document's components. A client or a fuzzer can build
every request from the document alone (signing as ``sync.protocol.signing`` says).
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel

from sync.protocol import SUPPORTED_VERSIONS
from sync.protocol.messages import ErrorResponse
from sync.protocol.signing import (
    HEADER_DEVICE,
    HEADER_NONCE,
    HEADER_PROTOCOL,
    HEADER_SERVER_SIGNATURE,
    HEADER_SIGNATURE,
    HEADER_TIMESTAMP,
)

_ERRORS = {
    400: "malformed: the body is not JSON, not valid gzip, or was cut off",
    401: "unauthenticated (unsigned, bad signature, unknown device), clock_skew or replayed",
    403: "device_revoked, invalid_enroll_code or unknown_officer",
    404: "not_found: the device's station no longer exists",
    409: "device_exists: this device id is already enrolled",
    413: "payload_too_large: the body, its gzip inflation or the batch is over the limit",
    422: "invalid_request: fields of the body are missing, of the wrong type or out of range",
    426: "unsupported_protocol: the X-Protocol-Version header or protocol_version is not served",
    429: "rate_limited: too many requests from this device in the last minute",
}
SIGNED_ROUTE_ERRORS = (400, 401, 403, 413, 422, 426, 429)
_REQUEST_MODELS: list[type[BaseModel]] = []


def errors(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The error answers of a route: each an ``ErrorResponse`` with its meaning."""
    return {status: {"model": ErrorResponse, "description": _ERRORS[status]} for status in statuses}


def signed_200() -> dict[int | str, dict[str, Any]]:
    """The 200 answer of a route whose answers the server signs (pull, status)."""
    return {
        200: {
            "description": "The answer, signed by the server's Ed25519 key (from enrollment).",
            "headers": {
                HEADER_SERVER_SIGNATURE: {
                    "required": True,
                    "schema": {"type": "string"},
                    "description": "Base64 Ed25519 signature of fieldsync-answer-1\\nPATH\\n"
                    "DEVICE_ID\\nREQUEST_NONCE\\nCURSOR\\nhex(SHA-256(body before gzip)); "
                    "CURSOR is the pull request's, empty for status.",
                }
            },
        }
    }


def _header(name: str, pattern: str, description: str) -> dict[str, Any]:
    return {
        "name": name,
        "in": "header",
        "required": True,
        "schema": {"type": "string", "pattern": pattern},
        "description": description,
    }


PROTOCOL_HEADER = {
    "name": HEADER_PROTOCOL,
    "in": "header",
    "required": True,
    "schema": {"type": "string", "enum": [str(v) for v in sorted(SUPPORTED_VERSIONS)]},
    "description": "The sync protocol version the client speaks; another gets 426.",
}
SIGNED_HEADERS = [
    _header(HEADER_DEVICE, "^[0-9a-f]{32}$", "The enrolled device's id."),
    _header(
        HEADER_TIMESTAMP, "^[0-9]{1,15}$", "Unix milliseconds; within 10 minutes of the server."
    ),
    _header(HEADER_NONCE, "^[!-~]{16,64}$", "Random, used once per device (16 bytes, hex)."),
    _header(
        HEADER_SIGNATURE,
        "^[A-Za-z0-9+/=]{1,128}$",
        "Base64 Ed25519 signature of METHOD\\nPATH?QUERY\\nTIMESTAMP\\nNONCE\\n"
        "hex(SHA-256(body exactly as sent, after gzip)) with the device's enrolled key.",
    ),
]
_CONTENT_ENCODING = {
    "name": "Content-Encoding",
    "in": "header",
    "required": False,
    "schema": {"type": "string", "enum": ["gzip", "identity"]},
    "description": "gzip: the body is the gzip of the JSON (inflated at most 32 MiB).",
}


def request_body(
    model: type[BaseModel], *, signed: bool = True, gzip: bool = False
) -> dict[str, Any]:
    """``openapi_extra`` of a route whose body is ``model`` as JSON (``gzip``: usually gzip)."""
    _REQUEST_MODELS.append(model)
    how = "gzip of the JSON (Content-Encoding: gzip), or plain JSON" if gzip else "JSON"
    return {
        "parameters": [*headers(signed=signed), _CONTENT_ENCODING],
        "requestBody": {
            "required": True,
            "description": f"`{model.__name__}` as {how}.",
            "content": {
                "application/json": {"schema": {"$ref": f"#/components/schemas/{model.__name__}"}}
            },
        },
    }


def headers(*, signed: bool = True) -> list[dict[str, Any]]:
    return [PROTOCOL_HEADER, *(SIGNED_HEADERS if signed else [])]


def install(app: FastAPI) -> None:
    """Build the document once, with the request models in its components."""

    def build() -> dict[str, Any]:
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title, version=app.version, summary=app.summary, routes=app.routes
            )
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            for model in _REQUEST_MODELS:
                shape = model.model_json_schema(ref_template="#/components/schemas/{model}")
                schemas.update(shape.pop("$defs", {}))
                schemas[model.__name__] = shape
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = build  # type: ignore[method-assign]
