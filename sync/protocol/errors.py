"""Stable machine codes of ``ErrorResponse.code``; the client decides what to tell the officer."""

from enum import StrEnum


class ErrorCode(StrEnum):
    UNSUPPORTED_PROTOCOL = "unsupported_protocol"  # 426: update the application
    UNAUTHENTICATED = "unauthenticated"  # 401: missing or bad signature, unknown device
    CLOCK_SKEW = "clock_skew"  # 401: timestamp outside the window; retry with server_time
    REPLAYED = "replayed"  # 401: nonce already used
    DEVICE_REVOKED = "device_revoked"  # 403: an administrator revoked this device
    INVALID_ENROLL_CODE = "invalid_enroll_code"  # 403: unknown, spent or expired code
    DEVICE_EXISTS = "device_exists"  # 409: this device id is already enrolled
    MALFORMED = "malformed"  # 400: not gzip, not JSON
    INVALID_REQUEST = "invalid_request"  # 422: a field has the wrong type or is unknown
    PAYLOAD_TOO_LARGE = "payload_too_large"  # 413: body or batch over the limit
    RATE_LIMITED = "rate_limited"  # 429: too many requests from this device
    UNKNOWN_OFFICER = "unknown_officer"  # 403: a badge not on the station's closed roster
    NOT_FOUND = "not_found"  # 404
    TRAINING_MISMATCH = "training_mismatch"  # 403: a practice device on a production server,
    # or a real one on a training server (docs/TRAINING.md)
    SERVER_ERROR = "server_error"  # 500: a bug; nothing was written


class RejectCode(StrEnum):
    """Why one mutation of a push was rejected (``MutationResult.code``)."""

    INVALID = "invalid"  # the record data fails the domain validation
    TRAINING_RECORD = "training_record"  # a practice record where real ones go, or the reverse
    FROZEN = "frozen"  # the record may not change in its status (registered FIR)
    TRANSITION_REFUSED = "transition_refused"
    UNKNOWN_RECORD = "unknown_record"  # no such record in this device's station
    RECORD_EXISTS = "record_exists"
    WRONG_STATION = "wrong_station"  # the record names a station other than the device's
    WRONG_DEVICE = "wrong_device"  # the record names another recording device
    SERVER_FIELD = "server_field"  # tried to set a value only the server assigns
    NUMBER_NOT_LEASED = "number_not_leased"  # challan number outside this device's blocks
    NUMBER_TAKEN = "number_taken"
    OUT_OF_ORDER = "out_of_order"  # device_seq not above the last applied one
    CLOCK_AHEAD = "clock_ahead"  # a clock value past the server's time + window; fix the clock
    UNKNOWN_OFFICER = "unknown_officer"  # names a badge this device never declared
    WRONG_OFFICER = "wrong_officer"  # created_by / entry.by is not the mutation's officer
    # a pinned status change (FIR registration) whose content hash is not that of the record the
    # server holds: another device changed it first; kept as a conflict for review
    CONTENT_CHANGED = "content_changed"
    # the officer's role on the station's roster may not make this status change
    # (fieldclient/domain/roles.py): e.g. a traffic warden registering an FIR
    ROLE_NOT_ALLOWED = "role_not_allowed"
