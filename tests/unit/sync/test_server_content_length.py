"""The server's answers always carry Content-Length, even one streamed in pieces."""

import asyncio

from starlette.responses import JSONResponse, StreamingResponse

from sync.server.core.content_length import ContentLengthMiddleware


def _serve(app) -> list[dict]:  # type: ignore[no-untyped-def]
    sent: list[dict] = []
    requests = [{"type": "http.request", "body": b"", "more_body": False}]

    async def receive() -> dict:
        if requests:
            return requests.pop()
        await asyncio.Event().wait()  # the client stays connected until the answer is out
        raise AssertionError("unreachable")

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "GET", "path": "/", "headers": [], "query_string": b""}
    asyncio.run(ContentLengthMiddleware(app)(scope, receive, send))
    return sent


def _headers(start: dict) -> dict[bytes, bytes]:
    return {name.lower(): value for name, value in start["headers"]}


def test_a_streamed_answer_is_gathered_and_gets_its_length():
    async def pieces():
        for piece in (b'{"records":', b"[1,2,3]", b"}"):
            yield piece

    start, body = _serve(StreamingResponse(pieces(), media_type="application/json"))
    assert _headers(start)[b"content-length"] == b"19"
    assert body == {"type": "http.response.body", "body": b'{"records":[1,2,3]}'}


def test_an_answer_with_its_length_passes_unchanged():
    sent = _serve(JSONResponse({"ok": True}))
    assert [message["type"] for message in sent] == ["http.response.start", "http.response.body"]
    assert _headers(sent[0])[b"content-length"] == b"11"
    assert list(_headers(sent[0])).count(b"content-length") == 1
