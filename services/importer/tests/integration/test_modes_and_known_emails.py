"""The importer's view of existing emails (from customer events) drives the preview; modes meet existing customers."""

from __future__ import annotations

import csv
import io
import json

import pytest

from crm_dev.testing import eventually, read_topic
from shared.contracts import topics

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration


async def test_existing_customers_are_flagged_then_upserted_and_update_only_skips_unknown_emails(
    importer, contacts, token_for, facility
):
    owner = token_for("owner", facility)
    existing = await contacts.post(
        "/customers", json={"first_name": "Old", "last_name": "Name", "email": "Known@modes.fr"}, headers=owner
    )
    assert existing.status_code == 201, existing.text
    body = b"First name,Last name,Email\r\nNew,Name,known@MODES.fr\r\nFresh,One,fresh@modes.fr\r\n"

    async def flagged():
        job = (await upload(importer, owner, body)).json()
        ready = await wait_status(importer, owner, job["id"], "ready")
        if ready["summary"]["matches_existing"] == 1:
            return ready
        await importer.post(f"/imports/{job['id']}/cancel", headers=owner)  # the view had not caught up yet
        return None

    job = await eventually(flagged, timeout=30, what="the known email seen by the importer")
    assert job["summary"]["new"] == 1
    preview = (await importer.get(f"/imports/{job['id']}/preview", headers=owner)).json()
    assert [r["action"] for r in preview["rows"]] == ["skip", "create"]  # mode create by default

    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "upsert"}, headers=owner)
    done = await wait_status(importer, owner, job["id"], "completed")
    assert (done["progress"]["created"], done["progress"]["updated"], done["mode"]) == (1, 1, "upsert")
    updated = (await contacts.get(f"/customers/{existing.json()['id']}", headers=owner)).json()
    assert (updated["first_name"], updated["version"]) == ("New", 2)

    update_only = b"First name;Last name;Email\r\nAgain;Name;known@modes.fr\r\nGhost;Nobody;ghost@modes.fr\r\n"
    job = (await upload(importer, owner, update_only)).json()
    await wait_status(importer, owner, job["id"], "ready")
    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "update"}, headers=owner)
    done = await wait_status(importer, owner, job["id"], "completed")
    assert (done["progress"]["updated"], done["progress"]["skipped"], done["progress"]["created"]) == (1, 1, 0)
    report = list(csv.reader(io.StringIO((await importer.get(f"/imports/{job['id']}/errors.csv", headers=owner)).text)))
    assert [(r[0], r[1], r[3]) for r in report[1:]] == [("3", "apply", "Ghost")]
    assert "no customer with this email" in report[1][2]


async def test_a_second_file_of_cars_links_them_to_their_owners_and_completion_is_published(
    importer, contacts, token_for, facility, topic_namespace
):
    owner = token_for("owner", facility)
    people = b"First name,Last name,Email\r\nAnn,Car,ann@garage.fr\r\n"
    job = (await upload(importer, owner, people)).json()
    await wait_status(importer, owner, job["id"], "ready")
    await importer.post(f"/imports/{job['id']}/confirm", json={"mode": "create"}, headers=owner)
    await wait_status(importer, owner, job["id"], "completed")
    cars = "Owner's e-mail;Marque;Modèle;Année;Immatriculation\r\nANN@garage.fr;Porsche;911;1973;AB-123-CD\r\n"
    cars += "ann@garage.fr;Fiat;500;;\r\nghost@garage.fr;VW;Golf;;\r\nann@garage.fr;Audi;;;\r\n"
    cars_job = (await upload(importer, owner, cars.encode(), filename="cars.csv")).json()
    assert cars_job["cars_file"] and cars_job["missing_fields"] == []
    ready = await wait_status(importer, owner, cars_job["id"], "ready")
    assert ready["rows"] == {"total": 4, "valid": 3, "rejected": 1}
    await importer.post(f"/imports/{cars_job['id']}/confirm", headers=owner)
    done = await wait_status(importer, owner, cars_job["id"], "completed")
    assert (done["mode"], done["progress"]["updated"], done["progress"]["skipped"]) == ("cars", 2, 1)
    ann = (await contacts.get("/customers", params={"q": "ann@garage.fr"}, headers=owner)).json()["items"][0]
    linked = (await contacts.get(f"/customers/{ann['id']}/cars", headers=owner)).json()["items"]
    assert sorted((c["make"], c["model"], c["year"], c["plate"]) for c in linked) == [
        ("Fiat", "500", None, None),
        ("Porsche", "911", 1973, "AB-123-CD"),
    ]
    topic = topics.resolve(topics.IMPORT_CHUNKS, topic_namespace)
    key = str(cars_job["id"]).encode()

    def completed(records):
        return [json.loads(r.value) for r in records if r.key == key and b"ImportCompleted" in r.value]

    (event,) = completed(await read_topic(topic, until=lambda rs: bool(completed(rs)), timeout=30))
    assert event["payload"] | {"job_id": None} == {
        "job_id": None, "status": "completed", "total_rows": 4, "created": 0, "updated": 2, "skipped": 1,
        "failed": 0, "rejected": 1,
    }  # fmt: skip
