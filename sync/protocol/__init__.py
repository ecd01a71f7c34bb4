"""The versioned wire format shared by the sync client and the sync server.

* ``messages`` — pydantic models of every request and response body (``extra="forbid"``).
* ``signing`` — Ed25519 request signatures and their headers.
* ``errors`` — the stable error codes of ``ErrorResponse.code``.
* ``fingerprint`` — the record fingerprint and station digest both ends compute the same way.

Every request carries the header ``X-Protocol-Version`` and every body a ``protocol_version``; a
version outside ``SUPPORTED_VERSIONS`` gets HTTP 426 with code ``unsupported_protocol``.
"""

PROTOCOL_VERSION = 1
SUPPORTED_VERSIONS = frozenset({1})
