"""A fault-injecting HTTP proxy for sync tests: drops, delays, truncates, 5xx, duplicates.

It sits between the client engine and the real server on loopback. Each request is read whole,
sent upstream on a fresh connection and answered with `Connection: close`, so every fault hits
exactly one request. Faults are drawn from a seeded RNG so a failing run can be replayed.
"""

import random
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

FAULTS = (
    "pass",
    "drop_request",  # the request never reaches the server
    "drop_response",  # the server applied it, the client never hears back
    "truncate_response",  # half of the response body, then the connection closes
    "server_error",  # a 503 without asking the server
    "delay",  # a slow answer
    "duplicate",  # the server gets the same request twice
)


@dataclass
class FaultPlan:
    """How often each fault happens; `pass` takes the rest."""

    rates: dict[str, float] = field(default_factory=dict)
    delay_seconds: float = 0.3
    bytes_per_second: float | None = None  # throttle both directions when set
    seed: int = 0


class FaultProxy:
    def __init__(self, upstream_port: int, plan: FaultPlan | None = None) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.plan = plan or FaultPlan()
        self.rng = random.Random(self.plan.seed)
        self.counts: Counter[str] = Counter()
        self.bytes_to_client = 0
        self.bytes_from_client = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> "FaultProxy":
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._closed.set()
        self._listener.close()
        self._thread.join(timeout=5)

    def _choose(self) -> str:
        with self._lock:
            roll = self.rng.random()
            for fault, rate in self.plan.rates.items():
                if roll < rate:
                    self.counts[fault] += 1
                    return fault
                roll -= rate
            self.counts["pass"] += 1
            return "pass"

    def _accept_loop(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        with client:
            client.settimeout(30)
            try:
                request = _read_request(client)
            except (OSError, ValueError):
                return
            if request is None:
                return
            with self._lock:
                self.bytes_from_client += len(request)
            fault = self._choose()
            try:
                self._apply(fault, client, request)
            except OSError:
                return

    def _apply(self, fault: str, client: socket.socket, request: bytes) -> None:
        if fault == "drop_request":
            return
        if fault == "server_error":
            body = b'{"code":"unavailable","message":"injected fault"}'
            self._send(
                client,
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body,
            )
            return
        if fault == "delay":
            time.sleep(self.plan.delay_seconds)
        if fault == "duplicate":
            _exchange(self.upstream, request)
        response = _exchange(self.upstream, request)
        if fault == "drop_response":
            return
        if fault == "truncate_response":
            response = response[: max(1, len(response) // 2)]
        self._send(client, response)

    def _send(self, client: socket.socket, data: bytes) -> None:
        with self._lock:
            self.bytes_to_client += len(data)
        rate = self.plan.bytes_per_second
        if not rate:
            client.sendall(data)
            return
        chunk = 512
        for start in range(0, len(data), chunk):
            client.sendall(data[start : start + chunk])
            time.sleep(chunk / rate)


def _read_request(sock: socket.socket) -> bytes | None:
    """One whole HTTP request (headers and Content-Length body), with Connection: close."""
    buffer = b""
    while b"\r\n\r\n" not in buffer:
        part = sock.recv(65536)
        if not part:
            return None
        buffer += part
    head, body = buffer.split(b"\r\n\r\n", 1)
    lines = head.split(b"\r\n")
    length = 0
    kept = [lines[0]]
    for line in lines[1:]:
        name = line.split(b":", 1)[0].strip().lower()
        if name == b"content-length":
            length = int(line.split(b":", 1)[1])
        if name in (b"connection", b"keep-alive"):
            continue
        kept.append(line)
    kept.append(b"Connection: close")
    while len(body) < length:
        part = sock.recv(65536)
        if not part:
            raise ValueError("request body cut short")
        body += part
    return b"\r\n".join(kept) + b"\r\n\r\n" + body


def _exchange(upstream: tuple[str, int], request: bytes) -> bytes:
    with socket.create_connection(upstream, timeout=30) as sock:
        sock.sendall(request)
        chunks = []
        while True:
            part = sock.recv(65536)
            if not part:
                break
            chunks.append(part)
    return b"".join(chunks)
