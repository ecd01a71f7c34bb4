"""`fieldclient attendance …`: set up attendance (shifts, PINs, fingers, supervisors), enter leave,
and print the roll call and the monthly return (or write it as CSV).

A PIN comes from FIELDCLIENT_ATTENDANCE_PIN or is typed twice at a prompt, never from an
argument. No fingerprint driver is in this build: ``enrol-finger`` takes ``--simulated-finger``
(training and tests) and otherwise says so.
"""

from __future__ import annotations

import argparse
import getpass
import os
import re
import sys
from datetime import time
from pathlib import Path

from fieldclient.cli.arguments import day, file_path, text, whole_number
from fieldclient.cli.context import CommandError, add_command, unlocked
from fieldclient.cli.output import print_table
from fieldclient.domain.attendance_return import RETURN_COLUMNS, return_table
from fieldclient.domain.attendance_rollup import Shift
from fieldclient.domain.records.absence import ABSENCE_KINDS
from fieldclient.domain.records.duty_roster import DEFAULT_GRACE_MINUTES, WEEKDAYS
from fieldclient.domain.records.enrolment import FINGERS
from fieldclient.domain.scanner import SimulatedScanner
from fieldclient.services.session import Session
from fieldclient.services.station import StationServices

PIN_ENV = "FIELDCLIENT_ATTENDANCE_PIN"
_CLOCK = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")
_MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")


def clock(value: str) -> time:
    if not _CLOCK.fullmatch(value.strip()):
        raise argparse.ArgumentTypeError(f"{value!r} is not a time of day like 08:00")
    return time.fromisoformat(value.strip())


def weekdays(value: str) -> list[str]:
    days = [part.strip().lower() for part in value.split(",") if part.strip()]
    unknown = [part for part in days if part not in WEEKDAYS]
    if unknown:
        raise argparse.ArgumentTypeError(f"{unknown[0]!r} is not a weekday ({', '.join(WEEKDAYS)})")
    return days


def month(value: str) -> tuple[int, int]:
    match = _MONTH.fullmatch(value.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"{value!r} is not a month like 2026-11")
    return int(match.group(1)), int(match.group(2))


def register(commands: argparse._SubParsersAction) -> None:
    attendance = add_command(commands, "attendance", "attendance set-up, leave, roll call, return")
    actions = attendance.add_subparsers(dest="action", metavar="ACTION", required=True)

    shift = add_command(actions, "shift", "put an officer on the roster with a shift")
    shift.add_argument("badge", type=text)
    shift.add_argument("--start", type=clock, required=True, help="shift begins, HH:MM")
    shift.add_argument("--end", type=clock, required=True, help="shift ends, HH:MM (overnight ok)")
    shift.add_argument("--grace", type=whole_number(0, 1440), default=DEFAULT_GRACE_MINUTES)
    shift.add_argument("--rest-days", type=weekdays, default=[], help="e.g. friday,sunday")
    shift.add_argument("--from", dest="from_day", type=day, help="first day (default today)")
    shift.set_defaults(handler=cmd_shift)

    off = add_command(actions, "off-roster", "take an officer off the roster")
    off.add_argument("badge", type=text)
    off.add_argument("--from", dest="from_day", type=day, help="first day (default today)")
    off.set_defaults(handler=cmd_off_roster)

    pin = add_command(actions, "pin", f"set or reset an officer's PIN (from {PIN_ENV} or typed)")
    pin.add_argument("badge", type=text)
    pin.set_defaults(handler=cmd_pin)

    finger = add_command(actions, "enrol-finger", "enrol an officer's finger from the scanner")
    finger.add_argument("badge", type=text)
    finger.add_argument("--finger", choices=FINGERS, default="right_thumb")
    finger.add_argument(
        "--simulated-finger", type=text, help="training: the simulated scanner's finger name"
    )
    finger.set_defaults(handler=cmd_enrol_finger)

    supervisor = add_command(actions, "supervisor", "mark (or unmark) an officer supervisor")
    supervisor.add_argument("badge", type=text)
    supervisor.add_argument("--remove", action="store_true", help="remove the mark")
    supervisor.set_defaults(handler=cmd_supervisor)

    roster = add_command(actions, "roster", "the roster and what each officer has enrolled")
    roster.set_defaults(handler=cmd_roster)

    leave = add_command(actions, "leave", "enter leave, a rest day or a deputation")
    leave.add_argument("badge", type=text)
    leave.add_argument("kind", choices=ABSENCE_KINDS)
    leave.add_argument("first", type=day, help="first day")
    leave.add_argument("last", type=day, help="last day")
    leave.add_argument("--sanctioned-by", type=text)
    leave.add_argument("--order-no", type=text)
    leave.add_argument("--posted-to", type=text, help="deputation: where the officer serves")
    leave.add_argument("--remarks", type=text)
    leave.set_defaults(handler=cmd_leave)

    cancel = add_command(actions, "cancel-leave", "cancel a sanctioned absence, with a reason")
    cancel.add_argument("record_id", type=text)
    cancel.add_argument("--reason", type=text, required=True)
    cancel.set_defaults(handler=cmd_cancel_leave)

    roll = add_command(actions, "roll-call", "who is present now, away on duty, on leave, absent")
    roll.set_defaults(handler=cmd_roll_call)

    monthly = add_command(actions, "return", "the monthly attendance return per officer")
    monthly.add_argument("month", type=month, help="the month, like 2026-11")
    monthly.add_argument("--csv", type=file_path, help="write it to this CSV file")
    monthly.set_defaults(handler=cmd_return)


