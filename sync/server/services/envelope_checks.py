"""What a mutation says about who and when, checked against the authenticated device
(issue 12.10). Nothing here trusts the envelope: each value is set by the device's own records
and must agree with what the server knows.

* ``officer`` is a badge the device declared (``services/officers``); a created record's
  ``created_by`` and a transition's or statement's ``entry.by`` are that officer, and the
  ``by`` of a created record's history and statements one of the device's officers.
* The officer's role on the station's roster may make each status change the mutation makes (a
  transition's ``entry.to``, every step of a created record's history): the kind's
  ``transition_actions`` and ``fieldclient/domain/roles.py``, the same rule the client asks;
  else ``role_not_allowed`` (a traffic warden's device registering an FIR). So is a review
  decision (an update of ``review``, or a record created with one) by a role that may not
  review (``domain/review.py``). Attendance (``_check_attendance``): a supervisor mark (an
  ``att_enrolment`` of item ``supervisor``) needs a role that manages officers, as on the
  device; a supervisor override names a supervisor who is one of the device's declared officers
  and whose role may override (the PIN the device checked never reaches the server).
* ``at``, ``created_at``, ``updated_at`` and every entry's ``at`` are times with an offset, not
  ahead of the server's clock (``clock_checks.check_time``).
* The free text of an entry (a transition's ``reason``) follows the domain's text rule: no
  control or text-direction characters that would display it as something else.
* Numbers a device makes name its own station, as the kind's numbering says
  (``Numbering.device_numbers_problem``): a tenant receipt is exactly
  ``tenant.receipt_number(station, created_at, id)``, an FIR's provisional number
  ``P-{station}-{year}-{ID}``, a challan's ``P-{ID}``; other kinds carry none.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from fieldclient.domain import review, roles
from fieldclient.domain.records import KINDS
from fieldclient.domain.schema import BadValue, Context, text
from sync.protocol.errors import RejectCode
from sync.protocol.messages import Mutation
from sync.server.core.security import AuthenticatedDevice
from sync.server.services.clock_checks import check_time
from sync.server.services.mutation_ops import Rejected


def check_envelope(
    mutation: Mutation, device: AuthenticatedDevice, officers: Mapping[str, str], now_ms: int
) -> None:
    """Raise ``Rejected`` for the first envelope value the device may not state.

    ``officers``: the badges the device declared → each one's role on the station's roster."""
    _check_officer("officer", mutation.officer, officers)
    check_time("at", mutation.at, now_ms)
    entry = mutation.entry
    if isinstance(entry, dict):
        if entry.get("by") != mutation.officer:
            raise Rejected(RejectCode.WRONG_OFFICER, "entry.by must be the mutation's officer")
        check_time("entry.at", entry.get("at"), now_ms)
        _check_reason("entry.reason", entry.get("reason"))
        if mutation.op == "transition":
            _check_role(mutation.record_type, entry.get("to"), officers[mutation.officer])
    fields = mutation.fields if isinstance(mutation.fields, dict) else {}
    if any(review.is_review_path(str(path)) for path in fields):
        _check_action(officers[mutation.officer], review.action(mutation.record_type))
    if isinstance(mutation.record, dict):
        _check_created(mutation, mutation.record, device, officers, now_ms)


def _check_role(record_type: str, to_status: Any, role: str) -> None:
    kind = KINDS.get(record_type)
    action = None if kind is None else kind.transition_actions.get(str(to_status))
    if action is not None:
        _check_action(role, action)


def _check_action(role: str, action: str) -> None:
    if not roles.may(role, action):
        raise Rejected(RejectCode.ROLE_NOT_ALLOWED, str(roles.RoleRefused(role, action)))


def _check_officer(name: str, badge: Any, officers: Mapping[str, str]) -> None:
    if badge not in officers:
        raise Rejected(
            RejectCode.UNKNOWN_OFFICER,
            f"{name} names an officer this device has not declared; sync again to declare "
            "the device's officers",
        )


_REASON = text(max_length=2000, min_length=0)


def _check_reason(name: str, reason: Any) -> None:
    if not isinstance(reason, str):
        return  # absent, or refused as "must be text" by the entry checks
    try:
        _REASON(reason, name, Context(datetime.now(UTC)))
    except BadValue as refused:
        raise Rejected(RejectCode.INVALID, f"{name} {refused.message}") from None


def _check_created(
    mutation: Mutation,
    record: dict[str, Any],
    device: AuthenticatedDevice,
    officers: Mapping[str, str],
    now_ms: int,
) -> None:
    if record.get("created_by") != mutation.officer:
        raise Rejected(RejectCode.WRONG_OFFICER, "record.created_by must be the mutation's officer")
    for name in ("created_at", "updated_at"):
        check_time(f"record.{name}", record.get(name), now_ms)
    data = record.get("data")
    if isinstance(data, dict) and review.NAME in data:
        _check_action(officers[mutation.officer], review.action(str(record.get("type"))))
    if isinstance(data, dict):
        _check_attendance(str(record.get("type")), data, officers[mutation.officer], officers)
    for listing in ("history", "statements"):
        entries = record.get(listing)
        for index, entry in enumerate(entries if isinstance(entries, list) else []):
            if isinstance(entry, dict):
                _check_officer(f"record.{listing}.{index}.by", entry.get("by"), officers)
                check_time(f"record.{listing}.{index}.at", entry.get("at"), now_ms)
                _check_reason(f"record.{listing}.{index}.reason", entry.get("reason"))
                if listing == "history":
                    _check_role(str(record.get("type")), entry.get("to"), officers[entry["by"]])
    _check_numbers(record, device.station, device.number_code)


def _check_attendance(
    record_type: str, data: dict[str, Any], role: str, officers: Mapping[str, str]
) -> None:
    """The role rules of attendance, which live in its data rather than in a status change."""
    if record_type == "att_enrolment" and data.get("item") == "supervisor":
        _check_action(role, roles.Action.MANAGE_OFFICERS)
    if record_type == "attendance" and data.get("method") == "supervisor_override":
        supervisor = data.get("supervisor_badge")
        if not isinstance(supervisor, str) or supervisor not in officers:
            raise Rejected(
                RejectCode.ROLE_NOT_ALLOWED,
                "a supervisor override needs a supervisor who signs in on this device",
            )
        _check_action(officers[supervisor], roles.Action.OVERRIDE_ATTENDANCE)


def _check_numbers(record: dict[str, Any], station: str, number_code: str | None) -> None:
    kind = KINDS.get(str(record.get("type")))
    if kind is None:
        return  # refused as an unknown record type when the record is read
    problem = kind.numbering.device_numbers_problem(station, record, number_code)
    if problem is not None:
        raise Rejected(RejectCode.INVALID, problem)
