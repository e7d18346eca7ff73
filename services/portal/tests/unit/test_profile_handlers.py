"""The portal's profile handlers with in-memory fakes of its read model and of the access revocation."""

from __future__ import annotations

import uuid
from types import SimpleNamespace
from typing import Any

import pytest

from portal.service_layer import from_contacts
from shared.contracts.contacts import CustomerSnapshot, CustomerUpdated
from shared.contracts.envelope import Envelope
from shared.readmodels import is_newer

FACILITY, CUSTOMER = uuid.uuid4(), uuid.uuid4()


class Fakes:
    """Profiles kept in a dict (strictly newer versions win); revocations and writes are listed."""

    def __init__(self) -> None:
        self.versions: dict[uuid.UUID, int] = {}
        self.revoked: list[str] = []
        self.writes: list[Any] = []

    async def upsert_if_newer(self, uow: Any, table: Any, values: dict[str, Any], order: str, **_: Any) -> bool:
        key = values.get("customer_id")
        if not is_newer(self.versions.get(key), values[order]):
            return False
        self.versions[key] = values[order]
        return True

    async def revoke(self, uow: Any, *conditions: Any, deactivate: bool = True, reason: str) -> None:
        self.revoked.append(reason)

    async def execute(self, statement: Any) -> None:
        self.writes.append(statement)


@pytest.fixture
def fakes(monkeypatch: pytest.MonkeyPatch) -> Fakes:
    fake = Fakes()
    monkeypatch.setattr(from_contacts, "upsert_if_newer", fake.upsert_if_newer)
    monkeypatch.setattr(from_contacts, "revoke", fake.revoke)
    return fake


async def update(fakes: Fakes, version: int, changed: tuple[str, ...], email: str | None = "a@x.org") -> None:
    snapshot = CustomerSnapshot(customer_id=CUSTOMER, first_name="Ann", last_name="Lee", email=email)
    event = CustomerUpdated(customer=snapshot, changed_fields=changed)
    env = Envelope.wrap(
        event, facility_id=FACILITY, aggregate_id=CUSTOMER, correlation_id="c", aggregate_version=version
    )
    await from_contacts.on_customer_updated(SimpleNamespace(session=fakes), env, event)  # type: ignore[arg-type]


async def test_a_portal_access_change_ends_the_customers_sessions(fakes: Fakes):
    await update(fakes, 2, ("portal_access",))
    assert fakes.revoked == ["portal access changed", "email changed"]
    assert len(fakes.writes) == 1, "accounts under another email take the new one"


async def test_an_older_or_repeated_update_ends_nothing(fakes: Fakes):
    await update(fakes, 3, ("first_name",))
    fakes.revoked.clear()
    await update(fakes, 3, ("portal_access",))
    await update(fakes, 2, ("portal_access",))
    assert fakes.revoked == []


async def test_no_email_means_no_access(fakes: Fakes):
    await update(fakes, 2, ("email",), email=None)
    assert fakes.revoked == ["email changed"] and fakes.writes == []
