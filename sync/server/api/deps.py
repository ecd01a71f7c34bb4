"""Request plumbing shared by the routes: protocol version, bounded body, device, message.

Order of checks for a signed request: protocol version (426) → body size (413) → signature,
window, nonce, revocation, rate limit (401/403/429) → gunzip (400/413) → message model (400/422).
Nothing is written before all of them pass, except the spent nonce.
"""

from __future__ import annotations

import re
import zlib
from typing import Annotated, TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from fastapi import Depends, Request, Response
from pydantic import ValidationError
from sqlalchemy import Engine

from sync.protocol import SUPPORTED_VERSIONS, signing
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import Request as RequestMessage
from sync.protocol.signing import HEADER_PROTOCOL
from sync.server.api import wire_encoding
from sync.server.core.config import Settings
from sync.server.core.errors import ApiError, problems_of
from sync.server.core.security import AuthenticatedDevice, RequestAuthenticator

MessageT = TypeVar("MessageT", bound=RequestMessage)
# ASCII digits only (str.isdigit() also takes "²", which int() refuses), and few of them: a
# 4,400-digit header must not reach int(), whose limit is 4,300 digits.
_VERSION_HEADER = re.compile(r"[0-9]{1,6}")
_LENGTH_HEADER = re.compile(r"[0-9]{1,18}")


# Dependencies that only read the application's state or a header are coroutines: FastAPI runs
# a plain function dependency in its thread pool, a hand-over that costs more than the work.
async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


async def get_engine(request: Request) -> Engine:
    return request.app.state.engine


async def get_server_key(request: Request) -> Ed25519PrivateKey:
    return request.app.state.server_key


SettingsDep = Annotated[Settings, Depends(get_settings)]
ServerKeyDep = Annotated[Ed25519PrivateKey, Depends(get_server_key)]
EngineDep = Annotated[Engine, Depends(get_engine)]


def _unsupported(version: object) -> ApiError:
    shown = str(version)[:16]
    return ApiError(
        426,
        ErrorCode.UNSUPPORTED_PROTOCOL,
        f"this application speaks sync protocol {shown!r}, the server supports "
        f"{', '.join(str(v) for v in sorted(SUPPORTED_VERSIONS))}; update the application",
    )


async def require_supported_protocol(request: Request) -> int:
    header = request.headers.get(HEADER_PROTOCOL, "")
    if not _VERSION_HEADER.fullmatch(header) or int(header) not in SUPPORTED_VERSIONS:
        raise _unsupported(header or "(none)")
    return int(header)


async def raw_body(request: Request, settings: SettingsDep) -> bytes:
    """The body exactly as sent, refused with 413 past ``max_body_bytes``."""
    limit = settings.max_body_bytes
    declared = request.headers.get("content-length", "")
    if _LENGTH_HEADER.fullmatch(declared) and int(declared) > limit:
        raise ApiError(413, ErrorCode.PAYLOAD_TOO_LARGE, f"request body over {limit} bytes")
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise ApiError(413, ErrorCode.PAYLOAD_TOO_LARGE, f"request body over {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


RawBody = Annotated[bytes, Depends(raw_body)]


def authenticated_device(request: Request, body: RawBody) -> AuthenticatedDevice:
    authenticator: RequestAuthenticator = request.app.state.authenticator
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return authenticator.authenticate(request.method, target, request.headers, body)


DeviceDep = Annotated[AuthenticatedDevice, Depends(authenticated_device)]


def inflate(body: bytes, content_encoding: str, limit: int) -> bytes:
    """Gunzip a ``Content-Encoding: gzip`` body, never past ``limit`` bytes (gzip bombs)."""
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding != "gzip":
        raise ApiError(400, ErrorCode.MALFORMED, f"unsupported Content-Encoding {encoding!r}")
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 16)
    try:
        inflated = inflater.decompress(body, limit + 1)
    except zlib.error:
        raise ApiError(400, ErrorCode.MALFORMED, "the body is not valid gzip") from None
    if len(inflated) > limit or inflater.unconsumed_tail:
        raise ApiError(413, ErrorCode.PAYLOAD_TOO_LARGE, f"body inflates past {limit} bytes")
    if not inflater.eof:
        raise ApiError(400, ErrorCode.MALFORMED, "the gzip body is truncated")
    return inflated


def parse_message(model: type[MessageT], request: Request, body: bytes) -> MessageT:
    """Inflate and validate a request body as ``model``; 400 for non-JSON, 422 for bad fields."""
    settings: Settings = request.app.state.settings
    text = inflate(body, request.headers.get("content-encoding", ""), settings.max_inflated_bytes)
    try:
        message = model.model_validate_json(text)
    except ValidationError as invalid:
        if any(detail["type"] == "json_invalid" for detail in invalid.errors()):
            raise ApiError(400, ErrorCode.MALFORMED, "the body is not valid JSON") from None
        problems = problems_of(invalid)
        named = ", ".join(problem.field for problem in problems)
        raise ApiError(
            422, ErrorCode.INVALID_REQUEST, f"invalid fields: {named}", problems
        ) from None
    if message.protocol_version not in SUPPORTED_VERSIONS:
        raise _unsupported(message.protocol_version)
    return message


def signed_answer(
    request: Request, key: Ed25519PrivateKey, device_id: str, cursor: int | None, body: bytes
) -> Response:
    """A JSON answer carrying the server's signature (``signing.sign_answer``), bound to the
    request's path, device, nonce and cursor. The signature covers the body before any
    compression; a large body goes out as zstd to a client that accepts it (``wire_encoding``)."""
    nonce = request.headers.get(signing.HEADER_NONCE, "")
    signature = signing.sign_answer(key, request.url.path, device_id, nonce, cursor, body)
    headers = {signing.HEADER_SERVER_SIGNATURE: signature}
    if len(body) >= wire_encoding.ZSTD_MINIMUM and wire_encoding.accepts_zstd(
        request.headers.get("accept-encoding", "")
    ):
        body = wire_encoding.zstd_compress(body)
        headers |= {"Content-Encoding": "zstd", "Vary": "Accept-Encoding"}
    return Response(body, media_type="application/json", headers=headers)
