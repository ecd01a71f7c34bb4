"""How the server logs when it serves: uvicorn's own configuration, plus two rules.

* No exception text in any line (``fieldclient.bug_log``): uvicorn logs an exception that leaves
  the application ("Exception in ASGI application") with its message, which may quote a request;
  the filter shows its type and traceback only, and drops it when the server's own handler
  already logged that bug.
* The server's own loggers (``sync.*``) write through the same handler, at INFO, so ordinary
  network events (a client gone mid-upload) are visible as such.
"""

from __future__ import annotations

import copy
from typing import Any

from uvicorn.config import LOGGING_CONFIG

SERVER_LOGGER = "sync"


def log_config() -> dict[str, Any]:
    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {"withheld": {"()": "fieldclient.bug_log.WithheldExceptionText"}}
    for handler in config["handlers"].values():
        handler["filters"] = ["withheld"]
    config["loggers"][SERVER_LOGGER] = {
        "handlers": ["default"],
        "level": "INFO",
        "propagate": False,
    }
    return config
