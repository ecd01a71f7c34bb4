"""Request and response bodies of protocol version 1.

Every model refuses unknown fields (``extra="forbid"``): a client can never set its station, the
recording device, official numbers or versions by adding a field. Every response carries
``server_time`` (Unix milliseconds) so a client can correct a skewed clock.

Endpoints (all under ``/v1``, all but enrollment signed, see ``signing``):

* ``POST /v1/enroll`` — ``EnrollRequest`` → ``EnrollResponse``
* ``GET /v1/enroll-info`` → ``EnrollInfoResponse`` (unsigned: is this a training server?)
* ``POST /v1/push`` — ``PushRequest`` (gzip body) → ``PushResponse``
* ``POST /v1/pull`` — ``PullRequest`` → ``PullResponse``
* ``POST /v1/challan-blocks`` — ``ChallanBlockRequest`` → ``ChallanBlockResponse``
* ``POST /v1/officers`` — ``OfficersRequest`` → ``OfficersResponse``
* ``GET /v1/status`` → ``StatusResponse``
* ``POST /v1/countersign`` — ``CountersignRequest`` → ``CountersignResponse``
* any failure → ``ErrorResponse`` with a 4xx status (see ``errors.ErrorCode``)
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

from fieldclient.domain.hlc import is_valid as is_valid_hlc
from fieldclient.domain.records.registry import KINDS
from fieldclient.domain.schema import has_control_character
from sync.protocol import PROTOCOL_VERSION

HexId = Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{32}$")]
MAX_WIRE_INT = 2**53 - 1
"""The largest integer any request may carry: exact in every JSON parser and far inside the
databases' 64-bit columns, so no sequence, cursor or size can overflow a column."""
Count = Annotated[int, Field(ge=0, le=MAX_WIRE_INT)]
SequenceNumber = Annotated[int, Field(ge=1, le=MAX_WIRE_INT)]


def _registered_kind(name: str) -> str:
    """The record kinds are those registered when a message is read, not a list frozen here."""
    if name not in KINDS:
        raise ValueError(f"must be one of {', '.join(KINDS)}")
    return name


RecordType = Annotated[str, AfterValidator(_registered_kind)]
Operation = Literal["create", "update", "transition", "statement"]
Outcome = Literal["applied", "duplicate", "rejected"]
MAX_MUTATIONS_PER_PUSH = 10_000


class Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Request(Message):
    protocol_version: Count = PROTOCOL_VERSION


class Response(Message):
    protocol_version: int = PROTOCOL_VERSION
    server_time: int


class FieldProblem(Message):
    field: str
    message: str


class ErrorResponse(Response):
    code: str
    message: str
    fields: list[FieldProblem] = []


class EnrollRequest(Request):
    code: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    device_id: HexId
    public_key: str
    device_name: Annotated[str, StringConstraints(max_length=100)] = ""
    training: bool = False  # a practice vault (training mode): only a training server takes it

    @field_validator("public_key")
    @classmethod
    def _ed25519_public_key(cls, value: str) -> str:
        try:
            raw = base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("must be base64") from None
        if len(raw) != 32:
            raise ValueError("must be the 32 raw bytes of an Ed25519 public key, base64")
        return value


def _one_line(value: str) -> str:
    """One line of plain text: no control or text-direction characters (which could make a
    name display as another), no line breaks, no surrounding spaces."""
    if value != value.strip() or has_control_character(value) or any(c in value for c in "\t\n\r"):
        raise ValueError("must be one line without control or text-direction characters")
    return value


Badge = Annotated[str, StringConstraints(min_length=1, max_length=64)]
# fieldclient/domain/roles.py ROLES (tests/unit/sync/test_protocol_messages.py keeps them equal)
Role = Literal["sho", "moharrir", "investigating_officer", "traffic_warden", "clerk", "trainee"]


class OfficerDeclaration(Message):
    """An officer who signs in on the declaring device: the badge that every mutation, record
    and history entry of theirs names, and the name shown for it."""

    badge: Badge
    name: Annotated[str, StringConstraints(min_length=1, max_length=100)]
    # the officer's role (fieldclient/domain/roles.py); None: an older client, or not known
    role: Role | None = None
    # in an answer: the role a device declared that would give the officer more than the server
    # holds, waiting for the server's administrator (sync/server/services/officers.py)
    requested: Role | None = None

    _check_one_line = field_validator("badge", "name")(_one_line)


class OfficersRequest(Request):
    """The officers of this device (all of them, or the new ones): a mutation may name only a
    badge its device declared. Declaring is additive and idempotent."""

    officers: Annotated[list[OfficerDeclaration], Field(min_length=1, max_length=200)]


class OfficersResponse(Response):
    """Every officer this device has declared, with the name the station's roster holds."""

    officers: list[OfficerDeclaration]


class StationInfo(Message):
    code: str
    name: str
    district: str


class EnrollResponse(Response):
    device_id: str
    station: StationInfo
    server_public_key: str
    """The server's Ed25519 key (base64 of 32 bytes): it signs pull and status answers."""
    number_code: str | None = Field(default=None, pattern=r"^[A-Z]{1,4}[1-9]$")
    """The device's code among the station's devices (``A3``): its provisional numbers are
    ``P-A3-0042``. Absent from older servers."""


class EnrollInfoResponse(Response):
    """What a device asks before it enrolls (unsigned, nothing sent): a practice vault enrolls
    only where ``training`` is true."""

    training: bool


