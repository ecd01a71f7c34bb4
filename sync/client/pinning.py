"""Certificate pinning: an https server must keep presenting the certificate it was enrolled with.

The SHA-256 fingerprint of the server certificate (DER) is stored at enrollment. Every later
connection is checked by urllib3's ``assert_fingerprint``; CA validation is not needed on top (a
station server usually has a self-signed certificate, and the pin is stricter than any CA).
"""

from __future__ import annotations

import hashlib
import ssl
from typing import Any
from urllib.parse import urlsplit

from requests.adapters import HTTPAdapter

from sync.client.errors import ServerUnreachable

CONNECT_SECONDS = 10


class PinnedAdapter(HTTPAdapter):
    """Refuses any connection whose certificate does not have ``fingerprint``."""

    def __init__(self, fingerprint: str) -> None:
        self._fingerprint = fingerprint
        super().__init__()

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["assert_fingerprint"] = self._fingerprint
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:
        proxy_kwargs["assert_fingerprint"] = self._fingerprint
        return super().proxy_manager_for(proxy, **proxy_kwargs)


def normalise_fingerprint(text: str) -> str:
    """Hex SHA-256, lower case, without the colons an administrator may copy along."""
    cleaned = text.replace(":", "").replace(" ", "").lower()
    if len(cleaned) != 64 or any(c not in "0123456789abcdef" for c in cleaned):
        raise ValueError("a certificate fingerprint is 64 hex digits (SHA-256)")
    return cleaned


def fetch_fingerprint(url: str) -> str:
    """The SHA-256 fingerprint of the certificate the https server at ``url`` presents now."""
    parts = urlsplit(url)
    host, port = parts.hostname or "", parts.port or 443
    try:
        pem = ssl.get_server_certificate((host, port), timeout=CONNECT_SECONDS)
    except (OSError, ssl.SSLError) as failed:
        raise ServerUnreachable(
            f"Cannot reach the sync server at {host}:{port} ({failed.__class__.__name__})."
        ) from None
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()
