"""A loopback TCP relay between the sync client and the server that counts what crosses the wire.

It counts bytes each way (HTTP headers and bodies as sent, compressed where the protocol
compresses) and requests (one per HTTP request line), remembers when each request started, and
can throttle both directions to a slow link's bandwidth. TCP/IP framing is not counted.
"""

import contextlib
import re
import socket
import threading
import time
from dataclasses import dataclass, field

_REQUEST_LINE = re.compile(rb"(GET|POST|PUT|DELETE) (/\S*) HTTP/1\.[01]\r\n")
_CHUNK = 16 * 1024


@dataclass
class WireCount:
    bytes_up: int = 0  # client to server
    bytes_down: int = 0  # server to client
    requests: list[tuple[float, str]] = field(default_factory=list)  # (perf_counter, path)

    @property
    def total_bytes(self) -> int:
        return self.bytes_up + self.bytes_down

    def first_request_to(self, path: str) -> float | None:
        return next((at for at, seen in self.requests if seen == path), None)


class WireProxy:
    def __init__(self, upstream_port: int) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.count = WireCount()
        self.bytes_per_second: float | None = None
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def reset(self, bytes_per_second: float | None = None) -> WireCount:
        """Start counting afresh (and set the throttle); returns the count so far."""
        with self._lock:
            finished, self.count = self.count, WireCount()
            self.bytes_per_second = bytes_per_second
        return finished

    def __enter__(self) -> "WireProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._listener.close()
        self._thread.join(timeout=5)

    def _accept_loop(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(self.upstream)
            for source, target, upward in ((client, upstream, True), (upstream, client, False)):
                threading.Thread(
                    target=self._relay, args=(source, target, upward), daemon=True
                ).start()

    def _relay(self, source: socket.socket, target: socket.socket, upward: bool) -> None:
        tail = b""
        try:
            while chunk := source.recv(self._chunk_size()):
                self._throttle(len(chunk))
                with self._lock:
                    if upward:
                        self.count.bytes_up += len(chunk)
                        seen = tail + chunk
                        now = time.perf_counter()
                        self.count.requests += [
                            (now, match.group(2).decode("ascii", "replace"))
                            for match in _REQUEST_LINE.finditer(seen)
                            if match.end() > len(tail)
                        ]
                        tail = seen[-64:]
                    else:
                        self.count.bytes_down += len(chunk)
                target.sendall(chunk)
        except OSError:
            pass
        finally:
            for end in (source, target):
                with contextlib.suppress(OSError):
                    end.shutdown(socket.SHUT_RDWR)
                end.close()

    def _chunk_size(self) -> int:
        """Small reads on a slow link, so the throttle paces bytes evenly."""
        rate = self.bytes_per_second
        return _CHUNK if not rate else max(256, min(_CHUNK, int(rate / 20)))

    def _throttle(self, size: int) -> None:
        rate = self.bytes_per_second
        if rate:
            time.sleep(size / rate)
