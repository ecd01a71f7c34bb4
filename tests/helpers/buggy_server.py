"""The real server app plus one route with a deliberate bug, served the way `fieldsync-server
serve` serves (``sync.server.cli.serve_app``), for tests of what a bug leaves in the log.

    python -m tests.helpers.buggy_server DATABASE_URL PORT
"""

import sys

from sync.server.app import create_app
from sync.server.cli import serve_app
from sync.server.core.config import Settings

CANARY = "canary-4d1f-record-content"
"""The bug's message: it must never appear in the log."""


def main(database_url: str, port: int) -> None:
    app = create_app(Settings(database=database_url))

    def bug() -> None:
        raise ValueError(f"could not parse {CANARY}")

    app.add_api_route("/bug", bug, methods=["GET"])
    serve_app(app, host="127.0.0.1", port=port)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
