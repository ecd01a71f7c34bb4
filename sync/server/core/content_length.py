"""Every answer carries ``Content-Length``.

A client whose answer was cut inside its headers sees a status and no body; with a length on every
answer it can tell "cut off" (no length arrived) from "empty" and retry instead of giving up (see
``sync.client.transport``). Starlette's responses set the header already; this pure ASGI
middleware makes it a guarantee for any response that would go out without one (a streamed
answer, say) by gathering its body first. Answers here are bounded (a pull page, a push result).
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send


class ContentLengthMiddleware:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: Message | None = None
        body: list[bytes] = []

        async def send_with_length(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                if any(name.lower() == b"content-length" for name, _ in message["headers"]):
                    await send(message)
                else:
                    start = message
                return
            if start is None or message["type"] != "http.response.body":
                await send(message)
                return
            body.append(message.get("body", b""))
            if message.get("more_body", False):
                return
            content = b"".join(body)
            headers = [*start["headers"], (b"content-length", str(len(content)).encode())]
            await send({**start, "headers": headers})
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, send_with_length)
