import gzip

import pytest

from sync.server.api.deps import inflate
from sync.server.core.errors import ApiError


def test_gzip_bodies_inflate_within_the_limit():
    assert inflate(gzip.compress(b"{}"), "gzip", 10) == b"{}"
    assert inflate(b"{}", "", 10) == b"{}"


@pytest.mark.parametrize(
    ("body", "encoding", "status"),
    [
        (gzip.compress(b" " * 1000, mtime=0), "gzip", 413),
        (b"plainly not gzip", "gzip", 400),
        (gzip.compress(b"{}", mtime=0)[:-6], "gzip", 400),
        (b"{}", "br", 400),
    ],
)
def test_bad_or_oversized_gzip_is_refused(body, encoding, status):
    with pytest.raises(ApiError) as refused:
        inflate(body, encoding, 100)
    assert refused.value.status == status
