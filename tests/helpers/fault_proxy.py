"""A fault-injecting HTTP proxy for sync tests: drops, delays, truncates, 5xx, duplicates.

It sits between the client engine and the real server on loopback. Each request is read whole,
sent upstream on a fresh connection and answered with `Connection: close`, so every fault hits
exactly one request. Faults are drawn from a seeded RNG so a failing run can be replayed.
"""

import contextlib
import itertools
import random
import socket
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

FAULTS = (
    "pass",
    "drop_request",  # the request never reaches the server
    "cut_request",  # half of the request reaches the server, then both connections close
    "drop_response",  # the server applied it, the client never hears back
    "truncate_response",  # half of the response body, then the connection closes
    "cut_headers",  # the status line and the first header of the answer, then it closes
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
    # A link that cannot carry big exchanges: the next `stall_times` requests to `stall_path`
    # (any path when None) whose body is larger than `stall_over_bytes` hang for `stall_seconds`
    # (past the client's timeout) and are dropped unanswered.
    stall_times: int = 0
    stall_path: str | None = None
    stall_over_bytes: int = 0
    stall_seconds: float = 1.0
    # Faults for the next requests to a path, in order, before any drawn at random:
    # {"/v1/enroll": ["drop_response"]} loses the answer to the first enrollment.
    script: dict[str, list[str]] = field(default_factory=dict)


@dataclass(frozen=True)
class Exchange:
    """One request as the proxy saw it, with the fault it got; ``order`` is its arrival."""

    order: int
    method: str
    path: str
    body: bytes
    fault: str
    response_bytes: int


class FaultProxy:
    def __init__(self, upstream_port: int, plan: FaultPlan | None = None) -> None:
        self.upstream = ("127.0.0.1", upstream_port)
        self.plan = plan or FaultPlan()
        self.rng = random.Random(self.plan.seed)
        self.counts: Counter[str] = Counter()
        self.bytes_to_client = 0
        self.bytes_from_client = 0
        self._exchanges: list[Exchange] = []
        self._arrivals = itertools.count()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self._closed = threading.Event()
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept_loop, daemon=True)

    @property
    def log(self) -> list[Exchange]:
        """Every request so far, in the order it arrived."""
        with self._lock:
            return sorted(self._exchanges, key=lambda exchange: exchange.order)

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
                order = next(self._arrivals)
            fault = self._stall(request) or self._scripted(request) or self._choose()
            sent = 0
            with contextlib.suppress(OSError):
                sent = self._apply(fault, client, request)
            method, path, body = _parts(request)
            with self._lock:
                self._exchanges.append(Exchange(order, method, path, body, fault, sent))

    def _scripted(self, request: bytes) -> str | None:
        _, path, _ = _parts(request)
        with self._lock:
            planned = self.plan.script.get(path)
            if not planned:
                return None
            fault = planned.pop(0)
            self.counts[fault] += 1
        return fault

    def _stall(self, request: bytes) -> str | None:
        _, path, body = _parts(request)
        plan = self.plan
        with self._lock:
            if plan.stall_times <= 0 or plan.stall_path not in (None, path):
                return None
            if len(body) <= plan.stall_over_bytes:
                return None
            plan.stall_times -= 1
            self.counts["stall"] += 1
        return "stall"

    def _apply(self, fault: str, client: socket.socket, request: bytes) -> int:
        """Serve one request with ``fault``; returns the bytes sent back to the client."""
        if fault == "stall":
            time.sleep(self.plan.stall_seconds)
            return 0
        if fault == "drop_request":
            return 0
        if fault == "cut_request":
            with socket.create_connection(self.upstream, timeout=30) as sock:
                sock.sendall(request[: max(1, len(request) // 2)])
            return 0
        if fault == "server_error":
            body = b'{"code":"unavailable","message":"injected fault"}'
            return self._send(
                client,
                b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                + f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode()
                + body,
            )
        if fault == "delay":
            time.sleep(self.plan.delay_seconds)
        if fault == "duplicate":
            _exchange(self.upstream, request)
        response = _exchange(self.upstream, request)
        if fault == "drop_response":
            return 0
        if fault == "truncate_response":
            response = response[: max(1, len(response) // 2)]
        if fault == "cut_headers":
            status_line, first_header = response.split(b"\r\n", 2)[:2]
            response = status_line + b"\r\n" + first_header + b"\r\n"
        return self._send(client, response)

    def _send(self, client: socket.socket, data: bytes) -> int:
        with self._lock:
            self.bytes_to_client += len(data)
        rate = self.plan.bytes_per_second
        if not rate:
            client.sendall(data)
            return len(data)
        chunk = 512
        for start in range(0, len(data), chunk):
            client.sendall(data[start : start + chunk])
            time.sleep(chunk / rate)
        return len(data)


def _parts(request: bytes) -> tuple[str, str, bytes]:
    """Method, path and body of a whole request."""
    head, body = request.split(b"\r\n\r\n", 1)
    method, target = head.split(b"\r\n", 1)[0].split(b" ")[:2]
    return method.decode(), target.decode().split("?", 1)[0], body


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
