"""Keyset page cursors: opaque to clients, and a tampered one is a 422 on `cursor`, never a 5xx.

The one codec of every list: `pack` writes values as URL-safe base64 of a JSON array, `unpack` reads
them back or refuses the cursor. `encode_cursor`/`decode_cursor` are contacts' search cursors (a sort
name, its value and the id); `shared.openapi` pages lists by the columns of their order with the same codec.
"""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import Any, NoReturn

from shared.errors import DomainError

MAX_TEXT = 1000


def _plain(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    return str(value) if isinstance(value, uuid.UUID) else value


def pack(values: Sequence[Any]) -> str:
    """An opaque cursor holding `values` (dates and UUIDs as their ISO and text forms)."""
    return base64.urlsafe_b64encode(json.dumps([_plain(v) for v in values]).encode()).decode()


def refuse() -> NoReturn:
    """A cursor that is not one of ours: 422 naming the `cursor` query parameter."""
    raise DomainError("malformed cursor", loc=["query", "cursor"]) from None


def unpack(cursor: str) -> list[Any]:
    """The values of a cursor made by `pack`; anything else is refused."""
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8"))
    except (ValueError, TypeError, binascii.Error, RecursionError):
        refuse()
    if not isinstance(values, list):
        refuse()
    return values


def encode_cursor(kind: str, value: Any, ident: uuid.UUID) -> str:
    """The cursor after the row whose sort value and id are given; `kind` names the sort it belongs to."""
    return pack([kind, value, ident])


def decode_cursor(cursor: str, kind: str, value_type: type[datetime] | type[str]) -> tuple[Any, uuid.UUID]:
    """The (sort value, id) of a cursor of this sort; the value is an aware datetime or a text (or null)."""
    try:
        cursor_kind, value, ident = unpack(cursor)
        if cursor_kind != kind or not isinstance(ident, str):
            raise ValueError("cursor of another sort")
        return _value(value, value_type), uuid.UUID(ident)
    except (ValueError, TypeError):
        refuse()


def _value(value: Any, value_type: type[datetime] | type[str]) -> Any:
    if value_type is datetime:
        if not isinstance(value, str):
            raise TypeError("not a date")
        moment = datetime.fromisoformat(value)
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > MAX_TEXT or "\x00" in value:
        raise TypeError("not a text")
    value.encode("utf-8")  # a lone surrogate raises UnicodeEncodeError, a ValueError
    return value
