"""QR codes for printed documents (segno), as PNG bytes the layouts place on the page."""

from __future__ import annotations

import io

import segno

# Medium error correction survives a crease or a smudge on paper and keeps the code small enough
# for an 80 mm receipt; segno raises it further when that costs no extra size.
ERROR_LEVEL = "m"


def qr_png(text: str, *, module_pixels: int = 8) -> bytes:
    """The code as a black-on-white PNG with the standard four-module quiet zone."""
    code = segno.make_qr(text, error=ERROR_LEVEL, boost_error=True)
    out = io.BytesIO()
    code.save(out, kind="png", scale=module_pixels, border=4)
    return out.getvalue()


def qr_version(text: str) -> int:
    """The QR version (size class, 1-40) `text` needs; tests keep documents small."""
    return int(segno.make_qr(text, error=ERROR_LEVEL, boost_error=True).version)
