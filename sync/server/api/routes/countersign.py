from fastapi import APIRouter, Request

from sync.protocol.messages import CountersignRequest, CountersignResponse
from sync.server.api.deps import DeviceDep, EngineDep, RawBody, ServerKeyDep, parse_message
from sync.server.api.openapi import SIGNED_ROUTE_ERRORS, errors, request_body
from sync.server.core.clock import now_ms
from sync.server.services.countersign import countersign

router = APIRouter()


@router.post(
    "/countersign",
    response_model=CountersignResponse,
    tags=["documents"],
    responses=errors(*SIGNED_ROUTE_ERRORS),
    openapi_extra=request_body(CountersignRequest),
)
def countersign_documents(
    request: Request, body: RawBody, device: DeviceDep, engine: EngineDep, key: ServerKeyDep
) -> CountersignResponse:
    """Body ``CountersignRequest``. For each named record of the device's station that has a
    document, the server's signature of the document payload computed from the server's copy
    (reprints carry it; verifiers check it with the key from enrollment)."""
    message = parse_message(CountersignRequest, request, body)
    return countersign(engine, key, device, message, now_ms())