def _services(session: Session) -> StationServices:
    return StationServices.for_session(session)


def cmd_shift(args: argparse.Namespace) -> int:
    rest = {WEEKDAYS.index(name) for name in args.rest_days}
    shift = Shift(args.start, args.end, args.grace, frozenset(range(7)) - rest)
    with unlocked(args) as session:
        entry = _services(session).attendance.set_shift(args.badge, shift, args.from_day)
    print(
        f"{args.badge}: shift {entry.data['shift_start']}–{entry.data['shift_end']} "
        f"from {entry.data['effective_from']}"
    )
    return 0


def cmd_off_roster(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        entry = _services(session).attendance.remove_from_roster(args.badge, args.from_day)
    print(f"{args.badge}: off the roster from {entry.data['effective_from']}")
    return 0


def _typed_pin(badge: str) -> str:
    value = os.environ.get(PIN_ENV)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise CommandError(f"No PIN: set {PIN_ENV} or run the command in a terminal.")
    value = getpass.getpass(f"New attendance PIN for {badge}: ")
    if getpass.getpass("Type it again: ") != value:
        raise CommandError("The two PINs differ; nothing was changed.")
    return value


def cmd_pin(args: argparse.Namespace) -> int:
    pin = _typed_pin(args.badge)
    with unlocked(args) as session:
        _services(session).attendance.set_pin(args.badge, pin)
    print(f"{args.badge}: attendance PIN set")
    return 0


def cmd_enrol_finger(args: argparse.Namespace) -> int:
    if args.simulated_finger is None:
        raise CommandError(
            "No fingerprint scanner driver is in this build; in training use --simulated-finger."
        )
    scanner = SimulatedScanner()
    scanner.place_finger(args.simulated_finger)
    with unlocked(args) as session:
        _services(session).attendance.enrol_finger(args.badge, scanner, args.finger)
    print(f"{args.badge}: finger {args.finger} enrolled")
    return 0


def cmd_supervisor(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        _services(session).attendance.set_supervisor(args.badge, not args.remove)
    print(f"{args.badge}: {'not ' if args.remove else ''}a supervisor for overrides")
    return 0


def cmd_roster(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        rows = _services(session).attendance.setup_overview()
    print_table(
        [
            {
                "badge": row.badge,
                "shift": (
                    f"{row.shift.start:%H:%M}–{row.shift.end:%H:%M}" if row.shift else "off roster"
                ),
                "rest days": ",".join(
                    WEEKDAYS[i][:3] for i in range(7) if row.shift and i not in row.shift.weekdays
                ),
                "pin": "yes" if row.has_pin else "no",
                "finger": "yes" if row.has_finger else "no",
                "supervisor": "yes" if row.supervisor else "",
            }
            for row in rows
        ],
        ("badge", "shift", "rest days", "pin", "finger", "supervisor"),
    )
    return 0


def cmd_leave(args: argparse.Namespace) -> int:
    payload = {
        "badge_no": args.badge,
        "absence_kind": args.kind,
        "from_date": args.first.isoformat(),
        "to_date": args.last.isoformat(),
        "sanctioned_by": args.sanctioned_by,
        "order_no": args.order_no,
        "posted_to": args.posted_to,
        "remarks": args.remarks,
    }
    payload = {key: value for key, value in payload.items() if value is not None}
    with unlocked(args) as session:
        record = _services(session).attendance.add_absence(payload)
    print(f"{record.id} {args.badge}: {args.kind} {args.first} to {args.last}")
    return 0


def cmd_cancel_leave(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        _services(session).attendance.cancel_absence(args.record_id, args.reason)
    print(f"{args.record_id}: cancelled")
    return 0


def cmd_roll_call(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        rows = _services(session).attendance.roll_call()
    print_table(
        [{"badge": r.badge, "state": r.state.replace("_", " "), "duty": r.duty} for r in rows],
        ("badge", "state", "duty"),
    )
    return 0


def cmd_return(args: argparse.Namespace) -> int:
    year, number = args.month
    with unlocked(args) as session:
        service = _services(session).attendance
        if args.csv is not None:
            try:
                Path(args.csv).write_text(service.return_csv(year, number), encoding="utf-8")
            except OSError as failed:
                raise CommandError(f"--csv: cannot write {args.csv} ({failed.strerror})") from None
            print(f"{year}-{number:02d}: return written to {args.csv}")
            return 0
        rows = return_table(service.monthly_return(year, number))
    print_table(
        [dict(zip(RETURN_COLUMNS, map(str, row), strict=True)) for row in rows], RETURN_COLUMNS
    )
    return 0
