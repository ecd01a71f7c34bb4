"""`fieldclient`: the headless twin of the GUI, for admins, scripts and tests.

With no command it starts the GUI. Errors the officer can act on print one line and exit 1; a
command line argparse refuses prints one line and exits 2; anything else is a bug, reported in one
line that says where it happened, never its message (which may quote record content), exit 70.
"""

import argparse
import logging
import sys

from fieldclient.bug_log import where
from fieldclient.cli import (
    attendance_commands,
    document_commands,
    person_commands,
    record_commands,
    report_commands,
    review_commands,
    settings_commands,
    sync_commands,
    vault_commands,
)
from fieldclient.cli.arguments import OneLineParser, file_path, text
from fieldclient.cli.context import CommandError
from fieldclient.domain.errors import DomainError
from fieldclient.paths import default_data_dir
from fieldclient.services.training import training_dir
from fieldclient.vault.errors import VaultError
from fieldclient.version import app_version

EXIT_BUG = 70  # EX_SOFTWARE
COMMAND_MODULES = [
    vault_commands,
    record_commands,
    document_commands,
    person_commands,
    report_commands,
    review_commands,
    sync_commands,
    settings_commands,
    attendance_commands,
]
log = logging.getLogger("fieldclient")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(
        prog="fieldclient",
        description="Offline-first police field client. With no command, starts the GUI.",
    )
    parser.add_argument("--version", action="version", version=f"fieldclient {app_version()}")
    parser.add_argument(
        "--data-dir", type=file_path, help="vault folder (default: FIELDCLIENT_HOME or user dir)"
    )
    parser.add_argument("--officer", type=text, help="your badge number")
    parser.add_argument(
        "--training",
        action="store_true",
        help="training mode: use the practice vault beside the data folder (docs/TRAINING.md)",
    )
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
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as stop:  # --help, --version, or a command line refused in one line
        return stop.code if isinstance(stop.code, int) else 2
    if args.training:
        args.data_dir = training_dir(args.data_dir or default_data_dir())
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
    except Exception as bug:  # a bug: one line saying where, never its message (record content)
        print(
            f"fieldclient: unexpected error ({where(bug)}); nothing half-written was kept. "
            "Please report it.",
            file=sys.stderr,
        )
        return EXIT_BUG


def _start_gui(args: argparse.Namespace) -> int:
    from fieldclient.ui.app import run_app

    return run_app(data_dir=args.data_dir, training=args.training)
