"""zstd for the large signed answers (pull pages), to clients that say they accept it.

The other answers go through the app's gzip middleware, which leaves an answer that already
has a ``Content-Encoding`` alone. zstd at level 6 makes a page of compact records about a sixth
smaller than gzip does (docs/PERFORMANCE.md, issue 16) for about the same CPU; the client's HTTP
library (urllib3) asks for and decodes it when the zstd module is installed, as the project's
dependencies install it.
"""

from __future__ import annotations

import sys

if sys.version_info >= (3, 14):
    from compression import zstd
else:
    from backports import zstd

ZSTD_LEVEL = 6
ZSTD_MINIMUM = 1024
"""Bodies shorter than this go as they are (or gzip), as the gzip middleware's minimum."""


def accepts_zstd(accept_encoding: str) -> bool:
    """True when ``Accept-Encoding`` names zstd without refusing it (``zstd;q=0``)."""
    for item in accept_encoding.split(","):
        coding, _, parameters = item.partition(";")
        if coding.strip().lower() != "zstd":
            continue
        quality = parameters.strip().lower().removeprefix("q=").strip()
        return quality not in ("0", "0.0", "0.00", "0.000")
    return False


def zstd_compress(body: bytes) -> bytes:
    return zstd.compress(body, level=ZSTD_LEVEL)
