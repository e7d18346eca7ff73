"""Import chunks v2 (birthday, cars, cars-only files) and undo of an import, through the real broker."""

from __future__ import annotations

import json
import uuid
from datetime import date

import pytest

from crm_dev.testing import publish, read_topic
from shared.contracts import topics
from shared.contracts.importer import ImportCar, ImportChunkValidatedV2, ImportRowV2, ImportUndoRequested

pytestmark = pytest.mark.integration


async def result(namespace, job_id, type_, count=1):
    topic = topics.resolve(topics.IMPORT_RESULTS, namespace)
    key = str(job_id).encode()

    def mine(rs):
        return [json.loads(r.value) for r in rs if r.key == key and json.loads(r.value)["type"] == type_]

    records = await read_topic(topic, until=lambda rs: len(mine(rs)) >= count, timeout=30)
    return [m["payload"] for m in mine(records)]


async def test_rows_bring_birthday_and_cars_and_undo_keeps_changed_customers(api, token_for, topic_namespace):
    facility = uuid.uuid4()
    owner = token_for("owner", facility)
    job = uuid.uuid4()
    car = ImportCar(make="Porsche", model="911", year=1973, plate="AB-123-CD", vin="WP0ZZZ91ZJS123456")
    rows = (
        ImportRowV2(
            row_no=2, first_name="Ann", last_name="Car", email="ann@cars.fr", birthday=date(1980, 5, 17), cars=(car,)
        ),
        ImportRowV2(row_no=3, first_name="Bob", last_name="Car", email="bob@cars.fr"),
        ImportRowV2(row_no=4, first_name="Cid", last_name="Car", email="cid@cars.fr"),
    )
    chunk = ImportChunkValidatedV2(job_id=job, chunk_no=0, mode="create", rows=rows, requested_by="owner@x")
    await publish(chunk, facility_id=facility, aggregate_id=job, namespace=topic_namespace)
    (applied,) = await result(topic_namespace, job, "ImportChunkApplied")
    ids = {r["row_no"]: r["customer_id"] for r in applied["results"]}
    assert [r["outcome"] for r in applied["results"]] == ["created"] * 3
    ann = (await api.get(f"/customers/{ids[2]}", headers=owner)).json()
    assert ann["birthday"] == "1980-05-17"
    assert [c["vin"] for c in (await api.get(f"/customers/{ids[2]}/cars", headers=owner)).json()["items"]] == [car.vin]

    # A second file with only cars: linked by the owner's email; an unknown owner is reported.
    more = (
        ImportRowV2(
            row_no=2, first_name="-", last_name="-", email="BOB@cars.fr", cars=(ImportCar(make="Fiat", model="500"),)
        ),
        ImportRowV2(
            row_no=3, first_name="-", last_name="-", email="nobody@cars.fr", cars=(ImportCar(make="VW", model="Golf"),)
        ),
    )
    cars_job = uuid.uuid4()
    cars_chunk = ImportChunkValidatedV2(job_id=cars_job, chunk_no=0, mode="cars", rows=more, requested_by="owner@x")
    await publish(cars_chunk, facility_id=facility, aggregate_id=cars_job, namespace=topic_namespace)
    (linked,) = await result(topic_namespace, cars_job, "ImportChunkApplied")
    assert [(r["row_no"], r["outcome"], r.get("reason")) for r in linked["results"]] == [
        (2, "updated", None),
        (3, "skipped", "owner_not_found"),
    ]
    # Bob has a car linked after the import; Cid was edited by staff; only Ann (and her imported car) go.
    patched = await api.patch(f"/customers/{ids[4]}", json={"version": 1, "company": "Edited"}, headers=owner)
    assert patched.status_code == 200, patched.text
    undo = ImportUndoRequested(job_id=job, requested_by="owner@x")
    await publish(undo, facility_id=facility, aggregate_id=job, namespace=topic_namespace)
    (undone,) = await result(topic_namespace, job, "ImportUndone")
    assert undone["removed"] == 1 and undone["kept_count"] == 2
    assert {(k["email"], k["reason"]) for k in undone["kept"]} == {
        ("bob@cars.fr", "has_cars"),
        ("cid@cars.fr", "changed"),
    }
    assert (await api.get(f"/customers/{ids[2]}", headers=owner)).status_code == 404
    assert (await api.get(f"/customers/{ids[3]}", headers=owner)).status_code == 200
