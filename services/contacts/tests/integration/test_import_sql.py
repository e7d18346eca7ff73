"""The CustomerCreated envelopes that import chunks build in SQL are the contract, field for field."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest
from sqlalchemy import select

from contacts.adapters.orm import customers, timeline
from contacts.domain.customer import Customer
from contacts.service_layer.import_chunks import apply_chunk
from shared import context
from shared.contracts.contacts import CustomerCreated
from shared.contracts.envelope import Envelope
from shared.contracts.importer import ImportChunkValidatedV2, ImportRowV2
from shared.contracts.registry import registry
from shared.db import UnitOfWork, make_engine, make_sessionmaker, outbox_row
from shared.messaging.relay import messages
from shared.messaging.schema import outbox, shard_of

pytestmark = pytest.mark.integration


async def _import(sessionmaker, facility: uuid.UUID, job: uuid.UUID, rows, correlation_id: str):
    """Apply a create chunk of `rows` under namespace "ns."; the chunk's envelope and the customers by id."""
    chunk = ImportChunkValidatedV2(job_id=job, chunk_no=0, mode="create", rows=rows, requested_by="owner@x")
    incoming = Envelope.wrap(chunk, facility_id=facility, aggregate_id=job, correlation_id=correlation_id)
    context.bind(incoming.correlation_id, str(incoming.event_id))
    async with UnitOfWork(sessionmaker, "ns.") as uow:
        await apply_chunk(uow, incoming, chunk)
        await uow.commit()
    async with UnitOfWork(sessionmaker) as uow:
        records = await uow.session.execute(select(customers).where(customers.c.facility_id == facility))
        return incoming, {r["id"]: r for r in records.mappings()}


async def test_sql_built_customer_created_matches_the_python_contract(contacts_db):
    facility, job = uuid.uuid4(), uuid.uuid4()
    rows = (
        ImportRowV2(
            row_no=2,
            first_name="Léa",
            last_name="O'Brien\tde\nla",
            email="Lea@SQL.example",
            phone="+33612345678",
            phone_national="06 12 34 56 78",
            phone_raw="06 12 34 56 78",
            company='Garage "Nord"',
            language="en",
            tags=("vip", "winter"),
            birthday=dt.date(1980, 12, 31),
        ),
        ImportRowV2(row_no=3, first_name="Ann", last_name="Plain", email="ann@sql.example"),
    )
    engine = make_engine(contacts_db, 2)
    try:
        sessionmaker = make_sessionmaker(engine)
        incoming, by_id = await _import(sessionmaker, facility, job, rows, "corr-sql-1")
        async with UnitOfWork(sessionmaker) as uow:
            sent = await uow.session.execute(select(outbox).where(outbox.c.topic == "ns.contacts.customers"))
            outbox_rows = [r for r in sent if r.headers["type"] == "CustomerCreated"]
            entries = await uow.session.execute(select(timeline).where(timeline.c.facility_id == facility))
            timeline_rows = list(entries.mappings())
    finally:
        await engine.dispose()

    # The chunk's events are lines of one outbox row per shard; the relay sends a message per line.
    created = [(row, *message) for row in outbox_rows for message in messages(row)]
    assert len(by_id) == 2 and len(created) == 2
    assert len(outbox_rows) == len({shard_of(str(i)) for i in by_id})
    for row, key, value, headers in created:
        wire = json.loads(value)
        envelope = Envelope.model_validate_json(value)
        event = registry.parse(envelope)
        record = by_id[envelope.aggregate_id]
        customer = Customer.from_row(record)
        assert isinstance(event, CustomerCreated)
        assert event.customer == customer.snapshot()
        assert envelope.occurred_at == record["created_at"]
        expected = Envelope.wrap(
            CustomerCreated(customer=customer.snapshot()),
            facility_id=facility,
            aggregate_id=customer.id,
            aggregate_version=1,
            correlation_id="corr-sql-1",
            causation_id=str(incoming.event_id),
        )
        # Every field of the Python envelope, with the same JSON value (ids and times compared as parsed).
        python_wire = expected.model_dump(mode="json")
        assert set(wire) == set(python_wire)
        assert set(wire["payload"]["customer"]) == set(python_wire["payload"]["customer"])
        assert (
            envelope.model_copy(update={"event_id": expected.event_id, "occurred_at": expected.occurred_at}) == expected
        )
        assert key == str(customer.id).encode() and row.shard == shard_of(str(customer.id))
        python_row = outbox_row("ns.contacts.customers", envelope)
        assert dict(headers) == {k: v.encode() for k, v in python_row["headers"].items()}  # type: ignore[union-attr]
    assert sorted((t["kind"], t["summary"], t["data"]["row_no"]) for t in timeline_rows) == [
        ("imported", "Created by import", 2),
        ("imported", "Created by import", 3),
    ]


