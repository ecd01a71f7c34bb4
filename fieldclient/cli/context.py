"""What every command needs: the data dir, the officer, passwords, an unlocked session."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from fieldclient.cli.arguments import file_path, text, text_problem
from fieldclient.cli.upgrade_bar import UpgradeBar
from fieldclient.paths import default_data_dir
from fieldclient.services.device_clock import NOTICE_TEXT
from fieldclient.services.session import Session, open_session
from fieldclient.services.training import open_practice_session
from fieldclient.vault.vault import list_officers

PASSWORD_ENV = "FIELDCLIENT_PASSWORD"
NEW_PASSWORD_ENV = "FIELDCLIENT_NEW_PASSWORD"
OFFICER_ENV = "FIELDCLIENT_OFFICER"
MIN_PASSWORD_LENGTH = 8


class CommandError(Exception):
    """A refusal the command explains in one line (bad option, missing password, …)."""


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else default_data_dir()


def officer_badge(args: argparse.Namespace) -> str:
    badge = args.officer or os.environ.get(OFFICER_ENV)
    if badge:
        return _checked_text(badge, f"--officer or {OFFICER_ENV}")
    officers = list_officers(data_dir(args))
    if len(officers) == 1:
        return officers[0].badge
    raise CommandError(
        "Several officers share this vault; say which one you are with --officer BADGE."
    )


def password(prompt: str, env: str = PASSWORD_ENV) -> str:
    """From the environment variable, else an interactive prompt; never from an argument."""
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise CommandError(f"No password: set {env} or run the command in a terminal.")
        value = getpass.getpass(prompt)
    return _checked_text(value, f"the password ({env} or typed)")


def new_password(prompt: str, env: str) -> str:
    value = os.environ.get(env)
    if value is None:
        if not sys.stdin.isatty():
            raise CommandError(f"No new password: set {env} or run the command in a terminal.")
        value = getpass.getpass(prompt)
        if getpass.getpass("Type it again: ") != value:
            raise CommandError("The two passwords differ; nothing was changed.")
    _checked_text(value, f"the new password ({env} or typed)")
    if len(value) < MIN_PASSWORD_LENGTH:
        raise CommandError(
            f"The new password is too short: use at least {MIN_PASSWORD_LENGTH} characters."
        )
    return value


def _checked_text(value: str, what: str) -> str:
    if problem := text_problem(value):
        raise CommandError(f"{what} {problem}.")
    return value


def unlock(args: argparse.Namespace) -> Session:
    badge = officer_badge(args)
    opener = open_practice_session if getattr(args, "training", False) else open_session
    secret = password(f"Password for officer {badge}: ")
    return announce(opener(data_dir(args), badge, secret, progress=UpgradeBar()))


def announce(session: Session) -> Session:
    """Print what the unlock had to tell the officer (a repair it made), one line each."""
    for notice in session.notices:
        print(f"fieldclient: notice: {NOTICE_TEXT[notice]}", file=sys.stderr)
    return session


@contextlib.contextmanager
def unlocked(args: argparse.Namespace) -> Iterator[Session]:
    """An unlocked session for one command, closed (key dropped) however the command ends."""
    session = unlock(args)
    try:
        yield session
    finally:
        session.close()


def global_options() -> argparse.ArgumentParser:
    """Options every command takes, before or after the command's name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=file_path,
        default=argparse.SUPPRESS,
        help="vault folder (default: FIELDCLIENT_HOME, else the platform's user data dir)",
    )
    common.add_argument("--officer", type=text, default=argparse.SUPPRESS, help="your badge number")
    return common


def add_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser], name: str, help_text: str
) -> argparse.ArgumentParser:
    return commands.add_parser(name, help=help_text, parents=[global_options()])
