"""Billing's customer accounts from contacts events, with an in-memory read model (no database)."""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

import pytest

from billing.service_layer import accounts
from shared.contracts.contacts import CustomerAnonymized, CustomerDeleted, CustomerSnapshot, CustomerUpdated
from shared.contracts.envelope import Envelope
from shared.readmodels import is_newer

FACILITY, CUSTOMER = uuid.uuid4(), uuid.uuid4()


class FakeAccounts:
    """The accounts table as a dict, written under the same 'strictly newer wins' rule."""

    def __init__(self) -> None:
        self.rows: dict[uuid.UUID, dict[str, Any]] = {}

    async def upsert_if_newer(self, uow: Any, table: Any, row: dict[str, Any], order: str, **_: Any) -> bool:
        held = self.rows.get(row["customer_id"])
        if held is not None and not is_newer(held[order], row[order]):
            return False
        self.rows[row["customer_id"]] = {**(held or {}), **row}
        return True


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> FakeAccounts:
    fake = FakeAccounts()
    monkeypatch.setattr(accounts, "upsert_if_newer", fake.upsert_if_newer)
    return fake


async def apply(event: Any, version: int) -> None:
    env = Envelope.wrap(
        event, facility_id=FACILITY, aggregate_id=CUSTOMER, correlation_id="c", aggregate_version=version
    )
    await accounts.on_customer_event(SimpleNamespace(session=None), env, event)  # type: ignore[arg-type]


def updated(first: str, email: str | None) -> CustomerUpdated:
    snapshot = CustomerSnapshot(customer_id=CUSTOMER, first_name=first, last_name="Lee", email=email)
    return CustomerUpdated(customer=snapshot)


async def test_the_account_follows_the_customer_and_an_older_event_changes_nothing(table: FakeAccounts):
    await apply(updated("Ann", "a@x.org"), 2)
    await apply(CustomerDeleted(customer_id=CUSTOMER), 3)
    await apply(updated("Old", "old@x.org"), 2)  # late and older: ignored
    assert table.rows[CUSTOMER] == {
        "customer_id": CUSTOMER,
        "facility_id": FACILITY,
        "customer_version": 3,
        "name": "Ann Lee",
        "email": "a@x.org",
        "deleted": True,
    }


async def test_anonymised_erases_name_and_email(table: FakeAccounts):
    await apply(updated("Ann", "a@x.org"), 2)
    await apply(CustomerAnonymized(customer_id=CUSTOMER), 3)
    assert (table.rows[CUSTOMER]["name"], table.rows[CUSTOMER]["email"]) == ("", None)
