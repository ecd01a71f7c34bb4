"""The envelope every layer passes around: one record of any type with its metadata."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from fieldclient.domain.errors import FieldError, ValidationFailed


@dataclass
class Record:
    id: str
    type: str
    status: str
    data: dict[str, Any]
    station: str
    created_by: str
    created_at: str
    updated_at: str
    device_id: str
    number: str | None = None
    provisional_number: str | None = None
    history: list[dict[str, Any]] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    clocks: dict[str, str] = field(default_factory=dict)
    # Made in a practice vault (training mode): a production server refuses it. Left out of
    # the JSON form when False, so real records read and travel exactly as before.
    training: bool = False

    def to_dict(self) -> dict[str, Any]:
        raw = asdict(self)
        if not raw["training"]:
            del raw["training"]
        return raw

    @classmethod
    def from_dict(cls, raw: object) -> Record:
        """Build a record from its JSON form; a malformed one raises ValidationFailed."""
        if not isinstance(raw, dict):
            raise ValidationFailed([FieldError("record", "must be a JSON object", "not_object")])
        errors = [error for name in _ENVELOPE_TYPES if (error := _envelope_error(raw, name))]
        errors += [
            FieldError(str(name), "is not a record field", "unknown_field")
            for name in raw
            if name not in _ENVELOPE_TYPES
        ]
        if not errors and not _registry.is_registered(raw["type"]):
            # Asked at each call: kinds may be registered at run time.
            errors.append(_registry.unknown_type_error())
        if errors:
            raise ValidationFailed(errors)
        return cls(**raw)


_ENVELOPE_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,),
    "type": (str,),
    "status": (str,),
    "data": (dict,),
    "station": (str,),
    "created_by": (str,),
    "created_at": (str,),
    "updated_at": (str,),
    "device_id": (str,),
    "number": (str, type(None)),
    "provisional_number": (str, type(None)),
    "history": (list,),
    "statements": (list,),
    "clocks": (dict,),
    "training": (bool,),
}
_OPTIONAL = {"number", "provisional_number", "history", "statements", "clocks", "training"}


def _envelope_error(raw: dict[str, Any], name: str) -> FieldError | None:
    if name not in raw:
        return None if name in _OPTIONAL else FieldError(name, "is missing", "required")
    if not isinstance(raw[name], _ENVELOPE_TYPES[name]):
        return FieldError(name, "has the wrong type", "wrong_type")
    return None


# Last, not first: the registry's kinds import this module, so it must hold Record already.
from fieldclient.domain.records import registry as _registry  # noqa: E402
