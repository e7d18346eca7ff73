"""The importer's view of existing emails (from customer events) drives the preview; modes meet existing customers."""

from __future__ import annotations

import csv
import io

import pytest

from shared.testing import eventually

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
