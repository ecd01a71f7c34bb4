"""Commands that manage the vault: init, officers, passwords, audit check."""

import argparse

from fieldclient.cli.arguments import text
from fieldclient.cli.context import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    CommandError,
    add_command,
    announce,
    data_dir,
    new_password,
    officer_badge,
    password,
    unlocked,
)
from fieldclient.domain import roles
from fieldclient.services.session import create_vault, open_session
from fieldclient.services.training import create_practice_vault
from fieldclient.vault.audit import verify_chain


def register(commands: argparse._SubParsersAction) -> None:
    init = add_command(commands, "init", "create a vault with its first officer")
    init.add_argument("--name", required=True, type=text, help="the first officer's name")
    init.add_argument(
        "--station", required=True, type=text, help="police station code, e.g. PSH-GULBAHAR"
    )
    init.add_argument(
        "--role",
        choices=roles.ROLES,
        default=roles.FIRST_OFFICER_ROLE,
        help=f"the first officer's role (default {roles.FIRST_OFFICER_ROLE})",
    )
    init.set_defaults(handler=cmd_init)

    add = add_command(commands, "add-officer", "let another officer unlock this vault")
    add.add_argument("--new-badge", required=True, type=text)
    add.add_argument("--name", required=True, type=text)
    add.add_argument(
        "--role",
        choices=roles.ROLES,
        default=roles.DEFAULT_ROLE,
        help=f"the officer's role (default {roles.DEFAULT_ROLE}); only the SHO adds officers",
    )
    add.set_defaults(handler=cmd_add_officer)

    listing = add_command(commands, "officers", "list who may unlock this vault, with roles")
    listing.set_defaults(handler=cmd_officers)

    set_role = add_command(commands, "set-role", "give an officer another role (the SHO does)")
    set_role.add_argument("--badge", required=True, type=text)
    set_role.add_argument("--role", required=True, choices=roles.ROLES)
    set_role.set_defaults(handler=cmd_set_role)

    passwd = add_command(commands, "passwd", "change your password")
    passwd.set_defaults(handler=cmd_passwd)

    remove = add_command(commands, "remove-officer", "remove an officer and rekey the vault")
    remove.add_argument("--badge", required=True, type=text)
    remove.set_defaults(handler=cmd_remove_officer)

    audit = add_command(commands, "audit-verify", "check the audit log's hash chain")
    audit.set_defaults(handler=cmd_audit_verify)

    check = add_command(commands, "check", "check every encrypted page of the vault")
    check.set_defaults(handler=cmd_check)


def cmd_init(args: argparse.Namespace) -> int:
    if not args.officer:
        raise CommandError("Say who the first officer is with --officer BADGE.")
    secret = new_password(f"Password for officer {args.officer}: ", PASSWORD_ENV)
    training = getattr(args, "training", False)
    make = create_practice_vault if training else create_vault
    session = make(
        data_dir(args),
        badge=args.officer,
        name=args.name,
        password=secret,
        station=args.station,
        role=args.role,
    )
    what = "practice vault (training mode)" if training else "vault"
    print(f"Created the {what} for station {args.station} in {data_dir(args)}")
    print(f"Officer {args.officer} can unlock it; device id {session.device_id}")
    print(f"Station recovery key (shown only now; print it for the SHO): {session.recovery_key}")
    session.close()
    return 0


def cmd_add_officer(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        secret = new_password(f"Password for officer {args.new_badge}: ", NEW_PASSWORD_ENV)
        session.vault.add_officer(args.new_badge, args.name, secret, args.role)
    print(
        f"Officer {args.new_badge} ({args.name}), {roles.role_label(args.role)}, "
        "can now unlock this vault."
    )
    return 0


def cmd_officers(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        officers = session.vault.officers()
    for officer in sorted(officers, key=lambda o: o.badge):
        print(f"{officer.badge}\t{officer.name}\t{officer.role}")
    return 0


def cmd_set_role(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        session.vault.set_role(args.badge, args.role)
    print(f"Officer {args.badge} is now {roles.role_label(args.role)}.")
    return 0


def cmd_passwd(args: argparse.Namespace) -> int:
    badge = officer_badge(args)
    old = password(f"Current password for officer {badge}: ")
    session = announce(open_session(data_dir(args), badge, old))
    try:
        session.vault.change_password(old, new_password("New password: ", NEW_PASSWORD_ENV))
    finally:
        session.close()
    print("Password changed.")
    return 0


def cmd_remove_officer(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        session.vault.remove_officer(args.badge)
    print(f"Officer {args.badge} was removed and the vault was rekeyed.")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        report = verify_chain(session.vault.conn)
    if report.intact:
        print(f"Audit log intact: {report.entries_checked} entries checked.")
        return 0
    print(f"Audit log BROKEN at entry {report.broken_at}: {report.problem}.")
    print(f"{report.entries_checked} entries before it are intact.")
    return 1


def cmd_check(args: argparse.Namespace) -> int:
    with unlocked(args) as session:
        session.vault.check_integrity()
    print("Every page of the vault is intact.")
    return 0
