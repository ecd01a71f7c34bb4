"""The application version, from the installed package metadata (pyproject.toml)."""

from importlib import metadata


def app_version() -> str:
    try:
        return metadata.version("fieldclient")
    except metadata.PackageNotFoundError:  # a frozen bundle without metadata
        from fieldclient import _build_version  # type: ignore[attr-defined]

        return _build_version.VERSION
