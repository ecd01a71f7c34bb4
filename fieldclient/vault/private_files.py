"""Owner-only permissions for the data folder and the vault's files (POSIX).

The database is encrypted, but its size, its change times and the officer list in the keyring are
nobody else's business on a shared PC. The folder is made 0700 and every vault file 0600.
SQLite gives `-wal` and `-shm` the permissions of the database file, so the database is created
empty with 0600 before SQLite opens it. On Windows the folder lives in the user's profile, whose
ACL already keeps other accounts out; `chmod` there only sets the read-only flag, so it is skipped.
"""

import contextlib
import os
import stat
from pathlib import Path

FOLDER_MODE = 0o700
FILE_MODE = 0o600


def make_private_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) if needed and make it owner-only."""
    folder.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    _restrict(folder, FOLDER_MODE)


def create_private_file(path: Path) -> None:
    """Create ``path`` empty and owner-only, unless it exists."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))


def restrict_vault_files(folder: Path, names: tuple[str, ...]) -> None:
    """Tighten a folder and files made by an older version, or copied in with loose modes."""
    _restrict(folder, FOLDER_MODE)
    for name in names:
        _restrict(folder / name, FILE_MODE)


def _restrict(path: Path, mode: int) -> None:
    if os.name != "posix":
        return
    try:
        current = stat.S_IMODE(path.stat().st_mode)
        if current != mode:
            path.chmod(mode)
    except OSError:
        return  # not there (no WAL yet), not ours, or a read-only disk: nothing to tighten
