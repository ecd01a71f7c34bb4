"""The application version: pyproject.toml's, through the installed package's metadata.

A frozen bundle carries that metadata too (installer/fieldclient.spec, `copy_metadata`).
"""

from importlib import metadata


def app_version() -> str:
    try:
        return metadata.version("fieldclient")
    except metadata.PackageNotFoundError:  # a source tree run without `make env` installing it
        return "unknown"
