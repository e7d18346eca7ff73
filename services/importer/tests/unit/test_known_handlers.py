"""The known-emails handlers against an in-memory buffering unit of work (no database until the commit)."""

from __future__ import annotations

import uuid
from typing import Any

from importer.adapters.uow import BufferingUnitOfWork
from importer.service_layer import known
from shared.contracts.contacts import CustomerDeleted, CustomerMerged, CustomerSnapshot, CustomerUpdated
from shared.contracts.envelope import Envelope

FACILITY = uuid.uuid4()


class FakeUow(BufferingUnitOfWork):
    """Only the buffers: statements reaching the session are listed, never run."""

    def __init__(self) -> None:
        self._buffers = {}
        self.statements: list[Any] = []
        self.session = self  # type: ignore[assignment]

    async def execute(self, statement: Any) -> None:
        self.statements.append(statement)


async def apply(uow: FakeUow, handler: Any, event: Any, customer_id: uuid.UUID, version: int | None) -> None:
    env = Envelope.wrap(
        event, facility_id=FACILITY, aggregate_id=customer_id, correlation_id="c", aggregate_version=version
    )
    await handler(uow, env, event)


def updated(customer_id: uuid.UUID, email: str) -> CustomerUpdated:
    snapshot = CustomerSnapshot(customer_id=customer_id, first_name="Ann", last_name="Lee", email=email)
    return CustomerUpdated(customer=snapshot)


async def test_within_a_batch_the_newest_version_of_each_customer_is_kept():
    uow, ann, bo = FakeUow(), uuid.uuid4(), uuid.uuid4()
    await apply(uow, known.on_customer_snapshot, updated(ann, "new@x.org"), ann, 3)
    await apply(uow, known.on_customer_snapshot, updated(ann, "old@x.org"), ann, 2)
    await apply(uow, known.on_customer_snapshot, updated(bo, "bo@x.org"), bo, 1)
    await apply(uow, known.on_customer_gone, CustomerDeleted(customer_id=bo), bo, 2)
    pending = uow.buffer("known_emails", known._flush)
    assert {k: (r["email"], r["version"]) for k, r in pending.items()} == {ann: ("new@x.org", 3), bo: (None, 2)}
    assert pending[ann]["snapshot"]["first_name"] == "Ann"
    assert uow.statements == [], "nothing is written before the commit"


async def test_a_merged_customer_frees_its_email_in_the_batch_and_in_the_table():
    uow, survivor, merged = FakeUow(), uuid.uuid4(), uuid.uuid4()
    await apply(uow, known.on_customer_snapshot, updated(merged, "m@x.org"), merged, 1)
    await apply(uow, known.on_customer_merged, CustomerMerged(survivor_id=survivor, merged_id=merged), survivor, None)
    assert uow.buffer("known_emails", known._flush)[merged]["email"] is None
    assert len(uow.statements) == 1
