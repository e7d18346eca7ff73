"""What every request passes before a route sees it: a body size limit, and text PostgreSQL can store."""

from __future__ import annotations

import email.message
import json
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from shared.errors import error_response

F = TypeVar("F", bound=Callable[..., Any])
# Deeper JSON than any of our schemas allows is refused before the parsers recurse into it.
MAX_DEPTH = 64
# What a multipart body carries besides its file (boundaries, part headers, small fields).
MULTIPART_OVERHEAD = 64 * 1024
NUL_MSG = "NUL characters are not allowed"
SURROGATE_MSG = "lone UTF-16 surrogates are not allowed"


def body_limit(setting: str, *, overhead: int = 0) -> Callable[[F], F]:
    """Give an upload route the body limit held by a service setting (plus multipart overhead).

    Such a route streams its body (a file, a multipart form): it is counted, not buffered for JSON checks.
    """

    def mark(endpoint: F) -> F:
        endpoint.__body_limit__ = (setting, overhead)  # type: ignore[attr-defined]
        return endpoint

    return mark


def too_large(limit: int) -> list[dict[str, Any]]:
    """The detail of a 413, naming the limit."""
    return [
        {"loc": ["body"], "msg": f"the request body is larger than {limit} bytes", "type": "too_large",
         "ctx": {"limit": limit}}
    ]  # fmt: skip


class BodyRefused(HTTPException):
    """Raised from `receive`: the body is over its route's limit (413) or JSON we cannot store (422)."""

    def __init__(self, status: int, detail: list[dict[str, Any]]) -> None:
        super().__init__(status, detail=detail)  # type: ignore[arg-type]
        self.items = detail


def is_json(content_type: str | None) -> bool:
    """Whether FastAPI parses this body as JSON: application/json or application/*+json, any case."""
    if not content_type:
        return False
    message = email.message.Message()
    message["content-type"] = content_type
    subtype = message.get_content_subtype()
    return message.get_content_maintype() == "application" and (subtype == "json" or subtype.endswith("+json"))


def json_problem(body: bytes) -> tuple[list[str | int], str, str] | None:
    """Why a JSON body cannot reach a route (NUL, lone surrogate, too deep), with the field path; else None."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return ["body"], "the body is not valid UTF-8", "json_invalid"
    has_nul = "\x00" in text
    if not (has_nul or "\\u" in text or text.count("[") + text.count("{") > MAX_DEPTH):
        return None
    try:
        value = json.loads(text)
    except RecursionError:
        return ["body"], f"JSON nested deeper than {MAX_DEPTH} levels", "json_too_deep"
    except ValueError:
        # Malformed JSON is FastAPI's to report, with its position; a raw NUL is ours.
        return (["body"], NUL_MSG, "nul_char") if has_nul else None
    return _walk(value)


def _text_problem(value: str) -> tuple[str, str] | None:
    if "\x00" in value:
        return NUL_MSG, "nul_char"
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return SURROGATE_MSG, "invalid_unicode"
    return None


def _walk(root: Any) -> tuple[list[str | int], str, str] | None:
    stack: list[tuple[Any, list[str | int]]] = [(root, ["body"])]
    while stack:
        value, path = stack.pop()
        if len(path) > MAX_DEPTH:
            return path[: MAX_DEPTH + 1], f"JSON nested deeper than {MAX_DEPTH} levels", "json_too_deep"
        if isinstance(value, str):
            if problem := _text_problem(value):
                return path, *problem
        elif isinstance(value, dict):
            for key, item in value.items():
                if problem := _text_problem(key):
                    return [*path, key.encode("utf-8", "replace").decode()], *problem
                stack.append((item, [*path, key]))
        elif isinstance(value, list):
            stack.extend((item, [*path, i]) for i, item in enumerate(value))
    return None


class RequestGuardMiddleware:
    """Refuses NUL in query strings, over-limit bodies (413) and JSON PostgreSQL cannot store (422).

    The body is checked when the route first reads it: by then the router has put the route's endpoint
    in the scope, so each route's own limit applies, and a route that never reads its body costs nothing.
    """

    def __init__(self, app: ASGIApp, *, settings: Any) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").lower()
        if b"%00" in query or b"\x00" in query:
            detail = [{"loc": ["query"], "msg": NUL_MSG, "type": "nul_char"}]
            await error_response(422, "nul_char", detail)(scope, receive, send)
            return
        guard, started = _Guard(scope, receive, self.settings), False

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, guard.receive, watched)
        except BodyRefused as exc:
            if started:
                raise
            await error_response(exc.status_code, exc.items[0]["type"], exc.items)(scope, receive, send)


class _Guard:
    """The `receive` a route reads its body through."""

    def __init__(self, scope: Scope, receive: Receive, settings: Any) -> None:
        self.scope, self._receive, self.settings = scope, receive, settings
        self.limit: int | None = None
        self.size = 0
        self.buffered: Message | None = None

    def limit_of(self) -> tuple[int, bool]:
        """The body limit of the route this request was routed to, and whether it streams its body."""
        spec = getattr(self.scope.get("endpoint"), "__body_limit__", None)
        if spec is not None:
            return int(getattr(self.settings, spec[0])) + int(spec[1]), True
        return int(self.settings.request_body_max_bytes), False

    async def receive(self) -> Message:
        if self.limit is None:
            self.limit, streamed = self.limit_of()
            headers = Headers(scope=self.scope)
            length = headers.get("content-length")
            if length is not None and length.isdigit() and int(length) > self.limit:
                raise BodyRefused(413, too_large(self.limit))
            if not streamed and is_json(headers.get("content-type")):
                self.buffered = await self._read_json()
        if self.buffered is not None:
            message, self.buffered = self.buffered, None
            return message
        message = await self._receive()
        self.size += len(message.get("body", b""))
        if self.size > self.limit:
            raise BodyRefused(413, too_large(self.limit))
        return message

    async def _read_json(self) -> Message:
        assert self.limit is not None
        chunks, more = [], True
        while more:
            message = await self._receive()
            if message["type"] != "http.request":
                return message  # the client went away
            chunks.append(message.get("body", b""))
            self.size += len(chunks[-1])
            if self.size > self.limit:
                raise BodyRefused(413, too_large(self.limit))
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if problem := json_problem(body):
            loc, msg, kind = problem
            raise BodyRefused(422, [{"loc": loc, "msg": msg, "type": kind}])
        return {"type": "http.request", "body": body, "more_body": False}
