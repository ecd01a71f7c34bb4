from fastapi import APIRouter, Request, Response

from sync.protocol import wire
from sync.protocol.errors import ErrorCode
from sync.protocol.messages import PushRequest, PushResponse
from sync.server.api.deps import DeviceDep, EngineDep, RawBody, SettingsDep, parse_message
from sync.server.api.openapi import SIGNED_ROUTE_ERRORS, errors, request_body
from sync.server.core.clock import now_ms
from sync.server.core.errors import ApiError
from sync.server.services.apply_push import apply_batch

router = APIRouter()


@router.post(
    "/push",
    response_model=PushResponse,
    tags=["sync"],
    responses=errors(*SIGNED_ROUTE_ERRORS),
    openapi_extra=request_body(PushRequest, gzip=True),
)
def push(
    request: Request, body: RawBody, device: DeviceDep, engine: EngineDep, settings: SettingsDep
) -> Response:
    """Body ``PushRequest`` (gzip). Applies the batch in one transaction and answers per
    mutation: applied, duplicate or rejected with a code and reason (``PushResponse``, written
    by ``wire.encode``: FastAPI does not validate it again)."""
    message = parse_message(PushRequest, request, body)
    if len(message.mutations) > settings.max_batch_mutations:
        raise ApiError(
            413,
            ErrorCode.PAYLOAD_TOO_LARGE,
            f"a push holds at most {settings.max_batch_mutations} mutations",
        )
    outcome = apply_batch(engine, device, list(message.mutations), now_ms())
    answer = PushResponse.model_construct(
        server_time=now_ms(), results=outcome.results, last_applied_seq=outcome.last_applied_seq
    )
    return Response(wire.encode(answer), media_type="application/json")
