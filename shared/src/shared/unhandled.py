"""An unhandled exception becomes a plain 500 with the error body, and the connection stays open.

Starlette's ServerErrorMiddleware answers 500 but then re-raises, and uvicorn closes the connection of a
request whose app raised. A gateway that keeps connections to the service alive then sends its next request
down a closed connection, answers 502 and marks the upstream failed. Catching here, inside the outer
middlewares, logs the error once and leaves uvicorn a request that completed normally.
"""

from __future__ import annotations

import json

from fastapi import APIRouter
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.logs import get_logger

log = get_logger(__name__)

INTERNAL_ERROR = {
    "status": 500,
    "code": "internal",
    "detail": [{"loc": [], "msg": "internal error (logged with the request id)", "type": "internal"}],
}


class UnhandledErrorMiddleware:
    """Answer 500 with the error body when the app raises before it started a response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracking_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracking_send)
        except Exception:
            if started:
                raise  # half a response went out: only closing the connection tells the client
            log.exception("unhandled error", method=scope.get("method"), path=scope.get("path"))
            body = json.dumps(INTERNAL_ERROR).encode()
            headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
            await send({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": body})


class InducedFault(RuntimeError):
    """Raised on purpose by the fault route, so tests can watch what one unhandled error does."""


def fault_router() -> APIRouter:
    """`POST /_faults/500` raises an unhandled exception; mounted only when the setting enables it."""
    router = APIRouter(include_in_schema=False)

    @router.post("/_faults/500")
    async def fail() -> None:
        raise InducedFault("induced by POST /_faults/500")

    return router
