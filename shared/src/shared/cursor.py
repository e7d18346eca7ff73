"""Keyset page cursors: opaque to clients, and a tampered one is a 422 on `cursor`, never a 5xx."""

from __future__ import annotations

import base64
import binascii
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from shared.errors import DomainError

MAX_TEXT = 1000


def encode_cursor(kind: str, value: Any, ident: uuid.UUID) -> str:
    """The cursor after the row whose sort value and id are given; `kind` names the sort it belongs to."""
    raw = json.dumps([kind, value.isoformat() if isinstance(value, datetime) else value, str(ident)])
    return base64.urlsafe_b64encode(raw.encode()).decode()


def decode_cursor(cursor: str, kind: str, value_type: type[datetime] | type[str]) -> tuple[Any, uuid.UUID]:
    """The (sort value, id) of a cursor of this sort; the value is an aware datetime or a text (or null)."""
    try:
        cursor_kind, value, ident = json.loads(base64.urlsafe_b64decode(cursor.encode("ascii")).decode("utf-8"))
        if cursor_kind != kind or not isinstance(ident, str):
            raise ValueError("cursor of another sort")
        return _value(value, value_type), uuid.UUID(ident)
    except (ValueError, TypeError, binascii.Error, RecursionError):
        raise DomainError("malformed cursor", loc=["query", "cursor"]) from None


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
