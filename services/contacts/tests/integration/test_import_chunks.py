"""Importer chunks applied by contacts through the real broker: modes, per-row results, no duplicates."""

from __future__ import annotations

import json
import uuid

import pytest

from contacts.bootstrap import create_app
from contacts.config import Settings
from crm_dev.testing import eventually, publish, publish_envelope, read_topic, running_app
from shared.contracts import topics
from shared.contracts.importer import ImportChunkValidated, ImportRow

pytestmark = pytest.mark.integration


def rows(*specs):
    return tuple(ImportRow(row_no=n, first_name=f, last_name="Imp", email=e, phone=p) for n, f, e, p in specs)


async def results_of(namespace, job_id, chunks):
    topic = topics.resolve(topics.IMPORT_RESULTS, namespace)
    key = str(job_id).encode()
    records = await read_topic(topic, until=lambda rs: sum(r.key == key for r in rs) >= chunks, timeout=30)
    return [json.loads(r.value)["payload"] for r in records if r.key == key]


async def test_chunks_create_then_upsert_with_per_row_results_and_replays_change_nothing(
    api_client, token_for, topic_namespace
):
    api, facility = api_client
    owner = token_for("owner", facility)
    job = uuid.uuid4()
    first = ImportChunkValidated(
        job_id=job,
        chunk_no=0,
        mode="create",
        requested_by="owner@x",
        rows=rows(
            (2, "Ann", "ann@imp.fr", "06 10 20 30 40"),
            (3, "Bob", "BOB@imp.fr", None),
            (4, "Bob2", "bob@imp.fr", None),
            (5, "Cid", "cid@imp.fr", "12"),
        ),
    )
    envelope = await publish(first, facility_id=facility, aggregate_id=job, namespace=topic_namespace)
    await publish_envelope(envelope, topics.resolve(topics.IMPORT_CHUNKS, topic_namespace))  # delivered twice
    (applied,) = await results_of(topic_namespace, job, 1)
    outcome = {r["row_no"]: (r["outcome"], r.get("reason")) for r in applied["results"]}
    assert outcome == {
        2: ("created", None),
        3: ("skipped", "duplicate_in_file"),
        4: ("created", None),
        5: ("failed", outcome[5][1]),
    }
    assert outcome[5][1].startswith("phone")

    async def imported():
        found = (await api.get("/customers", params={"q": "imp.fr"}, headers=owner)).json()["items"]
        return found if len(found) == 2 else None

    found = await eventually(imported, what="two customers created once")
    assert sorted(c["first_name"] for c in found) == ["Ann", "Bob2"]
    assert next(c for c in found if c["first_name"] == "Ann")["phone"] == "+33610203040"

    second = ImportChunkValidated(
        job_id=job,
        chunk_no=1,
        mode="upsert",
        requested_by="owner@x",
        rows=rows((6, "Annie", "ANN@imp.fr", None), (7, "Dan", "dan@imp.fr", None)),
    )
    await publish(second, facility_id=facility, aggregate_id=job, namespace=topic_namespace)
    both = await results_of(topic_namespace, job, 2)
    assert [(r["row_no"], r["outcome"]) for r in both[1]["results"]] == [(6, "updated"), (7, "created")]
    ann = (await api.get("/customers", params={"q": "ann@imp"}, headers=owner)).json()["items"][0]
    assert (ann["first_name"], ann["version"]) == ("Annie", 2)
    timeline = (await api.get(f"/customers/{ann['id']}/timeline", headers=owner)).json()["items"]
    assert [e["kind"] for e in timeline][:2] == ["imported", "imported"]


@pytest.fixture
async def api_client(contacts_db, settings_for):
    async with running_app(create_app(settings_for(Settings, contacts_db))) as client:
        yield client, uuid.uuid4()
