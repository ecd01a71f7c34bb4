"""Commands on records: add, list, show, edit, transition, append, resend."""

import argparse
import sys

from fieldclient.cli.arguments import day, text, whole_number
from fieldclient.cli.context import CommandError, add_command, unlocked
from fieldclient.cli.output import list_row, print_json, print_record, print_table
from fieldclient.domain.records import KINDS, STATUSES, payload_from_json
from fieldclient.services.records import RecordService
from fieldclient.vault.repository import RecordQuery

MAX_LIST_LIMIT = 1_000_000


def register(commands: argparse._SubParsersAction) -> None:
    add = add_command(commands, "add", "validate and store a record from a JSON file")
    add.add_argument("type", choices=sorted(KINDS))
    add.add_argument("file", help="JSON file, or - for standard input")
    add.set_defaults(handler=cmd_add)

    listing = add_command(commands, "list", "list or search records of one type")
    listing.add_argument("type", choices=sorted(KINDS))
    listing.add_argument(
        "--search", type=text, help="full-text search (names, CNIC, vehicle, narrative …)"
    )
    listing.add_argument("--status", type=text)
    listing.add_argument("--from", dest="date_from", type=day, help="YYYY-MM-DD")
    listing.add_argument("--to", dest="date_to", type=day, help="YYYY-MM-DD")
    listing.add_argument("--limit", type=whole_number(1, MAX_LIST_LIMIT), default=200)
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=cmd_list)

    show = add_command(commands, "show", "show one record")
    show.add_argument("id", type=text)
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=cmd_show)

    edit = add_command(commands, "edit", "apply a partial JSON update to a record")
    edit.add_argument("id", type=text)
    edit.add_argument("file", help="JSON file, or - for standard input")
    edit.set_defaults(handler=cmd_edit)

    transition = add_command(commands, "transition", "change a record's status")
    transition.add_argument("id", type=text)
    transition.add_argument("status", type=text)
    transition.add_argument("--reason", type=text)
    transition.set_defaults(handler=cmd_transition)

    append = add_command(commands, "append", "add a supplementary statement to a registered FIR")
    append.add_argument("id", type=text)
    append.add_argument("file", help='JSON {"text": …, "given_by": …}, or - for standard input')
    append.set_defaults(handler=cmd_append)

    resend = add_command(
        commands, "resend", "send again a record (or its changes) the server refused"
    )
    resend.add_argument("id")
    resend.set_defaults(handler=cmd_resend)


def cmd_add(args: argparse.Namespace) -> int:
    payload = payload_from_json(_read(args.file))
    with unlocked(args) as session:
        record = RecordService(session).create(args.type, payload)
    number = record.number or record.provisional_number or "-"
    print(f"{record.id} {number}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    if args.status and args.status not in STATUSES[args.type]:
        raise CommandError(f"--status: a {args.type} is one of {', '.join(STATUSES[args.type])}")
    query = RecordQuery(
        record_type=args.type,
        status=args.status,
        search=args.search,
        date_from=args.date_from,
        date_to=args.date_to,
    )
    with unlocked(args) as session:
        found = RecordService(session).find(query, limit=args.limit)
    if args.json:
        print_json([record.to_dict() for record in found])
    else:
        print_table([list_row(record) for record in found])
        print(f"{len(found)} record(s)")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        record = RecordService(session).get(args.id)
    if args.json:
        print_json(record.to_dict())
    else:
        print_record(record)
    return 0


def cmd_edit(args: argparse.Namespace) -> int:
    patch = payload_from_json(_read(args.file))
    with unlocked(args) as session:
        record = RecordService(session).edit(args.id, patch)
    print(f"{record.id} updated")
    return 0


def cmd_transition(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        record = RecordService(session).transition(args.id, args.status, args.reason)
    print(f"{record.id} is now {record.status}")
    return 0


def cmd_append(args: argparse.Namespace) -> int:
    payload = payload_from_json(_read(args.file))
    with unlocked(args) as session:
        record = RecordService(session).append_statement(args.id, payload)
    print(f"{record.id} now has {len(record.statements)} supplementary statement(s)")
    return 0


def cmd_resend(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        record = RecordService(session).resend(args.id)
    print(f"{record.id} queued again; run 'fieldclient sync' to send it")
    return 0


def _read(file_arg: str) -> bytes:
    if file_arg == "-":
        return sys.stdin.buffer.read()
    try:
        with open(file_arg, "rb") as handle:
            return handle.read()
    except OSError as exc:
        raise CommandError(f"Cannot read {file_arg}: {exc.strerror}.") from None
    except ValueError:  # a NUL character in the name
        raise CommandError("Cannot read the file: its name holds a NUL character.") from None
