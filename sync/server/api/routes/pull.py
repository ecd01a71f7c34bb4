from fastapi import APIRouter, Request, Response

from sync.protocol.messages import PullRequest, PullResponse
from sync.server.api.deps import (
    DeviceDep,
    EngineDep,
    RawBody,
    ServerKeyDep,
    SettingsDep,
    parse_message,
    signed_answer,
)
from sync.server.api.openapi import SIGNED_ROUTE_ERRORS, errors, request_body, signed_200
from sync.server.core.clock import now_ms
from sync.server.services.pull import pull_page

router = APIRouter()


@router.post(
    "/pull",
    response_model=PullResponse,
    tags=["sync"],
    responses=errors(*SIGNED_ROUTE_ERRORS) | signed_200(),
    openapi_extra=request_body(PullRequest),
)
def pull(
    request: Request,
    body: RawBody,
    device: DeviceDep,
    engine: EngineDep,
    settings: SettingsDep,
    key: ServerKeyDep,
) -> Response:
    """Body ``PullRequest``. The station's changes after ``cursor``, a page at a time, as whole
    records with their clocks, plus conflicts and the device's new challan blocks. Signed by the
    server (``X-Server-Signature``, bound to the device, the request's nonce and the cursor)."""
    message = parse_message(PullRequest, request, body)
    page = pull_page(engine, device, message, settings.max_pull_page, now_ms())
    return signed_answer(request, key, device.id, message.cursor, page)
