"""Python's cyclic garbage collector, run on the GUI thread only while background work may run.

Automatic collection runs on whichever thread happens to allocate when a generation's threshold
is passed. If it then frees a cycle holding a Qt object, the object is destroyed on that thread.
On the vault thread this deadlocked: the object's destructor held Qt's connection lock and waited
for the GIL, while the GUI thread held the GIL and waited for that lock (seen in a test run,
stacks in the commit). So while a `Tasks` runs, automatic collection is off and a timer on the
GUI thread collects instead, by the same generation thresholds (as qutebrowser and Anki do).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QTimer

INTERVAL_MS = 500

_users = 0
_timer: QTimer | None = None
_thresholds = gc.get_threshold()


def acquire() -> None:
    """Called on the GUI thread by each `Tasks` when it starts; the first turns collection over
    to the GUI thread's timer."""
    global _users, _timer
    _users += 1
    if _users == 1:
        gc.disable()
        _timer = QTimer()
        _timer.setInterval(INTERVAL_MS)
        _timer.timeout.connect(collect_due)
        _timer.start()


def release() -> None:
    """Called on the GUI thread by each `Tasks` once its threads have stopped; the last one
    collects what is left and gives collection back to Python."""
    global _users, _timer
    if _users == 0:
        return
    _users -= 1
    if _users == 0 and _timer is not None:
        _timer.stop()
        _timer = None
        gc.collect()
        gc.enable()


def collect_due() -> int:
    """Collect the generations Python would have collected by now; returns how many objects
    were unreachable."""
    first, second, third = _thresholds
    young, middle, old = gc.get_count()
    if young <= first:
        return 0
    return gc.collect(2 if old > third else 1 if middle > second else 0)
