"""The bulk messages' codec: pull pages and push answers read, and requests written, by msgspec.

The pydantic models of ``messages`` stay the protocol's definition (the OpenAPI description,
every other message, the error reports). The client reads the answers a sync moves in bulk
(``PullResponse``, ``PushResponse``) with msgspec structs that mirror those models field for
field, with the same limits: unknown fields refused, the same types. msgspec validates while it
parses, in C. pydantic's JSON parser refuses nesting deeper than 200 levels and msgspec does not
(it goes on to Python's recursion limit), so the free-form parts (records, conflict values) are
measured after decoding and a deeper answer is handed to pydantic, which refuses it.

``decode`` never accepts what the pydantic model refuses, and never refuses what it accepts:
anything the fast path refuses is handed to the pydantic model, which either raises its usual
``ValidationError`` (the error report as before) or accepts it (pydantic's lax reading, e.g. an
integer sent as ``"5"``), so an answer reads exactly as it did. Decoded structs become the
pydantic models with ``model_construct`` (no second validation).

The server still reads push requests with pydantic: measured, msgspec's decoding plus building
the models the services take was slower than pydantic's own (docs/PERFORMANCE.md, issue 16).

``encode`` writes a model's JSON with msgspec (the fields as ``model_dump`` gives them, without
pydantic's serialiser): the client's push requests and the server's push answers, which so
also skip FastAPI's validating the answer again on the way out.
"""

from __future__ import annotations

from typing import Any, Literal, TypeVar, cast

import msgspec
from pydantic import BaseModel

from sync.protocol import PROTOCOL_VERSION
from sync.protocol.messages import (
    ChallanBlock,
    ConflictOut,
    ConflictWrite,
    DeviceKey,
    Message,
    MutationResult,
    PullResponse,
    PushResponse,
)

ModelT = TypeVar("ModelT", bound=BaseModel)
MAX_DEPTH = 190
"""Nesting allowed inside a free-form part: below pydantic's 200 levels for a whole body."""
_CONTAINERS = (dict, list)


class _Strict(msgspec.Struct, forbid_unknown_fields=True):
    pass


class _MutationResult(_Strict):
    mutation_id: str
    device_seq: int
    outcome: Literal["applied", "duplicate", "rejected"]
    code: str | None = None
    reason: str | None = None


class _PushResponse(_Strict):
    server_time: int
    results: list[_MutationResult]
    last_applied_seq: int
    protocol_version: int = PROTOCOL_VERSION


class _ConflictWrite(_Strict):
    value: Any
    hlc: str | None
    officer: str | None


class _ConflictOut(_Strict):
    id: str
    record_id: str
    field: str
    winner: _ConflictWrite
    loser: _ConflictWrite
    detected_at: int
    change_seq: int


class _ChallanBlock(_Strict):
    block_id: int
    prefix: str
    start: int
    end: int


class _DeviceKey(_Strict):
    device_id: str
    public_key: str
    revoked_at: int | None = None


class _PullResponse(_Strict):
    server_time: int
    records: list[dict[str, Any]]
    conflicts: list[_ConflictOut]
    challan_blocks: list[_ChallanBlock]
    next_cursor: int
    has_more: bool
    protocol_version: int = PROTOCOL_VERSION
    device_keys: list[_DeviceKey] | None = None
    device_keys_digest: str | None = None


def shallow(values: list[Any]) -> bool:
    """True when no container in ``values`` nests ``MAX_DEPTH`` levels deep (level by level,
    looking only at containers)."""
    level: list[Any] = [item for item in values if type(item) in _CONTAINERS]
    for _ in range(MAX_DEPTH):
        if not level:
            return True
        deeper: list[Any] = []
        for container in level:
            items = container.values() if type(container) is dict else container
            deeper.extend([item for item in items if type(item) in _CONTAINERS])
        level = deeper
    return not level


def _fields(struct: msgspec.Struct) -> dict[str, Any]:
    return {name: getattr(struct, name) for name in struct.__struct_fields__}


def _push_response(decoded: _PushResponse) -> PushResponse | None:
    results = [MutationResult.model_construct(**_fields(r)) for r in decoded.results]
    return PushResponse.model_construct(
        protocol_version=decoded.protocol_version,
        server_time=decoded.server_time,
        results=results,
        last_applied_seq=decoded.last_applied_seq,
    )


def _conflict(decoded: _ConflictOut) -> ConflictOut:
    values = _fields(decoded)
    values["winner"] = ConflictWrite.model_construct(**_fields(decoded.winner))
    values["loser"] = ConflictWrite.model_construct(**_fields(decoded.loser))
    return ConflictOut.model_construct(**values)


def _pull_response(decoded: _PullResponse) -> PullResponse | None:
    values = [
        *decoded.records,
        *(side.value for c in decoded.conflicts for side in (c.winner, c.loser)),
    ]
    if not shallow(values):
        return None
    keys = decoded.device_keys
    return PullResponse.model_construct(
        protocol_version=decoded.protocol_version,
        server_time=decoded.server_time,
        records=decoded.records,
        conflicts=[_conflict(c) for c in decoded.conflicts],
        challan_blocks=[ChallanBlock.model_construct(**_fields(b)) for b in decoded.challan_blocks],
        next_cursor=decoded.next_cursor,
        has_more=decoded.has_more,
        device_keys=None
        if keys is None
        else [DeviceKey.model_construct(**_fields(k)) for k in keys],
        device_keys_digest=decoded.device_keys_digest,
    )


_DECODERS: dict[type[BaseModel], tuple[msgspec.json.Decoder[Any], Any]] = {
    PushResponse: (msgspec.json.Decoder(_PushResponse), _push_response),
    PullResponse: (msgspec.json.Decoder(_PullResponse), _pull_response),
}


def decode(model: type[ModelT], data: bytes) -> ModelT:
    """``model.model_validate_json(data)``, through msgspec for the hot messages (see above)."""
    fast = _DECODERS.get(model)
    if fast is not None:
        decoder, build = fast
        try:
            decoded = decoder.decode(data)
        except (msgspec.ValidationError, msgspec.DecodeError, RecursionError):
            pass  # pydantic decides: its error report, or its lax reading
        else:
            built = build(decoded)
            if built is not None:
                return cast(ModelT, built)
    return model.model_validate_json(data)


def _plain(value: object) -> Any:
    if isinstance(value, Message):
        return value.__dict__  # the fields only (a frozen model has no private attributes)
    raise TypeError(f"cannot encode {type(value).__name__}")


_ENCODER = msgspec.json.Encoder(enc_hook=_plain)


def encode(message: BaseModel) -> bytes:
    """The message's JSON (as ``model_dump_json`` writes it, up to number formatting)."""
    return _ENCODER.encode(message)
