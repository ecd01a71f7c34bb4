"""`fieldclient`: the headless twin of the GUI, for admins, scripts and tests.

With no command it starts the GUI. Errors the officer can act on print one line and exit 1;
anything else is a bug, reported without record content.
"""

import argparse
import logging
import sys

from fieldclient.cli import document_commands, record_commands, sync_commands, vault_commands
from fieldclient.cli.context import CommandError
from fieldclient.domain.errors import DomainError
from fieldclient.vault.errors import VaultError
from fieldclient.version import app_version

COMMAND_MODULES = [vault_commands, record_commands, document_commands, sync_commands]
log = logging.getLogger("fieldclient")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldclient",
        description="Offline-first police field client. With no command, starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"fieldclient {app_version()}")
    parser.add_argument("--data-dir", help="vault folder (default: FIELDCLIENT_HOME or user dir)")
    parser.add_argument("--officer", help="your badge number")
    parser.set_defaults(data_dir=None, officer=None)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "--selftest":
        from fieldclient.selftest import run_selftest

        return run_selftest()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _start_gui(args)
    try:
        return int(args.handler(args))
    except (CommandError, VaultError, DomainError) as refused:
        print(f"fieldclient: {refused}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("fieldclient: interrupted; nothing half-written was kept.", file=sys.stderr)
        return 130


def _start_gui(args: argparse.Namespace) -> int:
    from fieldclient.ui.app import run_app

    return run_app(data_dir=args.data_dir)
