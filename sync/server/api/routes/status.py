from fastapi import APIRouter, Request, Response

from sync.protocol.messages import StatusResponse
from sync.server.api.deps import DeviceDep, EngineDep, ServerKeyDep, signed_answer
from sync.server.api.openapi import errors, headers, signed_200
from sync.server.core.clock import now_ms
from sync.server.services.status import station_status

router = APIRouter()


@router.get(
    "/status",
    response_model=StatusResponse,
    tags=["sync"],
    responses=errors(400, 401, 403, 413, 426, 429) | signed_200(),
    openapi_extra={"parameters": headers()},
)
def status(request: Request, device: DeviceDep, engine: EngineDep, key: ServerKeyDep) -> Response:
    """Counts per record type and the digest of the station's records (see
    ``sync.protocol.fingerprint``), for a consistency check against the device's vault. Signed
    by the server like a pull page (no cursor)."""
    answer = station_status(engine, device, now_ms())
    return signed_answer(request, key, device.id, None, answer.model_dump_json().encode())
