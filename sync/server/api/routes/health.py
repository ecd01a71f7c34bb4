from fastapi import APIRouter

from sync.protocol import SUPPORTED_VERSIONS
from sync.server.core.clock import now_ms

router = APIRouter()


@router.get("/healthz", tags=["health"])
def healthz() -> dict[str, object]:
    """Liveness; needs no authentication."""
    return {
        "status": "ok",
        "protocol_versions": sorted(SUPPORTED_VERSIONS),
        "server_time": now_ms(),
    }
