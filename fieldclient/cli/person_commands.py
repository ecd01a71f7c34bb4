"""`fieldclient person CNIC [--json]`: what the station has on one person."""

import argparse

from fieldclient.cli.arguments import text
from fieldclient.cli.context import CommandError, add_command, unlocked
from fieldclient.cli.output import print_json, print_table
from fieldclient.domain.records.people import identity_key
from fieldclient.services.people import PersonService
from fieldclient.services.records import RecordService

COLUMNS = ("type", "role", "number", "status", "when")


def register(commands: argparse._SubParsersAction) -> None:
    person = add_command(
        commands, "person", "every record naming a person, by CNIC, passport or PoR number"
    )
    person.add_argument("identity", type=text, help="CNIC (12345-1234567-1), passport or PoR no.")
    person.add_argument("--json", action="store_true")
    person.set_defaults(handler=cmd_person)


def cmd_person(args: argparse.Namespace) -> int:
    if identity_key(args.identity) is None:
        raise CommandError(
            "identity: type a CNIC like 12345-1234567-1, or a passport or PoR number"
        )
    with unlocked(args) as session:
        rows = PersonService(RecordService(session)).lookup(args.identity)
    if args.json:
        print_json([row.to_dict() for row in rows])
        return 0
    print_table(
        [
            {
                "type": row.record_type,
                "role": row.role,
                "number": row.number,
                "status": row.status,
                "when": row.when,
            }
            for row in rows
        ],
        COLUMNS,
    )
    print(f"{len(rows)} record(s)")
    return 0
