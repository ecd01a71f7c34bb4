"""Commands on sync: enroll, sync, outbox, conflicts, resolve."""

import argparse
import json
import sys

from fieldclient.cli.arguments import text, whole_number
from fieldclient.cli.context import CommandError, add_command, unlock
from fieldclient.cli.output import print_table
from fieldclient.services.conflicts import KEEP_CHOICES, ConflictService
from fieldclient.services.sync import SyncErrorKind, SyncReport, SyncService
from fieldclient.vault.repository import RecordRepository
from sync.client.backoff import RetryPolicy
from sync.client.errors import SyncError

VALUE_WIDTH = 40
MAX_ATTEMPTS = 100


def register(commands: argparse._SubParsersAction) -> None:
    enroll = add_command(commands, "enroll", "enroll this device with the sync server")
    enroll.add_argument(
        "--server", required=True, type=text, help="the server address, https://host:port"
    )
    enroll.add_argument(
        "--code", required=True, type=text, help="the one-time code from the administrator"
    )
    enroll.add_argument(
        "--accept-fingerprint",
        "--fingerprint",
        dest="fingerprint",
        type=text,
        metavar="SHA256",
        help="the server certificate's SHA-256 from the administrator; without it an https "
        "server's fingerprint is shown and you are asked before it is pinned",
    )
    enroll.set_defaults(handler=cmd_enroll)

    sync = add_command(commands, "sync", "push local changes, then pull the station's changes")
    sync.add_argument(
        "--attempts",
        type=whole_number(1, MAX_ATTEMPTS),
        default=4,
        help="tries per request when the link fails",
    )
    sync.set_defaults(handler=cmd_sync)

    outbox = add_command(commands, "outbox", "list the changes waiting to sync or refused")
    outbox.add_argument("--state", choices=["pending", "rejected"])
    outbox.set_defaults(handler=cmd_outbox)

    conflicts = add_command(commands, "conflicts", "list concurrent edits waiting for review")
    conflicts.add_argument("--all", action="store_true", help="include resolved conflicts")
    conflicts.set_defaults(handler=cmd_conflicts)

    resolve = add_command(commands, "resolve", "settle a conflict by keeping one value")
    resolve.add_argument("id", type=text, help="the conflict id, from 'fieldclient conflicts'")
    resolve.add_argument("--keep", required=True, choices=KEEP_CHOICES)
    resolve.set_defaults(handler=cmd_resolve)


def cmd_enroll(args: argparse.Namespace) -> int:
    session = unlock(args)
    try:
        service = SyncService(session)
        enrollment = service.enroll(
            args.server, args.code, fingerprint=args.fingerprint, accept_fingerprint=_ask_to_pin
        )
    except SyncError as refused:
        raise CommandError(str(refused)) from None
    finally:
        session.close()
    print(f"Enrolled for station {enrollment.station_code} ({enrollment.station_name}).")
    print(f"Server: {enrollment.server_url}   device: {enrollment.device_id}")
    if enrollment.cert_sha256:
        print(f"Server certificate pinned, SHA-256 {enrollment.cert_sha256}")
    return 0


def _ask_to_pin(fingerprint: str) -> bool:
    """Show the certificate's fingerprint and ask y/N (no answer, or no terminal: no)."""
    print(
        f"The server presents a certificate with SHA-256 fingerprint\n  {fingerprint}\n"
        "Compare it with the one from the administrator.",
        file=sys.stderr,
    )
    print("Pin this certificate and enroll? [y/N] ", end="", file=sys.stderr, flush=True)
    return sys.stdin.readline().strip().lower() in ("y", "yes")


def cmd_sync(args: argparse.Namespace) -> int:
    session = unlock(args)
    try:
        service = SyncService(session, retry=RetryPolicy(attempts=args.attempts))
        report = service.sync_once()
        rejected_total = RecordRepository(session.vault).rejected_count()
    finally:
        session.close()
    print(
        f"pushed {report.pushed}, pulled {report.pulled}, rejected {report.rejected}, "
        f"conflicts {report.conflicts}"
    )
    for rejection in report.rejections:
        print(f"  {rejection}")
    if rejected_total:
        print(
            f"{rejected_total} change(s) refused by the server are kept on this device; "
            "see 'fieldclient outbox --state rejected'. Correct a record with 'fieldclient edit' "
            "or send it again as it is with 'fieldclient resend ID'."
        )
    if report.conflicts:
        print("Review the conflicts with 'fieldclient conflicts'.")
    for warning in report.warnings:
        print(f"warning: {warning.english()}", file=sys.stderr)
    if report.error_kind is not None:
        print(f"fieldclient: {_error_words(report)}", file=sys.stderr)
        return 1
    return 0


def _error_words(report: SyncReport) -> str:
    """The CLI's own words where it has a command to offer, else the engine's detail."""
    if report.error_kind is SyncErrorKind.NOT_ENROLLED:
        return (
            "This device is not enrolled with a sync server; run 'fieldclient enroll --server "
            "URL --code CODE' with the code from the administrator."
        )
    if report.error_kind is SyncErrorKind.BUSY:
        return "Another sync of this vault is running; wait for it to finish."
    return report.error or str(report.error_kind)


def cmd_outbox(args: argparse.Namespace) -> int:
    session = unlock(args)
    try:
        entries = RecordRepository(session.vault).outbox_entries(args.state)
    finally:
        session.close()
    rows = [
        {
            "seq": str(entry.device_seq),
            "state": entry.state,
            "op": entry.body.get("op", ""),
            "type": entry.body.get("record_type", ""),
            "record": entry.record_id,
            "reason": entry.reject_reason or "",
        }
        for entry in entries
    ]
    print_table(rows, ("seq", "state", "op", "type", "record", "reason"))
    pending = sum(entry.state == "pending" for entry in entries)
    print(f"{pending} pending, {len(entries) - pending} rejected")
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    session = unlock(args)
    try:
        found = ConflictService(session).list_conflicts(include_resolved=args.all)
    finally:
        session.close()
    rows = [
        {
            "id": conflict.id,
            "record": conflict.record_id,
            "field": conflict.field,
            "mine": _value(conflict.mine),
            "theirs": _value(conflict.theirs),
            "kept": conflict.resolution or f"{conflict.winner} (for now)",
        }
        for conflict in found
    ]
    print_table(rows, ("id", "record", "field", "mine", "theirs", "kept"))
    print(f"{len(found)} conflict(s)")
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    session = unlock(args)
    try:
        record = ConflictService(session).resolve(args.id, args.keep)
    finally:
        session.close()
    print(f"Conflict {args.id} resolved: kept {args.keep} on record {record.id}.")
    print("Run 'fieldclient sync' to send the decision to the server.")
    return 0


def _value(value: object) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text[:VALUE_WIDTH]
