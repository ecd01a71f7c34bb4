"""Attendance: check-in/out by fingerprint, PIN or supervisor override; the roster; the roll-up."""

import hashlib
import hmac
import json
import os
from dataclasses import dataclass
from datetime import date, time

from fieldclient.domain.attendance_rollup import RollupRow, Shift, rollup
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.attendance import event_from_scan
from fieldclient.domain.scanner import FingerprintScanner
from fieldclient.services.diary import DiaryService, attendance_entry
from fieldclient.services.records import RecordService
from fieldclient.vault.repository import RecordQuery

ROSTER_META_KEY = "duty_roster"
_PIN_META_PREFIX = "attendance_pin:"
MIN_PIN_DIGITS = 4


@dataclass(frozen=True)
class RosterEntry:
    badge: str
    shift: Shift


class AttendanceService:
    def __init__(self, records: RecordService, diary: DiaryService | None = None) -> None:
        self.records = records
        self.vault = records.session.vault
        self.diary = diary  # when given, each event is also an arrival/departure diary entry

    def _store(self, payload: dict) -> Record:
        if self.diary is None:
            return self.records.create("attendance", payload)
        event, _entry = self.diary.create_with_entry("attendance", payload, attendance_entry)
        return event

    # ---- events --------------------------------------------------------------------------

    def check_by_fingerprint(self, scanner: FingerprintScanner, kind: str) -> Record:
        payload = event_from_scan(
            scanner.capture(), kind=kind, at=self.records.session.now(), device=self._device_label()
        )
        return self._store(payload)

    def check_by_pin(self, badge: str, pin: str, kind: str) -> Record:
        if not self._pin_matches(badge, pin):
            raise ValidationFailed(
                [FieldError("pin", "does not match this badge's attendance PIN", "wrong_pin")]
            )
        return self._store(self._payload(badge, kind, "pin"))

    def supervisor_override(
        self, badge: str, supervisor_badge: str, supervisor_pin: str, kind: str
    ) -> Record:
        if not self._pin_matches(supervisor_badge, supervisor_pin):
            raise ValidationFailed(
                [FieldError("supervisor_pin", "does not match the supervisor's PIN", "wrong_pin")]
            )
        payload = self._payload(badge, kind, "supervisor_override")
        payload["supervisor_badge"] = supervisor_badge
        return self._store(payload)

    # ---- PINs ----------------------------------------------------------------------------

    def set_pin(self, badge: str, pin: str) -> None:
        if not pin.isdigit() or len(pin) < MIN_PIN_DIGITS:
            raise ValidationFailed(
                [
                    FieldError(
                        "pin",
                        f"must be at least {MIN_PIN_DIGITS} digits",
                        "short_pin",
                        {"digits": MIN_PIN_DIGITS},
                    )
                ]
            )
        salt = os.urandom(16)
        digest = hashlib.scrypt(pin.encode(), salt=salt, n=2**14, r=8, p=1)
        with self.vault.transaction():
            self.vault.set_meta(_PIN_META_PREFIX + badge, f"{salt.hex()}:{digest.hex()}")
            self.vault.audit("attendance.pin", None, {"badge": badge})

    def has_pin(self, badge: str) -> bool:
        return bool(self.vault.get_meta(_PIN_META_PREFIX + badge))

    def _pin_matches(self, badge: str, pin: str) -> bool:
        stored = self.vault.get_meta(_PIN_META_PREFIX + badge)
        if not stored:
            return False
        salt_hex, digest_hex = stored.split(":")
        digest = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt_hex), n=2**14, r=8, p=1)
        return hmac.compare_digest(digest.hex(), digest_hex)

    # ---- roster and roll-up --------------------------------------------------------------

    def roster(self) -> dict[str, Shift]:
        raw = json.loads(self.vault.get_meta(ROSTER_META_KEY) or "{}")
        return {
            badge: Shift(
                start=time.fromisoformat(entry["start"]),
                end=time.fromisoformat(entry["end"]),
                grace_minutes=int(entry.get("grace_minutes", 10)),
                weekdays=frozenset(entry.get("weekdays", range(7))),
            )
            for badge, entry in raw.items()
        }

    def set_shift(self, badge: str, shift: Shift) -> None:
        raw = json.loads(self.vault.get_meta(ROSTER_META_KEY) or "{}")
        raw[badge] = {
            "start": shift.start.isoformat(timespec="minutes"),
            "end": shift.end.isoformat(timespec="minutes"),
            "grace_minutes": shift.grace_minutes,
            "weekdays": sorted(shift.weekdays),
        }
        with self.vault.transaction():
            self.vault.set_meta(ROSTER_META_KEY, json.dumps(raw, sort_keys=True))
            self.vault.audit("attendance.roster", None, {"badge": badge})

    def rollup(self, day: date | None = None) -> list[RollupRow]:
        day = day or self.records.session.now().date()
        # Events of the day before count too: an overnight shift's check-in is there.
        query = RecordQuery(
            record_type="attendance", date_from=date.fromordinal(day.toordinal() - 1), date_to=day
        )
        events = self.records.find(query)
        return rollup(events, self.roster(), day)

    def _payload(self, badge: str, kind: str, method: str) -> dict:
        return {
            "badge_no": badge,
            "kind": kind,
            "method": method,
            "at": self.records.session.now().isoformat(timespec="seconds"),
            "device": self._device_label(),
        }

    def _device_label(self) -> str:
        return self.vault.device_id[:12]
