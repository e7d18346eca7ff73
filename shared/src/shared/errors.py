"""Domain errors and the one error body every 4xx of every service answers with."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

# The code of an HTTPException raised with a plain string detail (Starlette's 404/405, FastAPI's 400).
STATUS_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    429: "rate_limited",
}
# Where a plain-string HTTPException is about: the route (404), the method (405), else the body.
STATUS_LOCS: dict[int, list[str | int]] = {404: ["path"], 405: ["method"], 406: ["header", "accept"]}
PARSE_ERROR = "There was an error parsing the body"


class ErrorItem(BaseModel):
    """One reason of a refusal: the field path, a message, a machine-readable type, and its context."""

    loc: list[str | int] = Field(description="Field path, e.g. ['body', 'email'] or ['query', 'cursor']")
    msg: str
    type: str
    ctx: dict[str, Any] | None = None


class ErrorBody(BaseModel):
    """The body of every 4xx answer: its status, a machine-readable code and one item per reason."""

    status: int
    code: str
    detail: list[ErrorItem]


class _AsciiJSON(JSONResponse):
    """JSON escaped to ASCII: an error answer can always be encoded, whatever the input echoed in it."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, separators=(",", ":")).encode()


def _plain(value: Any) -> Any:
    return value if value is None or isinstance(value, str | int | float | bool) else str(value)


def error_response(
    status: int, code: str, detail: list[dict[str, Any]], headers: dict[str, str] | None = None
) -> Response:
    """The JSON answer of a refused request, shaped by ErrorBody."""
    items = []
    for d in detail:
        item: dict[str, Any] = {"loc": list(d.get("loc") or []), "msg": str(d.get("msg", "")), "type": d["type"]}
        if d.get("ctx"):
            item["ctx"] = {str(k): _plain(v) for k, v in d["ctx"].items()}
        items.append(ErrorItem(**item))
    body = ErrorBody(status=status, code=code, detail=items)
    return _AsciiJSON(body.model_dump(exclude_none=True), status_code=status, headers=headers)


class DomainError(Exception):
    """A refused request: status, a machine-readable type, and the field it concerns."""

    status_code = 422
    error_type = "invalid"

    def __init__(
        self, msg: str, *, field: str | None = None, loc: Sequence[str | int] | None = None, **ctx: Any
    ) -> None:
        super().__init__(msg)
        self.msg = msg
        self.loc: list[str | int] = list(loc) if loc else (["body", field] if field else ["body"])
        self.ctx = ctx

    def detail(self) -> list[dict[str, Any]]:
        """The `detail` list of the response body."""
        item: dict[str, Any] = {"loc": self.loc, "msg": self.msg, "type": self.error_type}
        if self.ctx:
            item["ctx"] = self.ctx
        return [item]

    def response(self) -> Response:
        """This refusal as the error body."""
        return error_response(self.status_code, self.error_type, self.detail())


class NotFound(DomainError):
    """The record does not exist in this facility (another facility's records are not found either)."""

    status_code = 404
    error_type = "not_found"


class Conflict(DomainError):
    """The request conflicts with the current state (duplicate, stale version, guard)."""

    status_code = 409
    error_type = "conflict"


class Refused(DomainError):
    """A business rule refuses the request; several reasons may be listed."""

    status_code = 409
    error_type = "refused"

    def __init__(self, msg: str, reasons: list[dict[str, Any]]) -> None:
        super().__init__(msg)
        self.reasons = reasons

    def detail(self) -> list[dict[str, Any]]:
        """One item per reason."""
        return [{"loc": ["body"], "msg": r.get("msg", self.msg), "type": r["type"]} for r in self.reasons]


def http_error_response(exc: StarletteHTTPException) -> Response:
    """An HTTPException (ours with a detail list, or Starlette's and FastAPI's with a string) as the error body."""
    if exc.status_code in (204, 304):
        return Response(status_code=exc.status_code, headers=exc.headers)
    headers = dict(exc.headers) if exc.headers else None
    if isinstance(exc.detail, list) and exc.detail and all(isinstance(d, dict) for d in exc.detail):
        return error_response(exc.status_code, exc.detail[0]["type"], exc.detail, headers)
    loc: list[str | int]
    if exc.detail == PARSE_ERROR:
        code, loc = "body_unparsable", ["body"]
    else:
        code = STATUS_CODES.get(exc.status_code, f"http_{exc.status_code}")
        loc = STATUS_LOCS.get(exc.status_code, ["body"] if exc.status_code in (400, 413) else [])
    return error_response(exc.status_code, code, [{"loc": loc, "msg": str(exc.detail), "type": code}], headers)


def validation_error_response(exc: RequestValidationError) -> Response:
    """FastAPI's validation errors (parse errors included) as the error body, without echoing the input."""
    detail = list(exc.errors())
    code = "json_invalid" if any(d.get("type") == "json_invalid" for d in detail) else "validation_error"
    return error_response(422, code, detail)


def install_error_handlers(app: FastAPI) -> None:
    """Every refusal (domain, HTTP, validation) answers the one error body."""

    async def domain(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, DomainError)
        return exc.response()

    async def http(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return http_error_response(exc)

    async def validation(_: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        return validation_error_response(exc)

    app.add_exception_handler(DomainError, domain)
    app.add_exception_handler(StarletteHTTPException, http)
    app.add_exception_handler(RequestValidationError, validation)


def reject_nulls(changes: dict[str, Any], required: tuple[str, ...]) -> None:
    """A PATCH may omit a required field but not set it to null: 422 naming the field."""
    for name in required:
        if name in changes and changes[name] is None:
            raise DomainError(f"{name} cannot be empty", field=name)
