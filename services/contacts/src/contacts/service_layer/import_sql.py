"""The batch statements of import chunks: one JSON parameter per chunk, so each statement is compiled once.

Creating is set-based: one statement inserts the chunk's customers, writes their timeline entries and
their `CustomerCreated` envelopes to the outbox (one row per shard, a line per event), and returns only
(row, id, inserted). Building a million envelopes in Python cost more than the inserts themselves. The
SQL envelopes and headers are built from the contract models (shared.messaging.sql_envelope);
tests/integration/test_import_sql.py checks them field by field against `Customer.snapshot()`, and the
relayed messages against those `UnitOfWork.publish` gives for the same customers.
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
from shared.messaging import sql_envelope

# A multi-row VALUES insert is recompiled for every chunk (thousands of bind parameters): far slower than
# the row work itself. jsonb_to_recordset takes the whole chunk as one parameter.
_RECORD = (
    "jsonb_to_recordset(CAST(:rows AS jsonb)) AS v(row_no int, shard int, id uuid, facility_id uuid,"
    " first_name text, last_name text, email text, phone text, phone_raw text, phone_digits text, company text,"
    " language text, tags text[], birthday date, created_by text, updated_by text, notes text, address jsonb,"
    " stage_id uuid, source_id uuid, customer_type_ids uuid[], given text[])"
)
_COLUMNS = (
    "id, facility_id, first_name, last_name, email, phone, phone_raw, phone_digits, company, language, tags,"
    " birthday, created_by, updated_by, notes, address, stage_id, source_id, customer_type_ids"
)
_VALUES = _COLUMNS.replace("address,", "NULLIF(jsonb_strip_nulls(address), '{}'::jsonb),").replace(
    "customer_type_ids", "coalesce(customer_type_ids, '{}')"
)
_CONFLICT = "ON CONFLICT (facility_id, email) WHERE email IS NOT NULL AND deleted_at IS NULL"
# json_build_object, not jsonb: the envelope is only ever text, and skipping jsonb's binary form saves
# a tenth of the statement. The objects' fields are the contracts' (shared.messaging.sql_envelope).
_SNAPSHOT = {
    "customer_id": "e.id",
    "first_name": "e.first_name",
    "last_name": "e.last_name",
    "company": "e.company",
    "email": "e.email",
    "phone": "e.phone",
    "language": "e.language",
    "marketing_opt_out": "e.marketing_opt_out",
    "status": "e.status",
    "stage": "e.stage_id::text",
    "customer_types": "to_jsonb(e.customer_type_ids::text[])",
    "tags": "to_jsonb(e.tags)",
}
_ENVELOPE = {
    "occurred_at": "e.created_at",
    "facility_id": "e.facility_id",
    "aggregate_id": "e.id",
    "aggregate_version": "e.version",
    "correlation_id": "CAST(:correlation_id AS text)",
    "causation_id": "CAST(:causation_id AS text)",
}
# One outbox row per shard holds the shard's events, a line each (shared.messaging.relay.messages): a
# chunk writes at most 16 outbox rows instead of one per customer, which was a quarter of its cost.
_BATCH = {"source": "e", "key": "e.id", "shard": "e.shard", "order": "e.row_no"}
_CREATED = sql_envelope.batch_rows(
    "o",
    topic=":topic",
    event=CustomerCreated,
    payload={"customer": _SNAPSHOT},
    event_id="e.event_id",
    **_BATCH,
    **_ENVELOPE,
)
# The state each created customer leaves on the compacted topic (shared.contracts.snapshots.CustomerState).
_STATE = sql_envelope.batch_rows(
    "so",
    topic=":state_topic",
    event=CustomerState,
    payload={"customer_id": "e.id", "customer": _SNAPSHOT, "deleted": "false"},
    event_id="e.state_id",
    **_BATCH,
    **_ENVELOPE,
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
    c AS (INSERT INTO customers ({_COLUMNS}) SELECT {_VALUES} FROM v {_CONFLICT} {upsert_or_nothing}
          RETURNING {_RETURNED}, (xmax = 0) AS inserted),
    e AS (SELECT c.*, v.row_no, v.shard, gen_random_uuid() AS event_id,
          gen_random_uuid() AS state_id FROM c JOIN v ON v.id = c.id WHERE c.inserted),
    {_CREATED},
    {_STATE},
    t AS (INSERT INTO timeline (facility_id, customer_id, kind, actor, summary, data)
          SELECT e.facility_id, e.id, 'imported', CAST(:actor AS text), 'Created by import',
          jsonb_build_object('job_id', CAST(:job_id AS text), 'row_no', e.row_no) FROM e)
    SELECT v.row_no, c.id, c.inserted FROM c JOIN v ON v.email::citext = c.email
    """


