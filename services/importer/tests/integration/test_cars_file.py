"""A cars file: duplicate VINs reported, owners not found said plainly, undo removes its cars, the file re-imports."""

from __future__ import annotations

import csv
import io

import pytest

from crm_dev.testing import eventually

from .conftest import upload, wait_status

pytestmark = pytest.mark.integration

VIN_TAKEN, VIN_NEW = "WP0ZZZ99ZTS392124", "ZFA31200000123456"


async def _cars(contacts, owner, customer_id):
    cars = (await contacts.get(f"/customers/{customer_id}/cars", params={"limit": 100}, headers=owner)).json()
    return sorted((c["make"], c["vin"]) for c in cars["items"])


async def test_cars_file_reports_duplicate_vins_undoes_its_cars_and_can_be_imported_again(
    importer, contacts, token_for, facility
):
    owner = token_for("owner", facility)
    ids = {}
    for name in ("ann", "bob"):
        made = await contacts.post(
            "/customers", json={"first_name": name, "last_name": "Car", "email": f"{name}@vin.fr"}, headers=owner
        )
        ids[name] = made.json()["id"]
    bobs = await contacts.post(
        f"/customers/{ids['bob']}/cars", json={"make": "Porsche", "model": "911", "vin": VIN_TAKEN}, headers=owner
    )
    assert bobs.status_code == 201, bobs.text
    body = (
        "Owner email;Make;Model;VIN\r\n"
        f"ann@vin.fr;VW;Golf;{VIN_TAKEN}\r\n"  # Bob's car already has this VIN
        f"ann@vin.fr;Fiat;500;{VIN_NEW}\r\n"
        "ghost@vin.fr;Audi;A3;\r\n"  # no such customer
        f"bob@vin.fr;Audi;A4;{VIN_NEW}\r\n"  # the VIN of an earlier row
    ).encode()

    async def known():  # the importer links to owners it knows of; wait for its view to catch up
        job = (await upload(importer, owner, body, filename="cars.csv")).json()
        ready = await wait_status(importer, owner, job["id"], "ready")
        if ready["summary"]["matches_existing"] == 2:
            return ready
        await importer.post(f"/imports/{job['id']}/cancel", headers=owner)
        return None

    job = await eventually(known, timeout=30, what="the importer's view of the owners")
    assert job["rows"] == {"total": 4, "valid": 3, "rejected": 1}
    await importer.post(f"/imports/{job['id']}/confirm", headers=owner)
    done = await wait_status(importer, owner, job["id"], "completed")
    progress = done["progress"]
    assert (progress["updated"], progress["failed"], progress["skipped"]) == (1, 1, 1)
    report = list(csv.reader(io.StringIO((await importer.get(f"/imports/{job['id']}/errors.csv", headers=owner)).text)))
    reasons = {line[0]: line[2] for line in report[1:]}
    assert reasons == {
        "2": "car_vin: another car of the facility already has this VIN",
        "4": "email: no customer with this email: import the customers first",
        "5": "car_vin: this VIN is on an earlier row",
    }
    assert await _cars(contacts, owner, ids["ann"]) == [("Fiat", VIN_NEW)]

    assert (await importer.post(f"/imports/{job['id']}/undo", headers=owner)).status_code == 202

    async def undone():
        view = (await importer.get(f"/imports/{job['id']}", headers=owner)).json()
        return view["undo"] if view["undo"]["status"] == "done" else None

    result = (await eventually(undone, timeout=30, what="undo result"))["result"]
    assert (result["removed"], result["cars_removed"]) == (0, 1)
    assert await _cars(contacts, owner, ids["ann"]) == []
    assert await _cars(contacts, owner, ids["bob"]) == [("Porsche", VIN_TAKEN)]

    again = await upload(importer, owner, body, filename="cars.csv")
    assert again.status_code == 201 and not again.json()["same_file_as_existing_job"]
    await wait_status(importer, owner, again.json()["id"], "ready")
    await importer.post(f"/imports/{again.json()['id']}/confirm", headers=owner)
    assert (await wait_status(importer, owner, again.json()["id"], "completed"))["progress"]["updated"] == 1
    assert await _cars(contacts, owner, ids["ann"]) == [("Fiat", VIN_NEW)]
