"""Every write operation of notifications' OpenAPI document, called with another facility's ids, is refused."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import pytest

from crm_dev.testing import drop_database, eventually, migrated_database, publish, running_app
from notifications.bootstrap import create_app
from notifications.config import Settings
from notifications.entrypoints.cli import MIGRATIONS
from shared import cross_facility as cf
from shared.contracts.contacts import CustomerCreated, CustomerSnapshot, PersonAdded, PersonSnapshot

pytestmark = pytest.mark.integration

# The unsubscribe link names facility, customer and person as f, c and p (signed with t); the mail provider's
# webhook names the provider's own message id, which is no record of any facility.
KINDS = cf.by_name(
    {"f": "facility_id", "c": "customer_id", "p": "person_id", "POST /webhooks/mail-provider message_id": None}
)
# A link whose signature does not cover its ids is "not valid" (400), whatever facility they are of.
REFUSALS = {f"POST /unsubscribe {name}": lambda r: r.status_code == 400 for name in "fcp"}


@pytest.fixture(scope="module")
async def database() -> AsyncIterator[str]:
    """A database of this module alone, so that a dump of every table stays small."""
    url = await migrated_database("notifications", MIGRATIONS)
    yield url
    await drop_database(url)


async def _seed(database: str, facility: uuid.UUID, namespace: str) -> dict[str, Any]:
    """A customer and a person on the account, announced as contacts would."""
    customer, person = uuid.uuid4(), uuid.uuid4()
    snap = CustomerSnapshot(customer_id=customer, first_name="Ada", last_name="Lovelace", email=f"{customer}@x.test")
    await publish(CustomerCreated(customer=snap), facility_id=facility, aggregate_id=customer, namespace=namespace)
    someone = PersonSnapshot(
        person_id=person, customer_id=customer, first_name="Bo", last_name="Lo", email=f"{person}@x.test"
    )
    await publish(PersonAdded(person=someone), facility_id=facility, aggregate_id=customer, namespace=namespace)

    async def known() -> bool:
        conn = await asyncpg.connect(database.replace("postgresql+asyncpg://", "postgresql://", 1))
        try:
            return bool(await conn.fetchval("SELECT count(*) FROM people WHERE person_id = $1", person))
        finally:
            await conn.close()

    await eventually(known, what="notifications to learn the customer and the person")
    return {"facility_id": facility, "customer_id": customer, "person_id": person}


async def test_no_write_operation_reaches_another_facility(database, settings_for, token_for, topic_namespace, smtp):
    # No dispatcher: an email an earlier call queued would change `emails` while a later call is checked.
    settings = settings_for(
        Settings, database, smtp_port=smtp[1], webhook_secret="test-webhook-secret", dispatcher_enabled=False
    )
    app = create_app(settings)
    a, b = uuid.uuid4(), uuid.uuid4()
    async with running_app(app) as api:
        owner_a = token_for("owner", a)
        mine, theirs = await _seed(database, a, topic_namespace), await _seed(database, b, topic_namespace)
        todo = cf.calls(cf.Spec(app.openapi()), KINDS, mine, theirs)
        assert len(todo) >= 5
        failures = await cf.check(api, todo, owner_a, database, b, refusals=REFUSALS)
    assert failures == [], "\n".join(failures)
