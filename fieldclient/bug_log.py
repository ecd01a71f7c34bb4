"""Logging a bug without its message.

An exception's message may quote record content (a value that failed to parse, a name in a
KeyError), so a bug is logged as its type and traceback only, with the same for its causes.
Used by the GUI and by the sync server alike; ``WithheldExceptionText`` applies the same rule to
exceptions that other code logs (uvicorn's "Exception in ASGI application").
"""

import contextlib
import logging
import traceback
from types import TracebackType

_LOGGED = "_fieldclient_bug_logged"


def log_bug(log: logging.Logger, exc: BaseException, context: str = "Unexpected error") -> None:
    with contextlib.suppress(AttributeError):  # a few built-in exceptions take no attributes
        setattr(exc, _LOGGED, True)
    log.error("%s (message withheld):\n%s", context, withheld(exc))


def withheld(exc: BaseException) -> str:
    """The types and tracebacks of ``exc`` and its causes, never their messages."""
    parts: list[str] = []
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        parts.append(_describe(type(current), current.__traceback__))
        current = current.__cause__ or current.__context__
    return "\n-- caused by --\n".join(parts)


def where(exc: BaseException) -> str:
    """``Type at path:line`` of the innermost frame: enough to report a bug, never its message."""
    frames = traceback.extract_tb(exc.__traceback__)
    name = f"{type(exc).__module__}.{type(exc).__qualname__}"
    return f"{name} at {frames[-1].filename}:{frames[-1].lineno}" if frames else name


def _describe(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    frames = "".join(traceback.format_tb(tb)) if tb else "  (no traceback)\n"
    return f"{exc_type.__module__}.{exc_type.__qualname__}\n{frames}"


class WithheldExceptionText(logging.Filter):
    """A handler filter: a record carrying an exception keeps its own message, but the exception
    is shown as ``withheld`` shows it; an exception that ``log_bug`` already logged is dropped,
    so one bug is one log entry."""

    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if exc is None:
            return True
        if getattr(exc, _LOGGED, False):
            return False
        record.msg = f"{record.getMessage()} (message withheld):\n{withheld(exc)}"
        record.args = ()
        record.exc_info = None
        record.exc_text = None
        return True
