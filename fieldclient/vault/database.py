"""Opening the SQLCipher database safely.

The connection is keyed with the raw 256-bit data key (no SQLCipher KDF: the key is already random),
and configured so that no plaintext reaches the disk: temp tables and sort spills stay in memory,
freed pages are zeroed, SQLCipher wipes its buffers. The build is checked first: a library that
cannot keep temp storage in memory, or that is not SQLCipher at all, is refused.
"""

import contextlib
import errno
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3

from fieldclient.vault.errors import (
    StorageFull,
    StorageReadOnly,
    UnsafeSqlcipherBuild,
    VaultCorrupt,
    VaultError,
)

# compile_options TEMP_STORE: 0 always file, 1 file unless PRAGMA, 2 memory unless PRAGMA,
# 3 always memory. 0 and 1 would let a temp b-tree spill to a plaintext file.
SAFE_TEMP_STORE = {"TEMP_STORE=2", "TEMP_STORE=3"}

DatabaseError = sqlcipher3.dbapi2.DatabaseError


def check_build(conn: sqlcipher3.Connection) -> str:
    """Return the SQLCipher version, or raise if this build could write plaintext temp files."""
    row = conn.execute("PRAGMA cipher_version").fetchone()
    if not row or not row[0]:
        raise UnsafeSqlcipherBuild(
            "The database library is not SQLCipher; reinstall the application."
        )
    options = {r[0] for r in conn.execute("PRAGMA compile_options")}
    if not options & SAFE_TEMP_STORE:
        raise UnsafeSqlcipherBuild(
            "This SQLCipher build may write temporary files unencrypted "
            "(it was not built with TEMP_STORE=2 or 3); reinstall the application."
        )
    return str(row[0])


def connect(path: Path, data_key: bytes) -> sqlcipher3.Connection:
    """Open (or create) the encrypted database at `path` keyed with `data_key`."""
    with translate_errors():
        conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        check_build(conn)
        conn.execute(f"PRAGMA key = \"x'{data_key.hex()}'\"")
        # cipher_memory_security stays OFF (SQLCipher's default since 4.5.0): ON mlocks and
        # munlocks every SQLite allocation, about 60 system calls per record written, and
        # tripled the CPU of every vault operation, while the same plaintext also lives in
        # Python objects no pragma can lock or wipe (docs/ARCHITECTURE.md, "database.py").
        conn.execute("PRAGMA temp_store = MEMORY")
        # Before anything that may need a lock: a second connection (the background
        # checkpoints, a worker) opened while the officer's connection writes waits its turn.
        conn.execute("PRAGMA busy_timeout = 5000")
        with translate_errors():
            # The first read decrypts page 1: a wrong key or a damaged header fails here.
            (tables,) = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            conn.execute("PRAGMA secure_delete = ON")
            if tables == 0:
                # Only in a new file (before WAL and the first table): pages freed by an emptied
                # outbox go back to the file system (`VaultWriter.settle_push`). A vault made
                # before keeps its free pages for later writes. Asked of an existing file, the
                # pragma writes its header, and failed while another connection was writing.
                conn.execute("PRAGMA auto_vacuum = INCREMENTAL")
            conn.execute("PRAGMA journal_mode = WAL").fetchone()
            conn.execute("PRAGMA synchronous = FULL")
            # No checkpoint inside a commit: the officer's save would pay for it. The vault's
            # background thread checkpoints instead (checkpoints.py), and closing truncates.
            conn.execute("PRAGMA wal_autocheckpoint = 0")
            # A log that a burst of writes made large shrinks again once checkpointed.
            conn.execute("PRAGMA journal_size_limit = 8388608").fetchone()
            conn.execute("PRAGMA foreign_keys = ON")
            # 64 MiB of decrypted pages: a list or search over 100,000 records stays in memory.
            conn.execute("PRAGMA cache_size = -65536")
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def translate_errors() -> Iterator[None]:
    """Turn SQLite's environment errors into one-line `VaultError`s; let bugs through."""
    try:
        yield
    except VaultError:
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise StorageFull(_FULL) from exc
        if exc.errno in (errno.EACCES, errno.EROFS, errno.EPERM):
            raise StorageReadOnly(_READ_ONLY) from exc
        if exc.errno in (errno.ENOTDIR, errno.EEXIST, errno.ENAMETOOLONG, errno.ELOOP):
            raise StorageReadOnly(_NOT_A_FOLDER) from exc
        raise
    except DatabaseError as exc:
        text = str(exc).lower()
        if "disk is full" in text or "database or disk is full" in text:
            raise StorageFull(_FULL) from exc
        if "readonly" in text or "read-only" in text or "unable to open" in text:
            raise StorageReadOnly(_READ_ONLY) from exc
        if "not a database" in text or "malformed" in text or "hmac" in text:
            raise VaultCorrupt(_CORRUPT) from exc
        raise


_FULL = "The disk is full: nothing was saved. Free some space and try again."
_READ_ONLY = (
    "The data folder cannot be written (read-only or no permission): nothing was saved. "
    "Check the folder's permissions or choose another with --data-dir."
)
_NOT_A_FOLDER = (
    "The data folder cannot be made there (a file stands in its path, or the path is too long): "
    "nothing was saved. Choose another folder with --data-dir."
)
_CORRUPT = (
    "The vault file is damaged or was changed outside the application (an encrypted page failed "
    "its integrity check). Restore the data folder from a backup."
)
