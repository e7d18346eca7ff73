"""Fixtures of the billing tests: a migrated database, the app, and customers billing knows about."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import date
from typing import Any

import pytest

from billing.bootstrap import create_app
from billing.config import Settings
from crm_dev.testing import eventually, publish, running_app
from shared.contracts.contacts import CustomerCreated, CustomerSnapshot

WEBHOOK_SECRET = "whsec_test_billing"


@pytest.fixture(scope="session")
async def billing_db() -> AsyncIterator[str]:
    """A migrated billing database for this run."""
    from billing.entrypoints.cli import MIGRATIONS
    from crm_dev.testing import drop_database, migrated_database

    url = await migrated_database("billing", MIGRATIONS)
    yield url
    await drop_database(url)


@pytest.fixture
def billing_settings(billing_db: str, settings_for: Callable[..., Any]) -> Settings:
    """Settings of a billing app in tests: no background scheduler, a webhook secret."""
    return settings_for(  # type: ignore[no-any-return]
        Settings, billing_db, scheduler_enabled=False, stripe_webhook_secret=WEBHOOK_SECRET
    )


@pytest.fixture
async def billing(billing_settings: Settings) -> AsyncIterator[Any]:
    """An HTTP client to the billing app with its consumers and relay running."""
    async with running_app(create_app(billing_settings)) as client:
        yield client


@pytest.fixture
def known_customer(
    billing: Any, token_for: Callable[..., dict[str, str]], topic_namespace: str
) -> Callable[..., Awaitable[uuid.UUID]]:
    """Announce a customer as contacts would, and wait until billing knows it."""

    async def make(facility: uuid.UUID, email: str | None = None) -> uuid.UUID:
        customer_id = uuid.uuid4()
        snap = CustomerSnapshot(customer_id=customer_id, first_name="Ada", last_name="Lovelace", email=email)
        await publish(
            CustomerCreated(customer=snap),
            facility_id=facility,
            aggregate_id=customer_id,
            namespace=topic_namespace,
            version=1,
        )
        headers = token_for("owner", facility)

        async def known() -> bool:
            return (await billing.get(f"/customers/{customer_id}/balance", headers=headers)).status_code == 200

        await eventually(known, what="billing to learn the customer")
        return customer_id

    return make


@pytest.fixture
def operator_run(billing_settings: Settings) -> Callable[[date], Awaitable[dict[str, Any]]]:
    """The operators' run of every facility for any day, as `billing run-day --on DATE` does it."""
    from billing.entrypoints.cli import run_day

    async def run(on: date) -> dict[str, Any]:
        return await run_day(on, None, billing_settings)

    return run
