"""The progress bar the CLI shows on stderr while unlocking upgrades an older vault's records."""

from __future__ import annotations

import sys
from typing import NoReturn, TextIO

from tqdm import tqdm


class UpgradeBar:
    """A `MigrationProgress` (done, total) drawn with tqdm; nothing when there is nothing to do."""

    def __init__(self, stream: TextIO | None = None) -> None:
        self.stream = stream or sys.stderr
        self.bar: tqdm[NoReturn] | None = None  # a bar without an iterable

    def __call__(self, done: int, total: int) -> None:
        if self.bar is None:
            if total == 0:
                return
            self.bar = tqdm(
                total=total, desc="Upgrading the vault", unit=" records", file=self.stream
            )
        bar = self.bar
        bar.update(done - bar.n)
        if done >= total:
            bar.close()
