"""The view of known emails follows customer events through the real broker: newer versions win, deletes stick."""

from __future__ import annotations

import uuid

import asyncpg
import pytest

from crm_dev.testing import eventually, publish
from shared.contracts.contacts import (
    CustomerCreated,
    CustomerDeleted,
    CustomerMerged,
    CustomerSnapshot,
    CustomerUpdated,
)

pytestmark = pytest.mark.integration


def snap(customer_id, email):
    return CustomerSnapshot(customer_id=customer_id, first_name="A", last_name="B", email=email)


async def test_known_emails_take_the_newest_version_and_forget_deleted_and_merged_customers(
    importer, importer_db, facility, topic_namespace
):
    ann, bob, cid = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    events = [
        (CustomerCreated(customer=snap(ann, "ann@v1.fr")), ann, 1),
        (CustomerUpdated(customer=snap(ann, "ann@v3.fr")), ann, 3),
        (CustomerUpdated(customer=snap(ann, "ann@v2.fr")), ann, 2),  # late and older: ignored
        (CustomerCreated(customer=snap(bob, "bob@x.fr")), bob, 1),
        (CustomerDeleted(customer_id=bob), bob, 2),
        (CustomerUpdated(customer=snap(bob, "bob@old.fr")), bob, 1),  # cannot revive a deleted customer
        (CustomerCreated(customer=snap(cid, "cid@x.fr")), cid, 1),
    ]
    for event, customer_id, version in events:
        await publish(event, facility_id=facility, aggregate_id=customer_id, namespace=topic_namespace, version=version)

    async def known():
        conn = await asyncpg.connect(importer_db.replace("+asyncpg", ""))
        try:
            rows = await conn.fetch(
                "SELECT customer_id, email::text, version FROM known_emails WHERE facility_id = $1", facility
            )
        finally:
            await conn.close()
        return {r["customer_id"]: (r["email"], r["version"]) for r in rows}

    async def settled():
        found = await known()
        return (
            found if found.get(ann, (None, 0))[1] == 3 and found.get(bob, (None, 0))[1] == 2 and cid in found else None
        )

    assert await eventually(settled, timeout=30, what="the known-emails view") == {
        ann: ("ann@v3.fr", 3),
        bob: (None, 2),
        cid: ("cid@x.fr", 1),
    }
    # Merge events are keyed by the survivor, so this one is published once cid's creation is seen.
    merged = CustomerMerged(survivor_id=ann, merged_id=cid)
    await publish(merged, facility_id=facility, aggregate_id=ann, namespace=topic_namespace, version=4)

    async def forgotten():
        found = await known()
        return found if found[cid][0] is None else None

    assert (await eventually(forgotten, timeout=30, what="the merged email forgotten"))[ann] == ("ann@v3.fr", 3)