# Each column an update may set, with the importer field that sets it: a row changes only the fields it gives.
_SETTABLE = {
    "first_name": "first_name",
    "last_name": "last_name",
    "company": "company",
    "phone": "phone",
    "phone_raw": "phone",
    "phone_digits": "phone",
    "language": "language",
    "tags": "tags",
    "birthday": "birthday",
    "notes": "notes",
    "stage_id": "stage",
    "source_id": "source",
    "customer_type_ids": "customer_types",
}
_NEW = {
    column: f"CASE WHEN '{field}' = ANY(v.given) THEN v.{column} ELSE c.{column} END"
    for column, field in _SETTABLE.items()
}
_NEW["tags"] = "CASE WHEN 'tags' = ANY(v.given) THEN coalesce(v.tags, '{}') ELSE c.tags END"
_NEW["customer_type_ids"] = (
    "CASE WHEN 'customer_types' = ANY(v.given) THEN coalesce(v.customer_type_ids, '{}') ELSE c.customer_type_ids END"
)
# The address parts a row gives are merged into the stored address; a part set to null is removed.
_NEW["address"] = (
    "CASE WHEN v.address IS NULL THEN c.address"
    " ELSE NULLIF(jsonb_strip_nulls(coalesce(c.address, '{}'::jsonb) || v.address), '{}'::jsonb) END"
)
CREATE = text(_writing("DO NOTHING"))
# Only rows whose values change are written (and counted as updated); an unchanged row is skipped.
UPDATE = text(
    f"UPDATE customers c SET {', '.join(f'{col} = {expr}' for col, expr in _NEW.items())},"
    " version = c.version + 1, updated_at = now(), updated_by = v.updated_by"
    f" FROM {_RECORD}"
    " WHERE c.facility_id = v.facility_id AND c.email = v.email::citext AND c.deleted_at IS NULL"
    f" AND ROW({', '.join(f'c.{col}' for col in _NEW)}) IS DISTINCT FROM ROW({', '.join(_NEW.values())})"
    " RETURNING v.row_no, c.id, false AS inserted"
)
_LIVE = text(
    "SELECT lower(email) FROM customers WHERE facility_id = CAST(:facility_id AS uuid)"
    " AND email = ANY(CAST(:emails AS citext[])) AND deleted_at IS NULL"
)
Written = list[tuple[int, uuid.UUID, bool]]


def changed_columns(fields: list[str]) -> tuple[str, ...]:
    """The customer columns the importer fields set."""
    columns = [column for column, field in _SETTABLE.items() if field in fields]
    if any(f.startswith("address_") or f in ("postal_code", "city", "country") for f in fields):
        columns.append("address")
    return tuple(columns)


async def write(
    uow: UnitOfWork, mode: str, rows: list[dict[str, Any]], *, job_id: uuid.UUID, actor: str
) -> tuple[Written, set[int]]:
    """Apply the rows; (row number, customer id, inserted) for every row created or updated, and the unchanged rows.

    Created customers already have their `CustomerCreated` in the outbox and their timeline entry;
    updated ones are left to the caller, which reads them back with `updated_rows`. An upsert updates
    the existing customers first (only the fields each row gives), then creates the others.
    """
    written: Written = []
    unchanged: set[int] = set()
    if mode in ("update", "upsert"):
        result = await uow.session.execute(UPDATE, {"rows": _payload(rows)})
        written = [(r.row_no, r.id, False) for r in result]
        done = {row_no for row_no, _, _ in written}
        rest = [r for r in rows if r["row_no"] not in done]
        live = await _live(uow, rest)
        unchanged = {r["row_no"] for r in rest if r["email"].lower() in live}
        rows = [r for r in rest if r["row_no"] not in unchanged] if mode == "upsert" else []
    if rows:
        params = {
            "rows": _payload(rows),
            "topic": uow.topic_of(CustomerCreated),
            "state_topic": uow.topic_of(CustomerState),
            "correlation_id": context.current_correlation_id(),
            "causation_id": context.current_causation_id(),
            "actor": actor,
            "job_id": str(job_id),
        }
        result = await uow.session.execute(CREATE, params)
        written.extend((r.row_no, r.id, bool(r.inserted)) for r in result)
    return written, unchanged


async def _live(uow: UnitOfWork, rows: list[dict[str, Any]]) -> set[str]:
    if not rows:
        return set()
    emails = [r["email"] for r in rows]
    result = await uow.session.execute(_LIVE, {"facility_id": str(rows[0]["facility_id"]), "emails": emails})
    return {email for (email,) in result}


def _payload(rows: list[dict[str, Any]]) -> str:
    return json.dumps([{k: _jsonable(v) for k, v in r.items()} for r in rows])


async def updated_rows(uow: UnitOfWork, ids: list[uuid.UUID]) -> list[Any]:
    """The full records of updated customers (to build their CustomerUpdated in Python)."""
    result = await uow.session.execute(customers.select().where(customers.c.id.in_(ids)))
    return list(result.mappings())


def _jsonable(value: Any) -> Any:
    return str(value) if isinstance(value, uuid.UUID | date) else value