def _relayed(outbox_rows, ids) -> dict[tuple[str, str, uuid.UUID], tuple[bytes, dict, dict]]:
    """(topic, type, customer id) -> the key, headers and JSON of each message the relay sends of these customers."""
    sent = {}
    for row in outbox_rows:
        for key, value, headers in messages(row):
            wire = json.loads(value)
            if uuid.UUID(wire["aggregate_id"]) in ids:
                assert len(dict(headers)) == len(headers)  # no header twice
                sent[(row.topic, wire["type"], uuid.UUID(wire["aggregate_id"]))] = (key, dict(headers), wire)
    return sent


def _but_ids_and_times(key: bytes, headers: dict, wire: dict) -> tuple[bytes, dict, dict]:
    """The message without what differs by nature: its event id (each its own) and time (the row's, or now)."""
    assert headers["event_id"] == wire["event_id"].encode()
    assert dt.datetime.fromisoformat(wire["occurred_at"]).tzinfo is not None
    return key, {**headers, "event_id": None}, {**wire, "event_id": None, "occurred_at": None}


async def test_the_import_statement_and_unit_of_work_publish_relay_the_same_messages(contacts_db):
    """The same customers, created by an import chunk and published one by one, give the same messages."""
    facility, job = uuid.uuid4(), uuid.uuid4()
    rows = (
        ImportRowV2(row_no=2, first_name="Zoé", last_name="D'Arc\t", email="zoe@same.example", tags=('a"b',)),
        ImportRowV2(row_no=3, first_name="Max", last_name="Null", email="max@same.example", language="en"),
    )
    engine = make_engine(contacts_db, 2)
    try:
        sessionmaker = make_sessionmaker(engine)
        _, by_id = await _import(sessionmaker, facility, job, rows, "corr-same-1")
        async with UnitOfWork(sessionmaker) as uow:
            imported_rows = list(await uow.session.execute(select(outbox)))
        async with UnitOfWork(sessionmaker, "ns.") as uow:
            for record in by_id.values():
                customer = Customer.from_row(record)
                uow.publish(
                    CustomerCreated(customer=customer.snapshot()),
                    facility_id=facility,
                    aggregate_id=customer.id,
                    aggregate_version=record["version"],
                )
            await uow.commit()
        async with UnitOfWork(sessionmaker) as uow:
            after = max(r.id for r in imported_rows)
            published_rows = list(await uow.session.execute(select(outbox).where(outbox.c.id > after)))
    finally:
        await engine.dispose()
    imported, published = _relayed(imported_rows, set(by_id)), _relayed(published_rows, set(by_id))
    kinds = (("ns.contacts.customers", "CustomerCreated"), ("ns.contacts.customer-snapshots", "CustomerState"))
    assert set(imported) == set(published) == {(topic, kind, i) for i in by_id for topic, kind in kinds}
    assert all(len(row.headers) > 1 for row in published_rows)  # one row per event: not a batch row
    for name, message in imported.items():
        assert _but_ids_and_times(*message) == _but_ids_and_times(*published[name]), name
