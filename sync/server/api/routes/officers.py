from fastapi import APIRouter, Request

from sync.protocol.messages import OfficersRequest, OfficersResponse
from sync.server.api.deps import DeviceDep, EngineDep, RawBody, parse_message
from sync.server.api.openapi import SIGNED_ROUTE_ERRORS, errors, request_body
from sync.server.core.clock import now_ms
from sync.server.services.officers import declare_officers

router = APIRouter()


@router.post(
    "/officers",
    response_model=OfficersResponse,
    response_model_exclude_none=True,  # no ``role`` for an older client (see declare_officers)
    tags=["devices"],
    responses=errors(*SIGNED_ROUTE_ERRORS),
    openapi_extra=request_body(OfficersRequest),
)
def declare(
    request: Request, body: RawBody, device: DeviceDep, engine: EngineDep
) -> OfficersResponse:
    """Body ``OfficersRequest``. Declares the officers who sign in on this device; a mutation
    may name only a badge its device declared. Additive and idempotent."""
    message = parse_message(OfficersRequest, request, body)
    declared = declare_officers(engine, device, message.officers, now_ms())
    return OfficersResponse(server_time=now_ms(), officers=declared)
