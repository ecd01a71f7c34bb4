"""Which server addresses this client talks to: https, or plain http to this computer only.

Plain http to another machine would carry CNICs and names in clear text, so it is refused unless
the environment variable ``FIELDCLIENT_INSECURE_HTTP_FOR_LAB=1`` is set (a test lab without
certificates); every connection made under that override logs a warning.
"""

from __future__ import annotations

import ipaddress
import logging
import os
from urllib.parse import urlsplit

from sync.client.errors import EnrollProblem, SyncError

INSECURE_HTTP_OVERRIDE = "FIELDCLIENT_INSECURE_HTTP_FOR_LAB"
log = logging.getLogger(__name__)


class InsecureServerAddress(SyncError):
    """An ``http://`` address of another machine, without the lab override."""

    problem = EnrollProblem.INSECURE_ADDRESS

    def __init__(self, host: str) -> None:
        super().__init__(
            f"The server address must start with https:// ({host} is not this computer, and "
            "plain http would send records unencrypted); ask the administrator for the https "
            "address."
        )


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 and ``localhost``: the traffic never leaves this computer."""
    if host.lower() in ("localhost", "localhost."):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def insecure_host(url: str) -> str | None:
    """The host of a plain ``http://`` address of another machine (only usable under the lab
    override), else None."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    return host if parts.scheme == "http" and not is_loopback(host) else None


def require_secure(url: str) -> None:
    """Refuse ``http://`` to another machine; with the lab override, log a warning instead."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    if parts.scheme != "http" or is_loopback(host):
        return
    if os.environ.get(INSECURE_HTTP_OVERRIDE) == "1":
        log.warning(
            "INSECURE: plain http to %s (%s=1); records travel unencrypted",
            host,
            INSECURE_HTTP_OVERRIDE,
        )
        return
    raise InsecureServerAddress(host)
