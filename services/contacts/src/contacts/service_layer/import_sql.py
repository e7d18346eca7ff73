"""The batch statements of import chunks: one JSON parameter per chunk, so each statement is compiled once.

Creating is set-based: one statement inserts the chunk's customers, writes their timeline entries and
their `CustomerCreated` envelopes to the outbox (one row per shard, a line per event), and returns only
(row, id, inserted). Building a million envelopes in Python cost more than the inserts themselves. The
SQL envelope is the contract `CustomerCreated` v1 exactly; tests/integration/test_import_sql.py checks
it field by field against `Customer.snapshot()`.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from typing import Any

from sqlalchemy import text

from contacts.adapters.orm import customers
from shared import context
from shared.contracts.contacts import CustomerCreated
from shared.contracts.snapshots import CustomerState
from shared.db import UnitOfWork
from shared.messaging.schema import BATCH_HEADER

# A multi-row VALUES insert is recompiled for every chunk (thousands of bind parameters): far slower than
# the row work itself. jsonb_to_recordset takes the whole chunk as one parameter.
_RECORD = (
    "jsonb_to_recordset(CAST(:rows AS jsonb)) AS v(row_no int, shard int, id uuid, facility_id uuid,"
    " first_name text, last_name text, email text, phone text, phone_raw text, phone_digits text, company text,"
    " language text, tags text[], birthday date, created_by text, updated_by text)"
)
_COLUMNS = (
    "id, facility_id, first_name, last_name, email, phone, phone_raw, phone_digits, company, language, tags,"
    " birthday, created_by, updated_by"
)
_CONFLICT = "ON CONFLICT (facility_id, email) WHERE email IS NOT NULL AND deleted_at IS NULL"
_UPSERT_SET = (
    "first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, phone = EXCLUDED.phone,"
    " phone_raw = EXCLUDED.phone_raw, phone_digits = EXCLUDED.phone_digits, company = EXCLUDED.company,"
    " language = EXCLUDED.language, tags = EXCLUDED.tags, birthday = EXCLUDED.birthday,"
    " version = customers.version + 1, updated_at = now(), updated_by = EXCLUDED.updated_by"
)
# json_build_object, not jsonb: the envelope is only ever text, and skipping jsonb's binary form saves
# a tenth of the statement.
_SNAPSHOT = (
    "json_build_object('customer_id', e.id, 'first_name', e.first_name, 'last_name', e.last_name,"
    " 'company', e.company, 'email', e.email, 'phone', e.phone, 'language', e.language,"
    " 'marketing_opt_out', e.marketing_opt_out, 'status', e.status, 'stage', e.stage_id::text,"
    " 'customer_types', to_jsonb(e.customer_type_ids::text[]), 'tags', to_jsonb(e.tags))"
)


def _envelope(event_id: str, event_type: str, payload: str) -> str:
    return (
        f"json_build_object('event_id', {event_id}, 'type', '{event_type}', 'version', 1, 'occurred_at', e.created_at,"
        " 'facility_id', e.facility_id, 'aggregate_id', e.id, 'aggregate_version', e.version,"
        " 'correlation_id', CAST(:correlation_id AS text), 'causation_id', CAST(:causation_id AS text),"
        f" 'payload', {payload})"
    )


_ENVELOPE = _envelope("e.event_id", "CustomerCreated", f"json_build_object('customer', {_SNAPSHOT})")
# The state each created customer leaves on the compacted topic (shared.contracts.snapshots.CustomerState v1).
_STATE = _envelope(
    "e.state_id", "CustomerState", f"json_build_object('customer_id', e.id, 'customer', {_SNAPSHOT}, 'deleted', false)"
)

# One outbox row per shard holds the shard's events, a line each (shared.messaging.relay.messages): a
# chunk writes at most 16 outbox rows instead of one per customer, which was a quarter of its cost.


def _headers(event_type: str) -> str:
    return (
        f"jsonb_build_object('type', '{event_type}', 'version', '1', '{BATCH_HEADER}', 'lines',"
        " 'correlation_id', CAST(:correlation_id AS text), 'content-type', 'application/json')"
    )


def _outbox(name: str, topic: str, event_id: str, envelope: str, event_type: str) -> str:
    """A CTE writing one batch row per shard of the created customers' events, a line each."""
    return (
        f"{name} AS (INSERT INTO outbox (event_id, topic, key, shard, value, headers)"
        f" SELECT gen_random_uuid(), CAST({topic} AS text), min(e.id::text), e.shard,"
        f" convert_to(string_agg(e.id::text || E'\\t' || {event_id}::text || E'\\t' || {envelope}::text, E'\\n'"
        f" ORDER BY e.row_no), 'UTF8'), {_headers(event_type)} FROM e GROUP BY e.shard)"
    )


