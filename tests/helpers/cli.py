"""Running the CLI in-process: a stand-in for a piped standard input."""


class PipedStdin:
    """``sys.stdin`` when a file is piped in: ``buffer.read()`` gives its bytes, no terminal."""

    def __init__(self, text: str) -> None:
        self.buffer = self
        self._data = text.encode()

    def read(self) -> bytes:
        return self._data

    def isatty(self) -> bool:
        return False
