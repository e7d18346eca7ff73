"""Status, delete and restore commands with an in-memory repository and billing facts (no database)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import pytest

from contacts.domain.change import Change
from contacts.domain.customer import Customer
from contacts.service_layer import lifecycle
from shared.auth import Principal
from shared.contracts.contacts import CustomerDeleted, CustomerRestored, CustomerUpdated
from shared.errors import Conflict, NotFound, Refused

FACILITY = uuid.uuid4()
STAFF = Principal(sub="u1", role="owner", facilities=frozenset({FACILITY}), facility_id=FACILITY)


class Store:
    """Customers and open billing facts in dicts; what a save would publish and record is listed."""

    def __init__(self) -> None:
        self.customers: dict[uuid.UUID, Customer] = {}
        self.facts: dict[uuid.UUID, dict[str, list[str]]] = {}
        self.published: list[Any] = []
        self.entries: list[str] = []
        self.committed = 0
        self.session = None  # the fakes stand for everything the commands read or write

    def repository(self, session: Any, facility_id: uuid.UUID) -> Any:
        store = self

        class Repo:
            async def get(self, customer_id: uuid.UUID, *, for_update: bool = False) -> Customer | None:
                c = store.customers.get(customer_id)
                return c if c and c.facility_id == facility_id and c.deleted_at is None else None

            async def get_deleted(self, customer_id: uuid.UUID) -> Customer | None:
                c = store.customers.get(customer_id)
                return c if c and c.facility_id == facility_id and c.deleted_at is not None else None

            async def save(self, uow: Any, change: Change) -> Customer:
                store.customers[change.customer.id] = change.customer
                store.published.append((change.event, change.customer.version))
                store.entries.append(change.entry.kind)
                return change.customer

        return Repo()

    async def open_facts(self, uow: Any, customer_id: uuid.UUID) -> dict[str, list[str]]:
        return self.facts.get(customer_id, {})

    async def __aenter__(self) -> Store:
        return self

    async def __aexit__(self, *exc: Any) -> None:
        return None

    async def commit(self) -> None:
        self.committed += 1


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> Store:
    fake = Store()
    for name, stand_in in {"CustomerRepository": fake.repository, "open_facts": fake.open_facts}.items():
        monkeypatch.setattr(lifecycle, name, stand_in)
    return fake


def add(store: Store, **kw: Any) -> Customer:
    c = Customer(id=uuid.uuid4(), facility_id=FACILITY, first_name="Ann", last_name="Lee", **kw)
    store.customers[c.id] = c
    return c


async def test_staff_set_a_status_unless_the_customer_rents(store: Store):
    ann, bo = add(store), add(store, status="active")
    store.facts[bo.id] = {"rental": ["R1"]}
    updated = await lifecycle.set_status(store, STAFF, ann.id, "inactive")  # type: ignore[arg-type]
    assert updated.status == "inactive" and updated.version == 2 and store.committed == 1
    assert isinstance(store.published[0][0], CustomerUpdated) and store.entries == ["status_changed"]
    with pytest.raises(Conflict):
        await lifecycle.set_status(store, STAFF, bo.id, "lead")  # type: ignore[arg-type]
    assert store.customers[bo.id].status == "active"


async def test_a_delete_is_refused_while_an_invoice_is_unpaid_then_restored(store: Store):
    ann = add(store)
    store.facts[ann.id] = {"invoice": ["F-1"]}
    with pytest.raises(Refused):
        await lifecycle.delete_customer(store, STAFF, ann.id)  # type: ignore[arg-type]
    store.facts[ann.id] = {}
    await lifecycle.delete_customer(store, STAFF, ann.id)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        await lifecycle.set_status(store, STAFF, ann.id, "lead")  # type: ignore[arg-type]
    restored = await lifecycle.restore_customer(store, STAFF, ann.id)  # type: ignore[arg-type]
    assert restored.deleted_at is None and restored.version == 3
    assert [type(e) for e, _ in store.published] == [CustomerDeleted, CustomerRestored]
    assert [v for _, v in store.published] == [2, 3]


async def test_another_facilitys_customer_is_not_found(store: Store):
    other = replace(add(store), facility_id=uuid.uuid4(), deleted_at=datetime.now(UTC))
    store.customers[other.id] = other
    with pytest.raises(NotFound):
        await lifecycle.restore_customer(store, STAFF, other.id)  # type: ignore[arg-type]
