from fastapi import APIRouter, Request

from sync.protocol.messages import ChallanBlockRequest, ChallanBlockResponse
from sync.server.api.deps import DeviceDep, EngineDep, RawBody, SettingsDep, parse_message
from sync.server.api.openapi import SIGNED_ROUTE_ERRORS, errors, request_body
from sync.server.core.clock import now_ms
from sync.server.services.numbering import lease_challan_block

router = APIRouter()


@router.post(
    "/challan-blocks",
    response_model=ChallanBlockResponse,
    tags=["numbers"],
    responses=errors(*SIGNED_ROUTE_ERRORS, 404),
    openapi_extra=request_body(ChallanBlockRequest),
)
def lease_block(
    request: Request, body: RawBody, device: DeviceDep, engine: EngineDep, settings: SettingsDep
) -> ChallanBlockResponse:
    """Body ``ChallanBlockRequest``. Leases the next block of challan numbers to this device;
    a retry with the same ``request_id`` gets the same block."""
    message = parse_message(ChallanBlockRequest, request, body)
    size = min(message.size, settings.max_challan_block)
    block = lease_challan_block(engine, device, message.request_id, size, now_ms())
    return ChallanBlockResponse(server_time=now_ms(), block=block)
