"""What every service's OpenAPI document shares: documented error responses, list pages and keyset cursors."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Annotated, Any, Generic, TypeVar

from fastapi import Body, Depends, Query
from pydantic import BaseModel, create_model
from sqlalchemy import ARRAY, JSON, Column, ColumnElement, Select, Table, and_, literal, or_
from sqlalchemy.ext.asyncio import AsyncSession

from shared import cursor as cursor_codec
from shared.errors import ErrorBody

T = TypeVar("T")

DESCRIPTIONS = {
    400: "The X-Facility-ID header is missing (token with several facilities) or not a UUID",
    401: "No valid credentials",
    403: "Not allowed: another facility, or a role that may not write",
    404: "Not found in the active facility",
    409: "Conflicts with the current state (stale version, duplicate, a business rule)",
    413: "The upload is too large",
    422: "Invalid input; `detail` names each field",
    429: "Too many requests; retry after the Retry-After header",
}
# Every staff operation can answer these: credentials, facility choice, and input validation.
STAFF = (400, 401, 403, 422)


def errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The `responses=` of a route: each status documented with the one error body."""
    return {code: {"model": ErrorBody, "description": DESCRIPTIONS[code]} for code in sorted(set(codes))}


def staff_errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The errors of a staff operation (token, facility, validation) plus the route's own."""
    return errors(*STAFF, *codes)


def example(value: Any, summary: str = "a typical request") -> Any:
    """`Body(...)` of a route's JSON body with its example (`body: Annotated[Model, example({...})]`)."""
    return Body(openapi_examples={"typical": {"summary": summary, "value": value}})


def raw_body(media_type: str, value: Any, schema: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """`openapi_extra` documenting a body the route reads itself (a file, a signed webhook), with its example."""
    shown = dict(schema) if schema else {"type": "string", "format": "binary"}
    return {"requestBody": {"required": True, "content": {media_type: {"schema": shown, "example": value}}}}


def binary_response(media_type: str, description: str) -> dict[int | str, dict[str, Any]]:
    """A 200 that is a file, not JSON."""
    schema = {"type": "string"} if media_type.startswith("text/") else {"type": "string", "format": "binary"}
    return {200: {"description": description, "content": {media_type: {"schema": schema}}}}


def _python_type(column: Column[Any]) -> Any:
    if isinstance(column.type, JSON):
        return Any  # a JSON column may hold an object or a list
    if isinstance(column.type, ARRAY):
        return list[column.type.item_type.python_type]  # type: ignore[name-defined]
    return column.type.python_type


def row_model(name: str, table: Table, doc: str, *, only: Sequence[str] | None = None, **extra: Any) -> type[BaseModel]:
    """A response model with one field per column of `table` (the routes answer its rows), plus `extra` fields."""
    fields: dict[str, Any] = {}
    for column in table.columns:
        if only is None or column.name in only:
            kind = _python_type(column)
            fields[column.name] = (kind | None, None) if column.nullable else (kind, ...)
    model: type[BaseModel] = create_model(name, __doc__=doc, **fields, **extra)
    return model


class Page(BaseModel, Generic[T]):
    """One page of a list, in a stable order, and the cursor of the next (null on the last page)."""

    items: list[T]
    next_cursor: str | None = None


@dataclass(frozen=True)
class PageRequest:
    """How many items, and after which one (a `next_cursor` from the previous page)."""

    limit: int
    cursor: str | None


async def paging(
    limit: Annotated[int, Query(ge=1, le=500, description="items per page")] = 50,
    cursor: Annotated[str | None, Query(max_length=1000, description="`next_cursor` of the previous page")] = None,
) -> PageRequest:
    """The `limit` and `cursor` query parameters every list takes."""
    return PageRequest(limit=limit, cursor=cursor)


Paging = Annotated[PageRequest, Depends(paging)]
# A column of the sort order and whether it descends; the last one must be unique (the id) for a stable order.
Order = Sequence[tuple[Column[Any], bool]]


def encode_cursor(values: Sequence[Any]) -> str:
    """An opaque cursor holding the sort values of the last item of a page."""
    return cursor_codec.pack(values)


def _parse(column: Column[Any], value: Any) -> Any:
    kind = column.type.python_type
    if value is None or isinstance(value, kind):
        return value
    if kind is datetime:
        return datetime.fromisoformat(value)
    if kind is date:
        return date.fromisoformat(value)
    return kind(value)


def decode_cursor(cursor: str, order: Order) -> list[Any]:
    """The sort values in a cursor; a cursor that is not one of this list's gets 422 naming `cursor`."""
    values = cursor_codec.unpack(cursor)
    try:
        if len(values) != len(order):
            raise ValueError("cursor of another list")
        return [_parse(column, value) for (column, _), value in zip(order, values, strict=True)]
    except (ValueError, TypeError, AttributeError, NotImplementedError):
        cursor_codec.refuse()


def after(order: Order, values: Sequence[Any]) -> ColumnElement[bool]:
    """Rows strictly after `values` in `order` (each column ascending or descending)."""
    clauses = []
    # Bound as typed literals: SQLAlchemy refuses `<` against a bare True or False.
    bound = [literal(value, column.type) for (column, _), value in zip(order, values, strict=True)]
    for i, (column, descending) in enumerate(order):
        equal = [col == bound[j] for j, (col, _) in enumerate(order[:i])]
        clauses.append(and_(*equal, column < bound[i] if descending else column > bound[i]))
    return or_(*clauses)


def paged(query: Select[Any], order: Order, page: PageRequest) -> Select[Any]:
    """The query restricted to one page (plus one row, which tells whether there is a next page)."""
    if page.cursor:
        query = query.where(after(order, decode_cursor(page.cursor, order)))
    return query.order_by(*(c.desc() if d else c.asc() for c, d in order)).limit(page.limit + 1)


async def fetch_page(
    session: AsyncSession,
    query: Select[Any],
    order: Order,
    page: PageRequest,
    convert: Callable[[Any], T] = dict,  # type: ignore[assignment]
) -> tuple[list[T], str | None]:
    """One page of `query` in `order`, converted row by row, and the cursor of the next page."""
    rows = (await session.execute(paged(query, order, page))).mappings().all()
    more = len(rows) > page.limit
    rows = rows[: page.limit]
    cursor = encode_cursor([rows[-1][column.key] for column, _ in order]) if more else None
    return [convert(r) for r in rows], cursor


def position(page: PageRequest) -> int:
    """Where a page of a computed list starts (0 without a cursor)."""
    if not page.cursor:
        return 0
    values = cursor_codec.unpack(page.cursor)
    if len(values) != 1 or not isinstance(values[0], int) or values[0] < 0:
        cursor_codec.refuse()
    start: int = values[0]
    return start


def slice_page(items: Sequence[T], page: PageRequest, start: int | None = None) -> tuple[list[T], str | None]:
    """One page of a list computed whole (duplicates): the cursor is a position in its stable order.

    `items` starts at `start` when given (the caller fetched from there), else at the list's beginning.
    """
    first = position(page)
    offset = first if start is None else first - start
    end = first + page.limit
    more = len(items) > offset + page.limit
    return list(items[offset : offset + page.limit]), encode_cursor([end]) if more else None
