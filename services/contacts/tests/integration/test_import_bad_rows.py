"""A chunk with rows contacts cannot store: those rows fail with their field, the others are applied, nothing leaks."""

from __future__ import annotations

import json
import uuid

import pytest

from contacts.bootstrap import create_app
from contacts.config import Settings
from crm_dev.testing import publish, read_topic, running_app
from shared import limits
from shared.contracts import topics
from shared.contracts.importer import ImportCar, ImportChunkValidatedV2, ImportRowV2

pytestmark = pytest.mark.integration
BAD_CAR = (ImportCar(make="Fiat", model="500", year=10**10),)  # out of range for the database's integer


def row(n: int, email: str, **fields) -> ImportRowV2:
    return ImportRowV2(**{"row_no": n, "first_name": f"F{n}", "last_name": "Bad", "email": email, **fields})


async def results_of(namespace, job_id, chunks):
    topic = topics.resolve(topics.IMPORT_RESULTS, namespace)
    key = str(job_id).encode()
    records = await read_topic(topic, until=lambda rs: sum(r.key == key for r in rs) >= chunks, timeout=30)
    return [json.loads(r.value)["payload"] for r in records if r.key == key]


def chunk(job, chunk_no, mode, *rows):
    return ImportChunkValidatedV2(job_id=job, chunk_no=chunk_no, mode=mode, rows=rows, requested_by="owner@x")


@pytest.fixture
async def api(contacts_db, settings_for):
    async with running_app(create_app(settings_for(Settings, contacts_db))) as client:
        yield client


async def test_bad_rows_fail_alone_and_the_rest_of_the_chunk_is_applied(api, token_for, topic_namespace):
    facility, job = uuid.uuid4(), uuid.uuid4()
    owner = token_for("owner", facility)
    first = chunk(
        job,
        0,
        "create",
        row(2, "ok2@bad.fr"),
        row(3, "nul@bad.fr", last_name="B\x00ad"),  # NUL: PostgreSQL refuses it in any text
        row(4, "long@bad.fr", company="c" * (limits.SHORT_TEXT_MAX + 1)),
        row(5, "car@bad.fr", cars=BAD_CAR),  # passes every check, refused by the database
        row(6, "ok6@bad.fr", tags=("vip",)),
        row(7, "eve@bad.fr"),
    )
    await publish(first, facility_id=facility, aggregate_id=job, namespace=topic_namespace)
    (applied,) = await results_of(topic_namespace, job, 1)
    outcome = {r["row_no"]: (r["outcome"], r.get("reason"), r.get("field")) for r in applied["results"]}
    assert outcome == {
        2: ("created", None, None),
        3: ("failed", "control_character", "last_name"),
        4: ("failed", "too_long", "company"),
        5: ("failed", outcome[5][1], None),
        6: ("created", None, None),
        7: ("created", None, None),
    }
    assert outcome[5][1].startswith("refused_by_database:22")
    found = (await api.get("/customers", params={"q": "bad.fr"}, headers=owner)).json()["items"]
    assert sorted(c["email"] for c in found) == ["eve@bad.fr", "ok2@bad.fr", "ok6@bad.fr"], "row 5 left nothing"

    # An update refused by the database: the customer keeps its version and no CustomerUpdated is published.
    second = chunk(job, 1, "upsert", row(8, "eve@bad.fr", first_name="Eva", cars=BAD_CAR), row(9, "new@bad.fr"))
    await publish(second, facility_id=facility, aggregate_id=job, namespace=topic_namespace)
    results = (await results_of(topic_namespace, job, 2))[1]["results"]
    assert [(r["row_no"], r["outcome"]) for r in results] == [(8, "failed"), (9, "created")]
    eve = next(c for c in found if c["email"] == "eve@bad.fr")
    kept = (await api.get(f"/customers/{eve['id']}", headers=owner)).json()
    assert (kept["first_name"], kept["version"]) == ("F7", 1)
    marker = await api.patch(f"/customers/{eve['id']}", json={"version": 1, "company": "Marker"}, headers=owner)
    assert marker.status_code == 200, marker.text
    key = eve["id"].encode()

    def marker_seen(records) -> bool:
        return any(r.key == key and b"Marker" in r.value for r in records)

    records = await read_topic(topics.resolve(topics.CUSTOMERS, topic_namespace), until=marker_seen, timeout=30)
    types = [json.loads(r.value)["type"] for r in records if r.key == key]
    assert types == ["CustomerCreated", "CustomerUpdated"], "the refused update's event was dropped with it"
