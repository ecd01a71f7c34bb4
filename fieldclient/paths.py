"""Where things live: the data dir and the bundled resources."""

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "fieldclient"


def default_data_dir() -> Path:
    """`FIELDCLIENT_HOME`, else the platform's user data dir."""
    override = os.environ.get("FIELDCLIENT_HOME")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resources_dir() -> Path:
    """The `resources/` folder: next to the package in a checkout, inside the bundle when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    installed = Path(__file__).parent / "_resources"
    if installed.is_dir():
        return installed
    return Path(__file__).resolve().parent.parent / "resources"
