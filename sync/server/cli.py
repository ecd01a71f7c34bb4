"""``fieldsync-server``: initialise the database, administer stations and devices, serve."""

from __future__ import annotations

import argparse
import sys

from fastapi import FastAPI
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError

from fieldclient.domain import roles
from sync.server.core.clock import now_ms
from sync.server.core.config import Settings
from sync.server.core.logs import log_config
from sync.server.core.server_key import ServerKeyError
from sync.server.db.engine import make_engine
from sync.server.db.migrate import SchemaNotCurrent, require_current_schema, upgrade_to_head
from sync.server.services.admin import server_set_statuses, set_status_by_server
from sync.server.services.enrollment import (
    AdminError,
    add_station,
    new_enroll_code,
    release_device,
    revoke_device,
)
from sync.server.services.officers import (
    ROSTERS,
    add_officer,
    roster_listing,
    set_role,
    set_roster,
)


def _first_number(text: str) -> tuple[str, int]:
    kind_name, _, serial = text.partition("=")
    if not kind_name or not serial.isdigit():
        raise argparse.ArgumentTypeError(f"write KIND=SERIAL, like fir=412 (not {text!r})")
    return kind_name, int(serial)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="fieldsync-server", description=__doc__)
    parser.add_argument(
        "--database",
        help="database URL (env FIELDSYNC_DATABASE; default an SQLite file in the user data dir)",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("init", help="create or migrate the database schema")
    station = commands.add_parser("add-station", help="add a police station")
    station.add_argument("code")
    station.add_argument("--name", required=True)
    station.add_argument("--district", required=True)
    station.add_argument(
        "--first-number",
        action="append",
        type=_first_number,
        default=[],
        metavar="KIND=SERIAL",
        help="first serial this year of a kind the server numbers, e.g. fir=412 (paper register)",
    )
    station.add_argument("--fir-start", type=int, help="the same as --first-number fir=SERIAL")
    code = commands.add_parser("enroll-code", help="print a one-time device enrollment code")
    code.add_argument("--station", required=True)
    officer = commands.add_parser("add-officer", help="put an officer on a station's roster")
    officer.add_argument("badge")
    officer.add_argument("--station", required=True)
    officer.add_argument("--name", required=True)
    officer.add_argument("--role", choices=roles.ROLES, help="the officer's role (issue 17.4)")
    set_role_command = commands.add_parser(
        "set-role", help="set an officer's role on a station's roster; devices cannot change it"
    )
    set_role_command.add_argument("badge")
    set_role_command.add_argument("--station", required=True)
    set_role_command.add_argument("--role", required=True, choices=roles.ROLES)
    listing = commands.add_parser(
        "officers",
        help="list a station's roster: each officer's role, and any role a device declared "
        "that waits for set-role",
    )
    listing.add_argument("station")
    roster = commands.add_parser(
        "set-roster",
        help="open: devices add the officers they declare; closed: only add-officer does",
    )
    roster.add_argument("station")
    roster.add_argument("roster", choices=ROSTERS)
    revoke = commands.add_parser("revoke-device", help="refuse all further requests of a device")
    revoke.add_argument("device_id")
    release = commands.add_parser(
        "release-device",
        help="let the station enroll this device id again with a new code (revokes it until then)",
    )
    release.add_argument("device_id")
    verdict = commands.add_parser(
        "set-status",
        aliases=["set-tenant-status"],
        help="record the central check's verdict (a status only the server sets)",
    )
    verdict.add_argument("record_id")
    verdict.add_argument("status", choices=server_set_statuses())
    verdict.add_argument("--reason")
    serve = commands.add_parser("serve", help="serve the sync API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--tls-cert", help="PEM certificate; with --tls-key serves HTTPS")
    serve.add_argument("--tls-key")
    return parser


def _serve(settings: Settings, engine: Engine, args: argparse.Namespace) -> None:
    from sync.server.app import create_app

    if bool(args.tls_cert) != bool(args.tls_key):
        raise AdminError("give both --tls-cert and --tls-key, or neither")
    require_current_schema(engine)
    serve_app(
        create_app(settings, engine),
        host=args.host,
        port=args.port,
        tls_cert=args.tls_cert,
        tls_key=args.tls_key,
    )


def serve_app(
    app: FastAPI, *, host: str, port: int, tls_cert: str | None = None, tls_key: str | None = None
) -> None:
    """Serve ``app`` with uvicorn and the server's logging rules (``core.logs``)."""
    import uvicorn

    uvicorn.run(
        app,
        host=host,
        port=port,
        ssl_certfile=tls_cert,
        ssl_keyfile=tls_key,
        log_config=log_config(),
        log_level="warning",
    )


def run(args: argparse.Namespace) -> None:
    settings = Settings(**({"database": args.database} if args.database else {}))
    engine = make_engine(settings.database)
    try:
        _dispatch(settings, engine, args)
    finally:
        engine.dispose()


def _dispatch(settings: Settings, engine: Engine, args: argparse.Namespace) -> None:
    if args.command == "init":
        upgrade_to_head(engine)
        print("database ready")
        return
    if args.command == "serve":
        _serve(settings, engine, args)
        return
    require_current_schema(engine)
    if args.command == "add-station":
        first_numbers = dict(args.first_number)
        if args.fir_start is not None:
            first_numbers["fir"] = args.fir_start
        add_station(engine, args.code, args.name, args.district, now_ms(), first_numbers)
        print(f"station {args.code} added")
    elif args.command == "enroll-code":
        print(new_enroll_code(engine, args.station, now_ms(), settings.enroll_code_hours))
    elif args.command == "add-officer":
        add_officer(engine, args.station, args.badge, args.name, now_ms(), args.role)
        print(f"officer {args.badge} added to station {args.station}")
    elif args.command == "set-role":
        set_role(engine, args.station, args.badge, args.role)
        print(f"officer {args.badge} of station {args.station} is now {args.role}")
    elif args.command == "officers":
        for badge, name, role, requested in roster_listing(engine, args.station):
            waiting = "" if requested is None else f"\trequested by a device: {requested}"
            print(f"{badge}\t{name}\t{role}{waiting}")
    elif args.command == "set-roster":
        set_roster(engine, args.station, args.roster)
        print(f"the roster of station {args.station} is {args.roster}")
    elif args.command == "revoke-device":
        revoke_device(engine, args.device_id, now_ms())
        print(f"device {args.device_id} revoked")
    elif args.command == "release-device":
        release_device(engine, args.device_id, now_ms())
        print(f"device {args.device_id} released: enroll it again with a new code")
    elif args.command in ("set-status", "set-tenant-status"):
        label = set_status_by_server(engine, args.record_id, args.status, args.reason, now_ms())
        print(f"{label} {args.record_id} is now {args.status}")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        run(args)
    except (AdminError, SchemaNotCurrent, ServerKeyError) as refused:
        print(f"fieldsync-server: {refused}", file=sys.stderr)
        return 1
    except OperationalError as unreachable:
        reason = str(unreachable.orig).strip().splitlines()[0] if unreachable.orig else ""
        print(f"fieldsync-server: cannot use the database: {reason}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
