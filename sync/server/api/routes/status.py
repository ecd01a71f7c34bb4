from fastapi import APIRouter

from sync.protocol.messages import StatusResponse
from sync.server.api.deps import DeviceDep, EngineDep
from sync.server.api.openapi import errors, headers
from sync.server.core.clock import now_ms
from sync.server.services.status import station_status

router = APIRouter()


@router.get(
    "/status",
    response_model=StatusResponse,
    tags=["sync"],
    responses=errors(400, 401, 403, 413, 426, 429),
    openapi_extra={"parameters": headers()},
)
def status(device: DeviceDep, engine: EngineDep) -> StatusResponse:
    """Counts per record type and the digest of the station's records (see
    ``sync.protocol.fingerprint``), for a consistency check against the device's vault."""
    return station_status(engine, device, now_ms())
