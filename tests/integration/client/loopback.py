"""Tiny HTTP servers of our own on loopback: a scripted fake sync server (hostile answers) and a
forwarding proxy in front of the real server that can lose answers (a link dropping mid-sync)."""

from __future__ import annotations

import json
import ssl
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import requests

Answer = tuple[int, bytes] | tuple[int, bytes, dict[str, str]]
"""Status and body, and optionally more headers (the server's signature)."""
FORWARDED_HEADERS = ("content-type", "content-encoding")


def json_answer(status: int, body: Any) -> Answer:
    return status, json.dumps(body).encode()


class _Handler(BaseHTTPRequestHandler):
    server: _LoopbackServer

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def _handle(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        self.server.seen.append(self.path)
        answer = self.server.respond(self.command, self.path, dict(self.headers), body)
        if answer is None:  # drop the connection without an answer
            self.close_connection = True
            return
        status, content, *more = answer
        self.send_response(status)
        for name, value in (more[0] if more else {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, format: str, *args: Any) -> None:
        return


class _LoopbackServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, respond: Callable[[str, str, dict[str, str], bytes], Answer | None]):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.respond = respond
        self.seen: list[str] = []


@contextmanager
def serving(
    respond: Callable[[str, str, dict[str, str], bytes], Answer | None],
    *,
    tls: tuple[Path, Path] | None = None,
) -> Iterator[_LoopbackServer]:
    server = _LoopbackServer(respond)
    scheme = "http"
    if tls:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(str(tls[0]), str(tls[1]))
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    server.url = f"{scheme}://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


class LossyProxy:
    """Forwards to ``upstream``. ``lose(path, times, after)`` lets ``after`` requests to ``path``
    through, then forwards the next ``times`` but drops their answers (the server acted, the
    device never heard). ``before(path, action)`` runs ``action`` once before forwarding a
    request to ``path`` (to stop the server at that moment). An unreachable upstream is a
    dropped connection."""

    def __init__(self, upstream: str) -> None:
        self.upstream = upstream
        self.down = False
        self._lose: dict[str, tuple[int, int]] = {}
        self._before: dict[str, Callable[[], None]] = {}
        self._lock = threading.Lock()

    def lose(self, path: str, times: int = 1, after: int = 0) -> None:
        with self._lock:
            self._lose[path] = (after, times)

    def before(self, path: str, action: Callable[[], None]) -> None:
        self._before[path] = action

    def respond(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> Answer | None:
        if self.down:
            return None
        if action := self._before.pop(path, None):
            action()
        forwarded = {k: v for k, v in headers.items() if k.lower().startswith("x-")}
        forwarded |= {k: v for k, v in headers.items() if k.lower() in FORWARDED_HEADERS}
        try:
            answer = requests.request(
                method, self.upstream + path, data=body, headers=forwarded, timeout=30
            )
        except requests.ConnectionError:
            return None
        with self._lock:
            after, times = self._lose.get(path, (0, 0))
            if after > 0:
                self._lose[path] = (after - 1, times)
            elif times > 0:
                self._lose[path] = (0, times - 1)
                return None
        signed = {k: v for k, v in answer.headers.items() if k.lower() == "x-server-signature"}
        return answer.status_code, answer.content, signed
