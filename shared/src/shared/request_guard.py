"""What every request passes before a route sees it: a body size limit, and text PostgreSQL can store."""

from __future__ import annotations

import email.message
import json
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.routing import Match, Router
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
    """Give a route the body limit held by a service setting (plus multipart overhead) instead of the default."""

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


class BodyTooLarge(HTTPException):
    """Raised from `receive` once a streamed body passes its route's limit."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, detail=too_large(limit))  # type: ignore[arg-type]
        self.limit = limit


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
    """Refuses NUL in query strings, over-limit bodies (413) and JSON PostgreSQL cannot store (422)."""

    def __init__(self, app: ASGIApp, *, router: Router, settings: Any) -> None:
        self.app = app
        self.router = router
        self.settings = settings

    def limit_of(self, scope: Scope) -> int:
        """The body limit of the route this request goes to."""
        for route in self.router.routes:
            if route.matches(scope)[0] is Match.FULL:
                spec = getattr(getattr(route, "endpoint", None), "__body_limit__", None)
                if spec is not None:
                    return int(getattr(self.settings, spec[0])) + int(spec[1])
                break
        return int(self.settings.request_body_max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        query = scope.get("query_string", b"").lower()
        if b"%00" in query or b"\x00" in query:
            detail = [{"loc": ["query"], "msg": NUL_MSG, "type": "nul_char"}]
            await _refuse(scope, receive, send, 422, "nul_char", detail)
            return
        headers = Headers(scope=scope)
        length = headers.get("content-length")
        if "transfer-encoding" not in headers and length in (None, "0"):
            await self.app(scope, receive, send)
            return
        limit = self.limit_of(scope)
        if length is not None and length.isdigit() and int(length) > limit:
            await _refuse(scope, receive, send, 413, "too_large", too_large(limit))
            return
        if is_json(headers.get("content-type")):
            await self._json(scope, receive, send, limit)
        else:
            await self._streamed(scope, receive, send, limit)

    async def _json(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > limit:
                await _refuse(scope, receive, send, 413, "too_large", too_large(limit))
                return
            more = message.get("more_body", False)
        body = b"".join(chunks)
        if problem := json_problem(body):
            loc, msg, kind = problem
            await _refuse(scope, receive, send, 422, kind, [{"loc": loc, "msg": msg, "type": kind}])
            return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _streamed(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        size, started = 0, False

        async def counted() -> Message:
            nonlocal size
            message = await receive()
            size += len(message.get("body", b""))
            if size > limit:
                raise BodyTooLarge(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge as exc:
            if started:
                raise
            await _refuse(scope, receive, send, 413, "too_large", too_large(exc.limit))


async def _refuse(scope: Scope, receive: Receive, send: Send, status: int, code: str, detail: list[Any]) -> None:
    await error_response(status, code, detail)(scope, receive, send)
