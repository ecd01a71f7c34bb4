from fastapi import APIRouter, Request

from sync.protocol.messages import EnrollInfoResponse, EnrollRequest, EnrollResponse
from sync.protocol.signing import public_key_text
from sync.server.api.deps import EngineDep, RawBody, ServerKeyDep, SettingsDep, parse_message
from sync.server.api.openapi import errors, request_body
from sync.server.core.clock import now_ms
from sync.server.services.enrollment import enroll, number_code_of

router = APIRouter()


@router.post(
    "/enroll",
    response_model=EnrollResponse,
    tags=["devices"],
    responses=errors(400, 403, 409, 413, 422, 426),
    openapi_extra=request_body(EnrollRequest, signed=False),
)
def enroll_device(
    request: Request, body: RawBody, engine: EngineDep, settings: SettingsDep, key: ServerKeyDep
) -> EnrollResponse:
    """Body ``EnrollRequest``. Unsigned: the one-time code is the credential. Binds the device
    id and its Ed25519 public key to the code's station and spends the code; the answer hands
    the device the server's public key, which signs pull and status answers. A practice vault
    (``training``) enrolls only on a training server, a real one only on a production server."""
    message = parse_message(EnrollRequest, request, body)
    station = enroll(engine, message, now_ms(), training_server=settings.training)
    return EnrollResponse(
        server_time=now_ms(),
        device_id=message.device_id,
        station=station,
        server_public_key=public_key_text(key),
        number_code=number_code_of(engine, message.device_id),
    )


@router.get(
    "/enroll-info",
    response_model=EnrollInfoResponse,
    tags=["devices"],
    responses=errors(426),
)
def enroll_info(settings: SettingsDep) -> EnrollInfoResponse:
    """Unsigned, and the device sends nothing: whether this is a training server, so a practice
    vault refuses to enroll with a production server before it sends its enrollment."""
    return EnrollInfoResponse(server_time=now_ms(), training=settings.training)
