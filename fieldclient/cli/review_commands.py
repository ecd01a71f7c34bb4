"""`fieldclient review [approve|return ID [--reason R]]`: the supervisor's review inbox (issue
17.4) from the command line; it lists everything waiting, and deciding needs the role the kind
names, like the Review page (the SHO; a tenant registration the SHO or the Moharrir)."""

import argparse

from fieldclient.cli.arguments import text
from fieldclient.cli.context import CommandError, add_command, unlocked
from fieldclient.cli.output import print_table
from fieldclient.domain import records as kinds
from fieldclient.domain import review
from fieldclient.services.records import RecordService
from fieldclient.services.review import ReviewService

COLUMNS = ("id", "type", "number", "status", "by", "reason")


def register(commands: argparse._SubParsersAction) -> None:
    inbox = add_command(commands, "review", "records waiting for review; approve or return one")
    inbox.add_argument("decision", nargs="?", choices=("approve", "return"))
    inbox.add_argument("id", nargs="?", type=text, help="the record (with approve or return)")
    inbox.add_argument("--reason", type=text, default="", help="why it goes back (return)")
    inbox.set_defaults(handler=cmd_review)


def cmd_review(args: argparse.Namespace) -> int:
    if args.decision is not None and not args.id:
        raise CommandError("id: say which record: fieldclient review approve|return ID")
    with unlocked(args) as session:
        reviews = ReviewService(RecordService(session))
        if args.decision is not None:
            decision = review.APPROVED if args.decision == "approve" else review.RETURNED
            reviews.decide(args.id, decision, args.reason)
            print(f"Record {args.id} {decision}.")
            return 0
        waiting = reviews.inbox()
    rows = []
    for record in waiting:
        last = record.history[-1] if record.history else {}
        summary = kinds.summary(record)
        rows.append(
            {
                "id": record.id,
                "type": record.type,
                "number": summary["number"],
                "status": record.status,
                "by": review.author(record),
                "reason": str(last.get("reason") or ""),
            }
        )
    print_table(rows, COLUMNS)
    print(f"{len(rows)} record(s) waiting for review")
    return 0