class Mutation(Message):
    """One outbox entry (docs/ARCHITECTURE.md, "Mutations"). Exactly the op's payload is set:
    ``record`` for create, ``fields`` (+ optional ``base_clocks``) for update, ``entry`` for
    transition and statement."""

    mutation_id: HexId
    device_seq: SequenceNumber
    record_id: HexId
    record_type: RecordType
    op: Operation
    hlc: str
    officer: Badge
    at: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    record: dict[str, Any] | None = None
    fields: dict[str, Any] | None = None
    base_clocks: dict[str, str | None] | None = None
    entry: dict[str, Any] | None = None

    @field_validator("hlc")
    @classmethod
    def _clock(cls, value: str) -> str:
        if not is_valid_hlc(value):
            raise ValueError("must be a clock value wall_ms:counter:device")
        return value

    @model_validator(mode="after")
    def _payload_matches_op(self) -> Mutation:
        payload = {"create": "record", "update": "fields"}.get(self.op, "entry")
        for name in ("record", "fields", "entry"):
            present = getattr(self, name) is not None
            if name == payload and not present:
                raise ValueError(f"op {self.op} needs {name}")
            if name != payload and present:
                raise ValueError(f"op {self.op} takes no {name}")
        if self.base_clocks is not None and self.op != "update":
            raise ValueError("base_clocks belong to an update")
        return self


class PushRequest(Request):
    mutations: Annotated[list[Mutation], Field(min_length=1, max_length=MAX_MUTATIONS_PER_PUSH)]


class MutationResult(Message):
    mutation_id: str
    device_seq: int
    outcome: Outcome
    code: str | None = None
    reason: str | None = None


class PushResponse(Response):
    results: list[MutationResult]
    last_applied_seq: int


class PullRequest(Request):
    """``device_keys_digest``: the digest of the station's device keys the client holds ("" for
    none); when it differs from the server's, the answer carries the keys. A client that does not
    send it (older versions) never gets them. ``compact_clocks``: the records' clocks come in
    compact form (``sync.protocol.compact``); a client that does not ask (older versions) gets
    them whole."""

    cursor: Count = 0
    limit: Annotated[int, Field(ge=1, le=5000)] = 1000
    blocks_after: Count = 0
    device_keys_digest: Annotated[str, StringConstraints(max_length=64)] | None = None
    compact_clocks: bool = False
    # the digest of the device's officers' roles it holds ("" for none); when it differs from the
    # server's, the answer carries them (``officer_roles``). Not sent: never.
    officer_roles_digest: Annotated[str, StringConstraints(max_length=64)] | None = None


class ConflictWrite(Message):
    value: Any
    hlc: str | None
    officer: str | None


class ConflictOut(Message):
    id: str
    record_id: str
    field: str
    winner: ConflictWrite
    loser: ConflictWrite
    detected_at: int
    change_seq: int


class ChallanBlock(Message):
    """Numbers ``start``..``end`` (inclusive) leased to one device; a challan number is
    ``format_challan_number(prefix, n)``."""

    block_id: int
    prefix: str
    start: int
    end: int


def format_challan_number(prefix: str, serial: int) -> str:
    return f"{prefix}-{serial:07d}"


class DeviceKey(Message):
    """A device of the station: its Ed25519 public key (base64) and, if revoked, when (Unix ms).
    Documents printed by any device of the station verify offline with these."""

    device_id: str
    public_key: str
    revoked_at: int | None = None


def device_keys_digest(keys: list[DeviceKey]) -> str:
    """SHA-256 over the keys in device-id order, as both ends compute it."""
    ordered = sorted(keys, key=lambda key: key.device_id)
    text = json.dumps([key.model_dump() for key in ordered], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def officer_roles_digest(officers: list[OfficerDeclaration]) -> str:
    """SHA-256 over a device's officers with their roles, in badge order, as both ends compute
    it (``PullRequest.officer_roles_digest``)."""
    ordered = sorted(officers, key=lambda officer: officer.badge)
    dumped = [officer.model_dump(exclude_none=True) for officer in ordered]
    text = json.dumps(dumped, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


class PullResponse(Response):
    """``records`` are whole records (``Record.to_dict()`` with clocks, compact when the request
    asked for ``compact_clocks``), ordered by change; the server-assigned values (FIR number,
    tenant verification) arrive inside them."""

    records: list[dict[str, Any]]
    conflicts: list[ConflictOut]
    challan_blocks: list[ChallanBlock]
    next_cursor: int
    has_more: bool
    device_keys: list[DeviceKey] | None = None  # only when the client's digest is out of date
    device_keys_digest: str | None = None
    # the officers this device declared, with their roles as the station's roster holds them:
    # only when the client's ``officer_roles_digest`` is out of date
    officer_roles: list[OfficerDeclaration] | None = None
    officer_roles_digest: str | None = None


class ChallanBlockRequest(Request):
    """``request_id`` makes the lease idempotent: a retry gets the same block back."""

    request_id: HexId
    size: Annotated[int, Field(ge=1, le=10_000)] = 500


class ChallanBlockResponse(Response):
    block: ChallanBlock


class StatusResponse(Response):
    device_id: str
    station: StationInfo
    last_applied_seq: int
    change_seq: int
    counts: dict[str, int]
    digest: str


MAX_COUNTERSIGN = 100


class CountersignRequest(Request):
    """The records of the device's station whose documents this device printed."""

    record_ids: Annotated[list[HexId], Field(min_length=1, max_length=MAX_COUNTERSIGN)]


class Countersignature(Message):
    record_id: str
    signature: str
    """Base64 Ed25519 signature by the server's key of the document payload's signed message
    (``fieldclient.domain.documents.payload``), computed from the record the server holds."""


class CountersignResponse(Response):
    signatures: list[Countersignature]
    unknown: list[str]
    """Ids the station does not hold (never pushed, or its create was refused)."""
    not_issued: list[str]
    """Ids held but without a document yet on the server (e.g. not registered there yet)."""
