"""Commands on printed documents: print one to PDF, verify one from a PDF or a photo."""

import argparse
from pathlib import Path

from fieldclient.cli.arguments import file_path, text
from fieldclient.cli.context import CommandError, add_command, data_dir, unlocked
from fieldclient.domain.documents import DOCUMENTS
from fieldclient.domain.documents.verification import Verdict
from fieldclient.services.document_scan import UnreadableFile
from fieldclient.services.documents import LAYOUTS, DocumentService
from fieldclient.services.public_keys_file import NoPublicKeys, verify_file_without_login


def register(commands: argparse._SubParsersAction) -> None:
    printing = add_command(
        commands, "print", "print a record's document (FIR copy, challan ticket, receipt) to PDF"
    )
    printing.add_argument("id", type=text)
    printing.add_argument("--pdf", required=True, type=file_path, metavar="OUT.pdf")
    printing.add_argument("--layout", choices=LAYOUTS, default="a4")
    printing.set_defaults(handler=cmd_print)

    verify = add_command(
        commands,
        "verify",
        "check a printed document's code, offline and without a password (a PDF or a photo/scan)",
    )
    verify.add_argument("file", type=file_path)
    verify.set_defaults(handler=cmd_verify)


def cmd_print(args: argparse.Namespace) -> int:
    from fieldclient.ui.documents.render import write_pdf

    target: Path = args.pdf
    if not target.parent.is_dir():
        raise CommandError(f"{target.parent} is not a folder")
    with unlocked(args) as session:
        documents = DocumentService(session)
        printout = documents.prepare(args.id, args.layout)
        try:
            pages = write_pdf(printout, target)
        except OSError as problem:
            raise CommandError(
                f"could not write {target} ({problem.strerror or 'write failed'})"
            ) from None
        documents.record_print(printout, "pdf")
    reprint = f", reprint (copy {printout.copy_number})" if printout.is_reprint else ""
    signed = "" if printout.signed else "; no verification code: the device is not enrolled"
    print(f"{target}: {pages} page(s){reprint}{signed}")
    return 0


def cmd_verify(args: argparse.Namespace) -> int:
    """No password: the public keys copied out of the vault at the last unlock or sync."""
    try:
        verdicts, copy = verify_file_without_login(data_dir(args), args.file)
    except (UnreadableFile, NoPublicKeys) as problem:
        raise CommandError(str(problem)) from None
    if not verdicts:
        raise CommandError(f"no QR code was found in {args.file}")
    for verdict in verdicts:
        _print_verdict(verdict)
    server = copy.server_fingerprint or "none held"
    print(
        f"keys of station {copy.station} copied {copy.written_at} (UTC); server key SHA-256 "
        f"{server}"
    )
    return 0 if all(verdict.authentic for verdict in verdicts) else 1


def _print_verdict(verdict: Verdict) -> None:
    print("AUTHENTIC" if verdict.authentic else "NOT AUTHENTIC")
    for sentence in verdict.sentences():
        print(f"  {sentence}")
    payload = verdict.payload
    if payload is None:
        return
    document = DOCUMENTS.get(payload.kind)
    names = document.fact_names if document else {}
    facts = ", ".join(
        f"{names.get(key, key)}: {value}" for key, value in sorted(payload.facts.items())
    )
    print(f"  {payload.kind} {payload.number} of {payload.station}, issued {payload.issued_at}")
    print(f"  record {payload.record_id}; {facts}")
