"""Checkpoints of the vault's write-ahead log, away from the officer's click.

SQLite's default moves the log back into the database file (a checkpoint: up to a thousand
pages copied and the file fsynced) inside whichever commit makes the log pass 1000 pages, so
every few dozen saves one officer's click paid for it: the create p99 of 35 ms in
docs/PERFORMANCE.md against a p50 of 2 ms. Every vault connection therefore runs with
``wal_autocheckpoint = 0`` (`database.connect`), and `BackgroundCheckpoints` checkpoints from a
thread of its own, on a connection of its own, every couple of seconds. Its checkpoints are
PASSIVE: they copy what they can without waiting for, or blocking, a reader or a writer, so a
save that comes during one is not held up. Closing the vault (lock, quit) still truncates the log
(`Vault.close`).

A checkpoint copies the log's encrypted pages as they are: nothing is decrypted or written in
plain text, and a kill during one leaves the log to be checkpointed again at the next open.
"""

import logging
import threading
from collections.abc import Callable

import sqlcipher3

log = logging.getLogger(__name__)

INTERVAL_SECONDS = 2.0


class BackgroundCheckpoints:
    """A thread that checkpoints the log every `interval` seconds while the vault is open.

    `connect` opens the thread's own connection (lazily, on its first pass, so a vault that is
    opened and closed at once costs no connection). `stop` waits for a pass in progress.
    """

    def __init__(
        self, connect: Callable[[], sqlcipher3.Connection], interval: float = INTERVAL_SECONDS
    ) -> None:
        self._connect = connect
        self._interval = interval
        self._stopping = threading.Event()
        self._wake = threading.Event()
        self._passes_done = threading.Condition()
        self._thread: threading.Thread | None = None
        self.passes = 0  # checkpoint passes run so far
        self._in_pass = False
        # Log frames the last pass could not copy yet (a reader needs them); None: it failed.
        self.frames_behind: int | None = 0

    def start(self) -> None:
        self._stopping.clear()
        self._thread = threading.Thread(target=self._run, name="vault-checkpoints", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stopping.set()
        self._wake.set()
        thread.join()

    def run_soon(self) -> int:
        """Ask for a pass now (not waiting for the interval); return the pass number to wait for."""
        with self._passes_done:
            target = self.passes + (2 if self._in_pass else 1)  # one begun earlier may miss news
        self._wake.set()
        return target

    def wait_for_pass(self, number: int, timeout: float) -> bool:
        """Wait until pass `number` has run; False if it did not within `timeout` seconds."""
        with self._passes_done:
            return self._passes_done.wait_for(lambda: self.passes >= number, timeout)

    def _run(self) -> None:
        conn: sqlcipher3.Connection | None = None
        try:
            while not self._stopping.is_set():
                self._wake.wait(self._interval)
                self._wake.clear()
                if self._stopping.is_set():
                    break
                with self._passes_done:
                    self._in_pass = True
                if conn is None:
                    conn = self._open()
                behind = _checkpoint(conn) if conn is not None else None
                with self._passes_done:
                    self.passes += 1
                    self._in_pass = False
                    self.frames_behind = behind
                    self._passes_done.notify_all()
        finally:
            if conn is not None:
                conn.close()

    def _open(self) -> sqlcipher3.Connection | None:
        try:
            return self._connect()
        except Exception as exc:  # the officer's connection still works; close truncates
            log.warning("background checkpoints are off: %s", type(exc).__name__)
            self._stopping.set()
            return None


def _checkpoint(conn: sqlcipher3.Connection) -> int | None:
    """One PASSIVE checkpoint; how many log frames are not in the database file yet (those a
    reader still needs, or a writer added meanwhile); None if it failed (the next pass retries)."""
    try:
        _, frames, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    except sqlcipher3.dbapi2.Error as exc:
        log.warning("a background checkpoint failed: %s", type(exc).__name__)
        return None
    return max(int(frames) - int(copied), 0)
