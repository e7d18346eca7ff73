"""Domain errors and how they become 4xx bodies shaped like FastAPI's own validation errors."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel


class ErrorItem(BaseModel):
    """One problem: where it is (`loc`), what it is (`msg`) and its machine-readable `type`."""

    loc: list[str | int]
    msg: str
    type: str


class ErrorBody(BaseModel):
    """The one error body of every service: HTTP status, a machine-readable code and the problems."""

    status: int
    code: str
    detail: list[ErrorItem]


class DomainError(Exception):
    """A refused request: status, a machine-readable type, and the field it concerns."""

    status_code = 422
    error_type = "invalid"

    def __init__(self, msg: str, *, field: str | None = None, loc: list[str] | None = None, **ctx: Any) -> None:
        super().__init__(msg)
        self.msg = msg
        self.loc = loc or (["body", field] if field else ["body"])
        self.ctx = ctx

    def detail(self) -> list[dict[str, Any]]:
        """The `detail` list of the response body."""
        item: dict[str, Any] = {"loc": self.loc, "msg": self.msg, "type": self.error_type}
        if self.ctx:
            item["ctx"] = self.ctx
        return [item]


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


def install_error_handlers(app: FastAPI) -> None:
    """Map DomainError to its status with a `detail` list."""

    async def handle(_: Request, exc: Exception) -> JSONResponse:
        assert isinstance(exc, DomainError)
        return JSONResponse({"detail": exc.detail()}, status_code=exc.status_code)

    app.add_exception_handler(DomainError, handle)


def reject_nulls(changes: dict[str, Any], required: tuple[str, ...]) -> None:
    """A PATCH may omit a required field but not set it to null: 422 naming the field."""
    for name in required:
        if name in changes and changes[name] is None:
            raise DomainError(f"{name} cannot be empty", field=name)
