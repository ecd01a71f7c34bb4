"""The record fingerprint and station digest of ``/v1/status``: defined in the domain
(`fieldclient.domain.fingerprint`), where the vault stores them too."""

from fieldclient.domain.fingerprint import (
    DigestTally,
    canonical_json,
    digest_text,
    record_fingerprint,
    station_digest,
    text_fingerprint,
)

__all__ = [
    "DigestTally",
    "canonical_json",
    "digest_text",
    "record_fingerprint",
    "station_digest",
    "text_fingerprint",
]
