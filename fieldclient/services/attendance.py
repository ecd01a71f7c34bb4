"""Attendance: check-in/out by fingerprint, PIN or supervisor override; the station's set-up
(duty roster, PINs, fingers, supervisors) as synced records; leave and other absences; the daily
roll-up, the roll call and the monthly return."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from fieldclient.domain import roles
from fieldclient.domain.attendance_pins import check_pin_typed, hash_pin, legacy_hash, pin_matches
from fieldclient.domain.attendance_return import (
    RETURN_COLUMNS,
    ReturnRow,
    RollCallRow,
    absence_on,
    absences_from,
    monthly_return,
    return_table,
    roll_call,
)
from fieldclient.domain.attendance_rollup import RollupRow, Shift, rollup
from fieldclient.domain.attendance_setup import (
    Enrolment,
    RosterHistory,
    enrolment,
    may_override,
    roster_history,
)
from fieldclient.domain.errors import FieldError, ValidationFailed
from fieldclient.domain.record import Record
from fieldclient.domain.records.attendance import event_from_scan
from fieldclient.domain.records.duty_roster import WEEKDAYS
from fieldclient.domain.scanner import FingerprintScanner, ScanResult
from fieldclient.services.diary import DiaryService, attendance_entry
from fieldclient.services.records import RecordService
from fieldclient.vault.repository import RecordQuery

Duty = Mapping[str, str]  # on departure: {"duty_nature": …, "duty_place": …}
# Where versions before the set-up became station data kept it, in this vault's meta only.
LEGACY_ROSTER_KEY = "duty_roster"
LEGACY_PIN_PREFIX = "attendance_pin:"


@dataclass(frozen=True)
class SetupRow:
    """One officer on the set-up screen: the shift today and what is enrolled."""

    badge: str
    shift: Shift | None
    has_pin: bool
    has_finger: bool
    supervisor: bool


class AttendanceService:
    def __init__(self, records: RecordService, diary: DiaryService | None = None) -> None:
        self.records = records
        self.vault = records.session.vault
        self.diary = diary  # when given, each event is also an arrival/departure diary entry

    def _store(self, payload: dict[str, Any], duty: Duty | None = None) -> Record:
        payload = payload | {key: value for key, value in (duty or {}).items() if value.strip()}
        if self.diary is None:
            return self.records.create("attendance", payload)
        event, _entry = self.diary.create_with_entry("attendance", payload, attendance_entry)
        return event

    # ---- events --------------------------------------------------------------------------

    def check_by_fingerprint(
        self, scanner: FingerprintScanner, kind: str, duty: Duty | None = None
    ) -> Record:
        scanner.load_templates(self.enrolment().fingers)
        return self.check_by_scan(scanner.capture(), kind, duty)

    def check_by_scan(self, scan: ScanResult, kind: str, duty: Duty | None = None) -> Record:
        """A finger the scanner already matched (the GUI waits for it off the vault's thread)."""
        payload = event_from_scan(scan, kind=kind, at=self._now(), device=self._device_label())
        return self._store(payload, duty)

    def check_by_pin(self, badge: str, pin: str, kind: str, duty: Duty | None = None) -> Record:
        if not self._pin_matches(badge, pin):
            raise ValidationFailed(
                [FieldError("pin", "does not match this badge's attendance PIN", "wrong_pin")]
            )
        return self._store(self._payload(badge, kind, "pin"), duty)

    def supervisor_override(
        self,
        badge: str,
        supervisor_badge: str,
        supervisor_pin: str,
        kind: str,
        duty: Duty | None = None,
    ) -> Record:
        if not self.may_override(supervisor_badge):
            raise ValidationFailed(
                [
                    FieldError(
                        "supervisor_badge",
                        "is not an officer of this device marked supervisor whose role may "
                        "override",
                        "not_supervisor",
                    )
                ]
            )
        if not self._pin_matches(supervisor_badge, supervisor_pin):
            raise ValidationFailed(
                [FieldError("supervisor_pin", "does not match the supervisor's PIN", "wrong_pin")]
            )
        payload = self._payload(badge, kind, "supervisor_override")
        payload["supervisor_badge"] = supervisor_badge
        return self._store(payload, duty)

    def may_override(self, badge: str) -> bool:
        """The supervisor-override rule (``attendance_setup.may_override``) on this device."""
        officers = {
            officer.badge: self.vault.role_of(officer.badge) for officer in self.vault.officers()
        }
        return may_override(
            badge, vault_officers=officers, supervisors=self.enrolment().supervisors
        )

    # ---- set-up: PINs, fingers, supervisors (synced records) ------------------------------

    def enrolment(self) -> Enrolment:
        return enrolment(self._all("att_enrolment"))

    def set_pin(self, badge: str, pin: str) -> Record:
        """Set or reset ``badge``'s PIN: a new enrolment record holding its salted hash."""
        check_pin_typed(pin)
        return self._enrol(badge, "pin", {"pin_hash": hash_pin(pin)})

    def has_pin(self, badge: str) -> bool:
        return badge in self.enrolment().pins

    def store_finger(self, badge: str, template: str, finger: str = "right_thumb") -> Record:
        """Enrol a finger the scanner captured (``FingerprintScanner.enrol_finger``)."""
        return self._enrol(badge, "finger", {"template": template, "finger": finger})

    def enrol_finger(
        self, badge: str, scanner: FingerprintScanner, finger: str = "right_thumb"
    ) -> Record:
        return self.store_finger(badge, scanner.enrol_finger(), finger)

    def set_supervisor(self, badge: str, supervisor: bool) -> Record:
        """Mark or unmark a supervisor: an officer who manages officers does (the server checks
        the same rule)."""
        roles.require(self.vault.role, roles.Action.MANAGE_OFFICERS)
        return self._enrol(badge, "supervisor", {"supervisor": supervisor})

    def _enrol(self, badge: str, item: str, fields: dict[str, Any]) -> Record:
        payload = {"badge_no": badge, "item": item, "set_at": self._stamp()} | fields
        return self.records.create("att_enrolment", payload)

    def _pin_matches(self, badge: str, pin: str) -> bool:
        stored = self.enrolment().pins.get(badge)
        return stored is not None and pin_matches(stored, pin)

    # ---- set-up: the duty roster (synced records) ----------------------------------------

    def roster_history(self) -> RosterHistory:
        return roster_history(self._all("duty_roster"))

    def roster(self, day: date | None = None) -> dict[str, Shift]:
        """badge -> shift on ``day`` (today by default)."""
        return self.roster_history().on(day or self._now().date())

    def set_shift(self, badge: str, shift: Shift, effective_from: date | None = None) -> Record:
        rest_days = [day for index, day in enumerate(WEEKDAYS) if index not in shift.weekdays]
        payload = {
            "badge_no": badge,
            "shift_start": shift.start.isoformat(timespec="minutes"),
            "shift_end": shift.end.isoformat(timespec="minutes"),
            "grace_minutes": shift.grace_minutes,
            "rest_days": rest_days,
        }
        return self._roster_entry(payload, effective_from)

    def remove_from_roster(self, badge: str, effective_from: date | None = None) -> Record:
        return self._roster_entry({"badge_no": badge, "on_roster": False}, effective_from)

    def _roster_entry(self, payload: dict[str, Any], effective_from: date | None) -> Record:
        start = effective_from or self._now().date()
        payload |= {"effective_from": start.isoformat(), "set_at": self._stamp()}
        return self.records.create("duty_roster", payload)

    def setup_overview(self) -> list[SetupRow]:
        """Every officer with a roster entry or an enrolment, by badge."""
        roster, enrolled = self.roster(), self.enrolment()
        badges = set(self.roster_history().badges()) | set(enrolled.pins)
        badges |= set(enrolled.fingers) | set(enrolled.supervisors)
        return [
            SetupRow(
                badge,
                roster.get(badge),
                badge in enrolled.pins,
                badge in enrolled.fingers,
                badge in enrolled.supervisors,
            )
            for badge in sorted(badges)
        ]

    def adopt_device_settings(self) -> int:
        """Turn a roster and PINs an earlier version kept in this vault's meta into station
        records (the roster in force from the first of this month, as it applied to every day
        before), then drop the meta keys, in one transaction. Returns how many were adopted;
        a PIN hash that is not well formed is dropped (its officer sets a new PIN)."""
        rows = self.vault.conn.execute(
            "SELECT key, value FROM meta WHERE key = ? OR substr(key, 1, ?) = ?",
            (LEGACY_ROSTER_KEY, len(LEGACY_PIN_PREFIX), LEGACY_PIN_PREFIX),
        ).fetchall()
        if not rows:
            return 0
        now, stamp = self._now(), self._stamp()
        since = now.date().replace(day=1).isoformat()
        payloads: list[tuple[str, dict[str, Any]]] = []
        for key, value in rows:
            if key == LEGACY_ROSTER_KEY:
                for badge, entry in sorted(json.loads(value or "{}").items()):
                    working = set(entry.get("weekdays", range(7)))
                    payloads.append(
                        (
                            "duty_roster",
                            {
                                "badge_no": badge,
                                "shift_start": entry["start"],
                                "shift_end": entry["end"],
                                "grace_minutes": int(entry.get("grace_minutes", 10)),
                                "rest_days": [
                                    d for i, d in enumerate(WEEKDAYS) if i not in working
                                ],
                                "effective_from": since,
                                "set_at": stamp,
                            },
                        )
                    )
            elif (pin_hash := legacy_hash(value or "")) is not None:
                badge = key[len(LEGACY_PIN_PREFIX) :]
                payloads.append(
                    (
                        "att_enrolment",
                        {"badge_no": badge, "item": "pin", "pin_hash": pin_hash, "set_at": stamp},
                    )
                )
        made = [self.records.new_record(kind, payload, now) for kind, payload in payloads]
        with self.records.writer.transaction():
            for record in made:
                self.records.store_new(record, now)
            self.vault.conn.executemany("DELETE FROM meta WHERE key = ?", [(k,) for k, _ in rows])
            self.vault.audit("attendance.adopted", None, {"records": len(made)})
        return len(made)

    # ---- absences ------------------------------------------------------------------------

    def add_absence(self, payload: dict[str, Any]) -> Record:
        return self.records.create("absence", payload)

    def cancel_absence(self, record_id: str, reason: str) -> Record:
        return self.records.transition(record_id, "cancelled", reason)

    def absences(self) -> list[Record]:
        return self._all("absence")

    # ---- the day, the roll call and the month --------------------------------------------

    def rollup(self, day: date | None = None) -> list[RollupRow]:
        """The day's roll-up; an officer on a sanctioned absence shows its kind, not absent."""
        day = day or self._now().date()
        absences = absences_from(self.absences())
        rows = rollup(self._events(day - timedelta(days=1), day), self.roster(day), day)
        return [
            replace(row, status=away) if row.status == "absent" and away else row
            for row in rows
            for away in [absence_on(absences, row.badge, day)]
        ]

    def roll_call(self, at: datetime | None = None) -> list[RollCallRow]:
        at = at or self._now()
        day = at.date()
        events = self._events(day - timedelta(days=1), day)
        return roll_call(events, absences_from(self.absences()), self.roster(day), at)

    def monthly_return(self, year: int, month: int) -> list[ReturnRow]:
        first = date(year, month, 1)
        last = (first + timedelta(days=32)).replace(day=1)  # first of the next month
        events = self._events(first - timedelta(days=1), last)
        absences = absences_from(self.absences())
        today = self._now().date()
        return monthly_return(events, absences, self.roster_history(), year, month, until=today)

    def return_csv(self, year: int, month: int) -> str:
        """The monthly return as CSV text (header row first)."""
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(RETURN_COLUMNS)
        writer.writerows(return_table(self.monthly_return(year, month)))
        return out.getvalue()

    # ---- helpers -------------------------------------------------------------------------

    def _events(self, first: date, last: date) -> list[Record]:
        query = RecordQuery(record_type="attendance", date_from=first, date_to=last)
        return self.records.find(query)

    def _all(self, record_type: str) -> list[Record]:
        return self.records.find(RecordQuery(record_type=record_type))

    def _now(self) -> datetime:
        return self.records.session.now()

    def _stamp(self) -> str:
        return self._now().isoformat(timespec="seconds")

    def _payload(self, badge: str, kind: str, method: str) -> dict[str, Any]:
        return {
            "badge_no": badge,
            "kind": kind,
            "method": method,
            "at": self._stamp(),
            "device": self._device_label(),
        }

    def _device_label(self) -> str:
        return self.vault.device_id[:12]