# What the envelope and the timeline need of each written customer.
_RETURNED = ", ".join(
    f"customers.{c}"
    for c in (
        "id facility_id first_name last_name company email phone language marketing_opt_out status stage_id"
        " customer_type_ids tags created_at version"
    ).split()
)


def _writing(upsert_or_nothing: str) -> str:
    """The statement: write customers, then the created ones' events and timeline entries, in one round trip."""
    return f"""
    WITH v AS MATERIALIZED (SELECT * FROM {_RECORD}),
    c AS (INSERT INTO customers ({_COLUMNS}) SELECT {_COLUMNS} FROM v {_CONFLICT} {upsert_or_nothing}
          RETURNING {_RETURNED}, (xmax = 0) AS inserted),
    e AS (SELECT c.*, v.row_no, v.shard, gen_random_uuid() AS event_id,
          gen_random_uuid() AS state_id FROM c JOIN v ON v.id = c.id WHERE c.inserted),
    {_outbox("o", ":topic", "e.event_id", _ENVELOPE, "CustomerCreated")},
    {_outbox("so", ":state_topic", "e.state_id", _STATE, "CustomerState")},
    t AS (INSERT INTO timeline (facility_id, customer_id, kind, actor, summary, data)
          SELECT e.facility_id, e.id, 'imported', CAST(:actor AS text), 'Created by import',
          jsonb_build_object('job_id', CAST(:job_id AS text), 'row_no', e.row_no) FROM e)
    SELECT v.row_no, c.id, c.inserted FROM c JOIN v ON v.email::citext = c.email
    """


CREATE = text(_writing("DO NOTHING"))
UPSERT = text(_writing(f"DO UPDATE SET {_UPSERT_SET}"))
UPDATE = text(
    "UPDATE customers c SET first_name = v.first_name, last_name = v.last_name, company = v.company,"
    " phone = v.phone, phone_raw = v.phone_raw, phone_digits = v.phone_digits, language = v.language,"
    " tags = v.tags, birthday = v.birthday, version = c.version + 1, updated_at = now(),"
    f" updated_by = v.updated_by FROM {_RECORD}"
    " WHERE c.facility_id = v.facility_id AND c.email = v.email::citext AND c.deleted_at IS NULL"
    " RETURNING v.row_no, c.id, false AS inserted"
)
_STATEMENTS = {"create": CREATE, "upsert": UPSERT, "update": UPDATE}


async def write(
    uow: UnitOfWork, mode: str, rows: list[dict[str, Any]], *, job_id: uuid.UUID, actor: str
) -> list[tuple[int, uuid.UUID, bool]]:
    """Apply the rows in one statement; (row number, customer id, inserted) for every row created or updated.

    Created customers already have their `CustomerCreated` in the outbox and their timeline entry;
    updated ones are left to the caller, which reads them back with `updated_rows`.
    """
    payload = json.dumps([{k: _jsonable(v) for k, v in r.items()} for r in rows])
    params = {
        "rows": payload,
        "topic": uow.topic_of(CustomerCreated),
        "state_topic": uow.topic_of(CustomerState),
        "correlation_id": context.current_correlation_id(),
        "causation_id": context.current_causation_id(),
        "actor": actor,
        "job_id": str(job_id),
    }
    if mode == "update":
        params = {"rows": payload}
    result = await uow.session.execute(_STATEMENTS[mode], params)
    return [(r.row_no, r.id, bool(r.inserted)) for r in result]


async def updated_rows(uow: UnitOfWork, ids: list[uuid.UUID]) -> list[Any]:
    """The full records of updated customers (to build their CustomerUpdated in Python)."""
    result = await uow.session.execute(customers.select().where(customers.c.id.in_(ids)))
    return list(result.mappings())


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID | date) else value
