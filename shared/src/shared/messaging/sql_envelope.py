"""Event envelopes, payloads and outbox headers built in SQL, from the same models and header list as Python.

Bulk writers (contacts' import) write their events with the rows in one statement: building a million
envelopes in Python cost more than the inserts. The SQL is built here, once at import, from the pydantic
models: each JSON object has exactly the model's fields, in its order, so a field added to a contract
without its SQL fails at import instead of sending an envelope the contract does not describe; the
headers are `HEADER_FIELDS`, the list `shared.db.outbox_row` uses. The caller gives only the SQL value
of each field. services/contacts/tests/integration/test_import_sql.py checks that the relayed messages
equal those of `UnitOfWork.publish`.

The rows are batch rows of the relay's `lines` format (shared.messaging.relay.messages): one row per
shard, a line "<key>\\t<event id>\\t<envelope JSON>" per event, the other headers on the row.
"""

from __future__ import annotations

import types
from collections.abc import Mapping
from typing import Any, Union, get_args, get_origin

from pydantic import BaseModel

from shared.contracts.envelope import Envelope, Event
from shared.messaging.schema import BATCH_HEADER, CONTENT_TYPE, HEADER_FIELDS

SQL = str
Fields = Mapping[str, Any]
"""Field name -> its SQL value, or (a nested model's field) the Fields of that model."""

LINE_FIELD = "event_id"
"""The header each line of a `lines` batch row carries itself; the row carries the others."""


def literal(value: str) -> SQL:
    """A SQL string literal."""
    return "'" + value.replace("'", "''") + "'"


def json_object(model: type[BaseModel], fields: Fields) -> SQL:
    """`json_build_object(...)` of every field of `model`, in its order, each from its SQL value."""
    names = list(model.model_fields)
    missing, unknown = [n for n in names if n not in fields], [n for n in fields if n not in names]
    if missing or unknown:
        raise ValueError(f"{model.__name__}: no SQL for {missing}; not fields of it: {unknown}")
    parts = []
    for name in names:
        value = fields[name]
        if isinstance(value, Mapping):
            value = json_object(_model_of(model, name), value)
        parts.append(f"{literal(name)}, {value}")
    return f"json_build_object({', '.join(parts)})"


def _model_of(model: type[BaseModel], name: str) -> type[BaseModel]:
    """The model a field holds (`X` or `X | None`)."""
    annotation = model.model_fields[name].annotation
    candidates = get_args(annotation) if get_origin(annotation) in (Union, types.UnionType) else (annotation,)
    for candidate in candidates:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            return candidate
    raise ValueError(f"{model.__name__}.{name} holds no model: give its SQL value")


def envelope(event: type[Event], payload: Fields, **fields: SQL) -> SQL:
    """The JSON of an `Envelope` of `event`: its type and version from the contract, the payload of its model.

    `fields` are the SQL values of the other envelope fields (event_id, occurred_at, facility_id, ...).
    """
    values: dict[str, Any] = {
        **fields,
        "type": literal(event.type),
        "version": str(event.version),
        "payload": json_object(event, payload),
    }
    return json_object(Envelope, values)


def header_values(event: type[Event], **fields: SQL) -> dict[str, SQL]:
    """The SQL text of each of `HEADER_FIELDS` for an event of `event`, given the envelope fields' SQL values."""
    known = {"type": literal(event.type), "version": literal(str(event.version)), "content-type": literal(CONTENT_TYPE)}
    return {name: known.get(name) or f"CAST({fields[name]} AS text)" for name in HEADER_FIELDS}


def batch_headers(event: type[Event], **fields: SQL) -> SQL:
    """The jsonb headers of a `lines` batch row of `event`s: every header but the lines' own."""
    values = {BATCH_HEADER: literal("lines"), **header_values(event, **fields)}
    del values[LINE_FIELD]
    return f"jsonb_build_object({', '.join(f'{literal(k)}, {v}' for k, v in values.items())})"


def batch_rows(
    name: str,
    *,
    source: str,
    topic: SQL,
    key: SQL,
    shard: SQL,
    order: SQL,
    event: type[Event],
    payload: Fields,
    **fields: SQL,
) -> SQL:
    """A CTE `name` inserting one outbox batch row per shard of `source`'s rows, an `event` line each.

    `key` and `shard` are each source row's message key and its `shard_of(key)`; `order`, the lines' order
    within a shard; `fields` the envelope fields' SQL values (`event_id` among them), over `source`.
    """
    body = envelope(event, payload, **fields)
    line = f"({key})::text || E'\\t' || ({fields[LINE_FIELD]})::text || E'\\t' || ({body})::text"
    return (
        f"{name} AS (INSERT INTO outbox (event_id, topic, key, shard, value, headers)"
        f" SELECT gen_random_uuid(), CAST({topic} AS text), min(({key})::text), {shard},"
        f" convert_to(string_agg({line}, E'\\n' ORDER BY {order}), 'UTF8'),"
        f" {batch_headers(event, **fields)} FROM {source} GROUP BY {shard})"
    )


__all__ = ["HEADER_FIELDS", "batch_headers", "batch_rows", "envelope", "header_values", "json_object", "literal"]
